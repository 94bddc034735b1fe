"""The user guide's code blocks run as written: every ```python block of generated/README.md, in order and
in one namespace (as a reader pastes them into one session), against a local Prism mock; the customer-dto
step first writes the guide's own JSON structure and runs the guide's own `make -C ... customer-dto` line.

The client's two environments are pointed at the mock (the only change to what a reader runs: no network
here), and the key comes from FINALPOS_API_KEY as the guide says. A block whose code is followed by a
`# SomeError: ...` comment line shows a refusal: it must raise exactly that error. The testing section's
pytest example is run by test_guide_examples.py, as the pytest files it is.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.mock_server import PrismServer

REPO_ROOT = Path(__file__).resolve().parents[2]
GUIDE = REPO_ROOT / "generated" / "README.md"
RUN_ELSEWHERE = {"Testing your integration"}  # test_guide_examples.py runs it under pytest
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", flags=re.S | re.M)

RUNNER = """
import json, sys, traceback
import finalpos._base_client as base

mock_url, blocks = sys.argv[1], json.load(open(sys.argv[2]))
for name in list(base.ENVIRONMENTS):
    base.ENVIRONMENTS[name] = mock_url  # no network: both environments are the local mock
namespace = {"__name__": "__guide__"}
for section, code, expected in blocks:
    print(f"=== {section}", flush=True)
    try:
        exec(compile(code, f"<guide: {section}>", "exec"), namespace)
    except Exception as exc:
        if expected and type(exc).__name__ == expected:
            print(f"(raised {expected}, as the guide shows)", flush=True)
            continue
        traceback.print_exc()
        sys.exit(f"block in {section!r} failed: {type(exc).__name__}: {exc}")
    if expected:
        sys.exit(f"block in {section!r} was meant to raise {expected}")
"""


def guide_blocks() -> list[tuple[str, str, str]]:
    """(section, language, code) of every fenced block, in order."""
    text = GUIDE.read_text()
    blocks = []
    for match in FENCE.finditer(text):
        heading = re.findall(r"^## (.+)$", text[: match.start()], flags=re.M)
        blocks.append((heading[-1] if heading else "", match.group(1), match.group(2)))
    return blocks


def expected_error(code: str) -> str:
    """`ValueError` when the block shows `# ValueError: ...` as what its code does, else ''."""
    found = re.search(r"^# (\w+Error): ", code, flags=re.M)
    return found.group(1) if found else ""


def run_customer_dto_steps(app: Path) -> None:
    """The custom-fields section's JSON file and its first `make -C ...` line, from the reader's app dir."""
    ((structure,),) = [[c] for s, lang, c in guide_blocks() if lang == "json" and s.startswith("Custom fields")]
    (app / "custom-table.json").write_text(structure)
    json.loads(structure)
    ((bash,),) = [[c] for s, lang, c in guide_blocks() if lang == "bash" and s.startswith("Custom fields")]
    line = bash.splitlines()[0].replace("path/to/finalpos-client", shlex.quote(str(REPO_ROOT)))
    assert line.startswith("make -C ") and "$PWD" in line, line
    done = subprocess.run(["bash", "-c", line.replace("customer-dto", "-o setup customer-dto", 1)],
                          cwd=app, capture_output=True, text=True, timeout=180)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert (app / "myapp" / "tenant_customer.py").is_file(), "the module did not land in the reader's app"
    assert f"wrote {app / 'myapp' / 'tenant_customer.py'}" in done.stdout and "pydantic" in done.stdout


def test_every_python_block_of_the_guide_runs_against_a_mock(tmp_path: Path) -> None:
    blocks = [(s, c, expected_error(c)) for s, lang, c in guide_blocks() if lang == "python"]
    sections = {s for s, _, _ in blocks}
    assert RUN_ELSEWHERE <= {s.split(":")[0] for s in sections}, "the testing section moved; update RUN_ELSEWHERE"
    runnable = [b for b in blocks if b[0].split(":")[0] not in RUN_ELSEWHERE]
    assert len(runnable) >= 10, [s for s, _, _ in runnable]
    assert any(e for _, _, e in runnable), "no block shows a refusal"
    run_customer_dto_steps(tmp_path)
    (tmp_path / "blocks.json").write_text(json.dumps(runnable))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT / "generated"), str(tmp_path)])}
    env["FINALPOS_API_KEY"] = "guide-key"
    env.pop("FINALPOS_BASE_URL", None)
    prism = PrismServer().start()
    try:
        done = subprocess.run(
            [sys.executable, "-c", RUNNER, prism.url, str(tmp_path / "blocks.json")],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180,
        )  # fmt: skip
    finally:
        prism.stop()
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    printed = done.stdout.split("=== Errors", 1)[1].split("===", 1)[0]
    assert printed.strip(), "the errors block printed nothing against the mock"
