"""The user's path through one construct bump (a construct a real vendor file carries): the derived spec
written to a file and pulled with `--url file://...` (what `SPEC_URL=file://... make regen` runs), then a
user program run and type-checked (`mypy --strict`) against the temporary project's regenerated `generated/`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from .conftest import Project, RegenRun


def pull(project: Project, doc: dict[str, Any], **env: str) -> RegenRun:
    """Write the spec beside the project and regen from its file:// URL."""
    spec_file = project.root.parent / "vendor-openapi.json"
    spec_file.write_text(json.dumps(doc, indent=1))
    return project.regen(spec_file.as_uri(), **env)


def follow(project: Project, doc: dict[str, Any]) -> RegenRun:
    """Regen, and if it stops at the gate do the one thing its last line says (ALLOW_BREAKING=1)."""
    run = pull(project, doc)
    if run.code != 0:
        line = run.stderr.strip().splitlines()[-1]
        assert "accept with ALLOW_BREAKING=1 make regen" in line, run.stderr
        run = pull(project, doc, ALLOW_BREAKING="1")
    assert run.code == 0, run.stderr
    return run


def _env(project: Project) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINALPOS_") and k != "MYPYPATH"}
    env["PYTHONPATH"] = env["MYPYPATH"] = str(project.root / "generated")
    return env


def run_user(project: Project, code: str, **env: str) -> str:
    """Run a user program (a file, as users run theirs) with the regenerated `finalpos` importable;
    its stdout."""
    program = project.root.parent / "user_run.py"
    program.write_text(textwrap.dedent(code))
    done = subprocess.run(
        [sys.executable, str(program)], cwd=project.root, env=_env(project) | env,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def mypy_user(project: Project, code: str) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` on a user program against the regenerated package."""
    program = project.root.parent / "user_program.py"
    program.write_text(textwrap.dedent(code))
    cache = Path(project.mypy_cache) / "construct-user-code"
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--config-file", os.devnull,
         str(program)],
        cwd=project.root.parent, env=_env(project), capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
