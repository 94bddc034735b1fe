"""`APP=... make regen` and `make impact` on the sample apps (impact_apps/), crossed with derived bumps.

One regen (or impact run) per bump, both apps at once: `checkout/` (sync, its own mypy.ini) and
`kiosk.py` (async, the pipeline's default config). The expected `path:line` sets are the lines the
apps tag `# impact: <bump>` (a line that breaks) and `# not-checked: <bump>` (a call types cannot
see); every other line must stay out of the report, and a bump that touches nothing the apps call
must print "none". The mypy cache is the session's (REGEN_MYPY_CACHE), so after the first bump each
check is incremental.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.fingerprint import tree_sha256

from . import impact_bumps, specs
from .conftest import Project, RegenRun, SpecServer
from .specs import REPO_ROOT

APPS_DIR = Path(__file__).parent / "impact_apps"
APPS = [str((APPS_DIR / name).relative_to(REPO_ROOT)) for name in ("checkout", "kiosk.py")]
TAG = re.compile(r"#\s*(impact|not-checked):\s*([\w, ]+)$")
LISTED = re.compile(r"^(\S+\.py):(\d+): (not checked: )?")

# bump -> what the report item behind each of its lines says
CAUSES = {
    "required_field": "SessionCreate.registerCode (request): field added (required)",
    "keyword_renamed": "SessionUpdate.closingNote (request): field removed",
    "operation_removed": "PUT /v1/api/zapier-triggers/{id} (ZapierTriggersController_update): operation removed",
    "return_type_changed": "GET /v1/api/category/{id} (CategoryController_findOne) response 200: response type changed",
    "path_parameter_renamed": "PUT /v1/api/customer/{customerId} (CustomerController_update): path parameter renamed",
    "enum_value_removed": "ErrorResponseError (response): enum values removed",
}
# Through `regen` (the gate stops one, the other swaps); every other bump through `impact`.
THROUGH_REGEN = ("operation_removed", "not_breaking")


def expected(bump: str) -> tuple[set[str], set[str]]:
    """(lines that break, calls not checked) as `path:line`, from the apps' tags."""
    broken, unchecked = set(), set()
    for path in sorted(APPS_DIR.rglob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            match = TAG.search(line)
            if match and bump in {t.strip() for t in match[2].split(",")}:
                where = f"{path.relative_to(REPO_ROOT)}:{number}"
                (broken if match[1] == "impact" else unchecked).add(where)
    return broken, unchecked


def listed(stdout: str) -> tuple[dict[str, str], dict[str, str]]:
    broken: dict[str, str] = {}
    unchecked: dict[str, str] = {}
    for line in stdout.splitlines():
        match = LISTED.match(line)
        if match:
            (unchecked if match[3] else broken)[f"{match[1]}:{match[2]}"] = line
    return broken, unchecked


def app_tree() -> str:
    """Every file under the apps, with its bytes: nothing may be written there (no cache, no bytecode)."""
    digest = hashlib.sha256()
    for path in sorted(APPS_DIR.rglob("*")):
        digest.update(str(path.relative_to(APPS_DIR)).encode())
        digest.update(path.read_bytes() if path.is_file() else b"/")
    return digest.hexdigest()


def tracked(project: Project) -> tuple[bytes, bytes, str, bytes]:
    root = project.root
    changelog = root / "CHANGELOG.md"
    return (
        (root / "openapi.json").read_bytes(),
        (root / "openapi.record.json").read_bytes(),
        tree_sha256(root / "generated"),
        changelog.read_bytes() if changelog.exists() else b"",
    )


def impact(project: Project, url: str, *apps: str) -> RegenRun:
    env = {k: v for k, v in os.environ.items() if k not in ("ALLOW_BREAKING", "FORCE", "SPEC_URL", "APP")}
    env.update(REGEN_MYPY_CACHE=project.mypy_cache, STRICT_FETCH="1")
    args = [a for app in apps for a in ("--app", app)]
    proc = subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(project.root), "impact", "--url", url, *args],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    return RegenRun(proc.returncode, proc.stdout, proc.stderr)


@pytest.mark.parametrize("bump", list(impact_bumps.BUMPS))
def test_a_bump_lists_exactly_the_app_lines_it_breaks(bump: str, project: Project, spec_server: SpecServer) -> None:
    url = spec_server.serve(specs.derived(*impact_bumps.BUMPS[bump], version="1.2.5"))
    before, apps_before = tracked(project), app_tree()
    if bump in THROUGH_REGEN:
        run = project.regen(url, APP=" ".join(APPS))
    else:
        run = impact(project, url, *APPS)
    want_broken, want_unchecked = expected(bump)
    broken, unchecked = listed(run.stdout)

    assert (set(broken), set(unchecked)) == (want_broken, want_unchecked), run.stdout + run.stderr
    for line in [*broken.values(), *unchecked.values()]:
        assert line.endswith(")") and f"({CAUSES[bump]}" in line, line
    for app in APPS:
        in_app = {w for w in want_broken if w.startswith(app)}
        files = {w.rsplit(":", 1)[0] for w in in_app}
        calls = {w for w in want_unchecked if w.startswith(app)}
        more = f"; {len(calls)} call(s) not checked (listed above)" if calls else ""
        if in_app:
            summary = f"impact: {len(in_app)} line(s) in {len(files)} file(s) of {app}{more}"
        elif calls:
            summary = f"impact: none of {app}'s checked code uses what changed{more}"
        else:
            summary = f"impact: none of {app}'s code uses what changed"
        assert summary in run.stdout.splitlines(), run.stdout
    assert app_tree() == apps_before  # the apps are only read

    if bump == "operation_removed":  # a gate stop: the same lines, printed before the stop line and its hint
        assert run.code == 1 and run.stderr.strip().startswith("regen stopped at gate: 2 breaking change(s)")
        assert tracked(project) == before
    elif bump == "not_breaking":  # swapped: CHANGELOG.md gets the report, never the app's lines
        assert run.code == 0, run.stderr
        assert "1.2.5" in project.changelog() and "impact" not in project.changelog()
        assert "kiosk" not in project.changelog()
    else:  # `make impact` changes nothing and fails the app's CI when a line breaks
        assert run.code == (1 if want_broken else 0), run.stderr
        assert tracked(project) == before
        assert not (project.root / ".regen" / "pending-changes.md").exists()


def test_a_missing_app_is_one_line_before_any_work(project: Project, spec_server: SpecServer) -> None:
    url = spec_server.serve(specs.derived(specs.remove_operation, version="1.2.5"))
    missing = impact(project, url, APPS[1], "no/such/app")
    assert missing.code == 1 and missing.stdout == ""
    assert missing.stderr.strip() == (
        "regen stopped at impact: APP=no/such/app does not exist; set APP to your app's folder or .py file "
        '(several: APP="a b") (openapi.json and generated/ were not changed)'
    )
    empty = project.regen(url, APP=str((APPS_DIR / "checkout" / "mypy.ini").relative_to(REPO_ROOT)))
    assert empty.code == 1 and "is neither a folder nor a .py file" in empty.stderr
    assert len(empty.stderr.strip().splitlines()) == 1 and not (project.root / ".regen" / "stage").exists()


def test_impact_on_the_committed_spec_says_nothing_changed(project: Project, spec_server: SpecServer) -> None:
    run = impact(project, spec_server.serve(specs.committed()), APPS[1])
    assert run.code == 0, run.stderr
    assert run.stdout.strip() == f"impact: the spec is the one generated/ was built from; nothing changed for {APPS[1]}"
