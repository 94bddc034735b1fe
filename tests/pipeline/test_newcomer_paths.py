"""What a newcomer does first, on a copy of the project: build the sdist as the README says, then check and
regen; regen from the committed snapshot's own file. Neither may leave a changed tracked file, a new package
version or a CHANGELOG section for nothing.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import pytest

from codegen.record import read_record
from codegen.workspace import REPO_ROOT, Workspace
from tests.pipeline.conftest import RunRegen, disk_state


def readme_sdist_command() -> list[str]:
    """The sdist command exactly as README.md's "Vendoring the client" block prints it."""
    readme = (REPO_ROOT / "README.md").read_text()
    (line,) = [line for line in readme.splitlines() if "python -m build --sdist" in line]
    command = re.search(r"python -m build --sdist[^)`\n#]*", line)
    assert command, line
    return shlex.split(command.group(0).strip())


def changelog_of(ws: Workspace) -> bytes:
    path = ws.root / "CHANGELOG.md"
    return path.read_bytes() if path.exists() else b""


def build_sdist(ws: Workspace, command: list[str]) -> None:
    # Offline here (--no-isolation uses flit_core from .venv); a user's build fetches it instead.
    args = [sys.executable, *command[1:], "--no-isolation"]
    done = subprocess.run(args, cwd=ws.root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "command",
    [readme_sdist_command(), ["python", "-m", "build", "--sdist", "generated"]],
    ids=["readme-command", "without-outdir"],
)
def test_sdist_built_as_the_readme_says_leaves_check_and_regen_up_to_date(
    workspace: Workspace, run_regen: RunRegen, command: list[str]
) -> None:
    spec_url = workspace.spec_path.as_uri()
    before = disk_state(workspace)
    changelog = changelog_of(workspace)
    build_sdist(workspace, command)
    assert list(workspace.root.glob("**/dist/*.tar.gz")), "the build wrote no sdist"
    if command == readme_sdist_command():
        assert not (workspace.generated_dir / "dist").exists(), "the README's command writes inside generated/"

    check = subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(workspace.root), "check-generated"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr

    regen = run_regen(workspace, spec_url)
    assert regen.code == 0 and regen.out_lines[-1].startswith("up to date: "), regen
    assert disk_state(workspace) == before
    after_changelog = (
        (workspace.root / "CHANGELOG.md").read_bytes() if (workspace.root / "CHANGELOG.md").exists() else b""
    )
    assert after_changelog == changelog


def test_up_to_date_regen_from_the_committed_file_leaves_the_record_alone(
    workspace: Workspace, run_regen: RunRegen
) -> None:
    """`SPEC_URL=file://<the committed openapi.json> make regen`: no ETag to remember, so no record edit."""
    before = workspace.record_path.read_bytes()
    run = run_regen(workspace, workspace.spec_path.as_uri())
    assert run.code == 0 and run.out_lines[-1].startswith("up to date: "), run
    assert workspace.record_path.read_bytes() == before
    assert read_record(workspace.record_path).source_url == ""
