"""`make bench-regen`: how much the pipeline costs on top of the bare generator.

In one process, on the same spec (the committed openapi.json, normalised the same way):
  1. bare generator: `openapi-python-client generate` (its CLI, in a subprocess) into a temp dir;
  2. full regen: `python -m codegen --root TMP regen --force` on a temporary copy of the project
     (fetch from a file:// copy, validate, lint, normalise, generate, overlay, verify, swap);
  3. no-op regen: the same command again without --force, which must say "up to date".
Each is run REPEAT times (default 3) and the median reported; the mypy cache is the temp
workspace's own, so the first full regen is cold and later ones warm (both are shown).
Goals (issue 2): full regen within 3x the bare generator; no-op under 1 s. Prints figures, asserts nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from codegen.normalise import normalise  # noqa: E402
from codegen.spec import load_naming  # noqa: E402
from codegen.workspace import CONFIG_DIR  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
PIPELINE_ENV = ("SPEC_URL", "FORCE", "STRICT_FETCH", "REGEN_KILL_AT", "REGEN_MYPY_CACHE")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(
            f"bench-regen: {' '.join(command[:4])}... failed ({done.returncode}): {(done.stderr or done.stdout)[-500:]}"
        )
    return elapsed, done


def main() -> None:
    env = {k: v for k, v in os.environ.items() if k not in PIPELINE_ENV}
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp_name:
        tmp = Path(tmp_name)
        spec = json.loads((REPO / "openapi.json").read_text())
        naming = load_naming(json.loads((CONFIG_DIR / "naming.json").read_text()))
        normalised_path = tmp / "normalised.json"
        normalised_path.write_text(json.dumps(normalise(spec, naming)[0]))
        source = tmp / "source" / "openapi.json"
        source.parent.mkdir()
        shutil.copy(REPO / "openapi.json", source)

        bare: list[float] = []
        for i in range(REPEAT):
            out = tmp / f"bare-{i}"
            elapsed, _ = timed(
                [
                    str(bin_dir / "openapi-python-client"), "generate", "--path", str(normalised_path),
                    "--config", str(CONFIG_DIR / "generator.yaml"), "--meta", "none", "--output-path", str(out),
                ],
                env,
            )  # fmt: skip
            bare.append(elapsed)

        root = tmp / "project"
        root.mkdir()
        shutil.copy(REPO / "openapi.json", root / "openapi.json")
        shutil.copy(REPO / "openapi.record.json", root / "openapi.record.json")
        shutil.copytree(
            REPO / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info")
        )
        regen = [sys.executable, "-m", "codegen", "--root", str(root), "regen", "--url", source.as_uri()]
        full: list[float] = []
        for _ in range(REPEAT):
            elapsed, _ = timed([*regen, "--force"], env)
            full.append(elapsed)
        noop: list[float] = []
        for _ in range(REPEAT):
            elapsed, done = timed(regen, env)
            if "up to date" not in done.stdout:
                sys.exit(f"bench-regen: the second regen was not up to date:\n{done.stdout[-800:]}")
            noop.append(elapsed)

    bare_s, full_s, noop_s = statistics.median(bare), statistics.median(full), statistics.median(noop)
    ratio = full_s / bare_s
    print(f"bare openapi-python-client generate: {bare_s:6.2f} s  (median of {REPEAT}: {_list(bare)})")
    print(f"full regen (FORCE=1):                {full_s:6.2f} s  (median of {REPEAT}: {_list(full)}; 1st: cold mypy)")
    print(f"ratio full / bare:                   {ratio:6.2f} x  (goal <= 3x: {'met' if ratio <= 3 else 'NOT met'})")
    print(f"no-op regen (up to date):            {noop_s:6.2f} s  (goal < 1 s: {'met' if noop_s < 1 else 'NOT met'})")


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    main()
