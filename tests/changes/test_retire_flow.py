"""An override that matches nothing has a printed way through: pull a spec that lacks its targets (a
customer-only description like the API's real 1.0.0, derived by code), then do only what regen prints."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from typing import Any

import pytest

from codegen.override_manifest import MANIFEST

from . import specs
from .conftest import Project, SpecServer
from .specs import REPO_ROOT


def customer_only(doc: dict[str, Any]) -> None:
    """The 1.0.0 description: customer endpoints only (no DELETE envelope for delete-envelope to match)."""
    doc["paths"] = {path: item for path, item in doc["paths"].items() if "/customer" in path}


@pytest.fixture
def flow_project(project: Project) -> Project:
    shutil.copytree(REPO_ROOT / "overrides", project.root / "overrides")
    return project


def printed_commands(line: str) -> list[list[str]]:
    """Every `.venv/bin/python -m codegen ...` command a line names, in order."""
    return [found.split() for found in re.findall(r"`\.venv/bin/python -m codegen ([^`]+)`", line)]


def run_codegen(project: Project, args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(project.root), *args],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


def test_an_override_matching_nothing_is_retired_by_the_printed_steps(
    flow_project: Project, spec_server: SpecServer
) -> None:
    url = spec_server.serve(specs.derived(customer_only, version="1.0.0"))

    stopped = flow_project.regen(url)
    assert stopped.code == 1
    line = last_line(stopped.stderr)
    # Only delete-envelope lost its targets: the Customer overrides still match (names are sticky).
    assert line.startswith("regen stopped at overlay: override delete-envelope matched nothing"), line
    commands = printed_commands(line)
    assert commands == [["overrides", "--retire", "delete-envelope"]], line

    for command in commands:
        done = run_codegen(flow_project, command)
        assert done.returncode == 0, done.stdout + done.stderr
    manifest = (flow_project.root / "overrides" / MANIFEST).read_text()
    assert "id: delete-envelope" not in manifest and "id: customer-dynamic-fields" in manifest
    assert manifest.startswith("# Every way finalpos departs"), "the file's comments were kept"
    lock = json.loads((flow_project.root / "overrides" / "overrides.lock.json").read_text())
    assert set(lock) == {"customer-dynamic-fields", "returned-entity-ids"}

    blocked = flow_project.regen(url)  # the same SPEC_URL, as the line says
    assert blocked.code == 1, blocked.stdout
    gate = last_line(blocked.stderr)
    assert gate.startswith("regen stopped at gate: ") and "ALLOW_BREAKING=1 make regen" in gate, gate
    accepted = flow_project.regen(url, ALLOW_BREAKING="1")
    assert accepted.code == 0, accepted.stderr
    assert flow_project.versions()["__api_version__"] == "1.0.0"
    resources = {p.stem for p in (flow_project.root / "generated" / "finalpos" / "resources").glob("*.py")}
    assert "customers" in resources and "sessions" not in resources


def test_retiring_an_unknown_override_is_refused_in_one_line(flow_project: Project) -> None:
    done = run_codegen(flow_project, ["overrides", "--retire", "no-such-override"])
    assert done.returncode != 0
    (line,) = done.stderr.strip().splitlines()
    assert "no override no-such-override" in line and "customer-dynamic-fields" in line
