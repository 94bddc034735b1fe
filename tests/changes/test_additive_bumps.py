"""A change that is additive on the wire never breaks code using finalpos.

Each bump (`additive_bumps.py`, derived from `openapi.json` by code) is pulled as a user pulls it:
`SPEC_URL=file://... make regen` (here `python -m codegen --root TMP regen --url file://...`), doing
what each stop line prints (an override that drifted: `codegen overrides --accept`, then the same regen
again). The report must say 0 breaking, and the public surface must keep every class name, every
model field's type and every method's return type and keywords (read from the regenerated package
itself, before and after, plus griffe's comparison of the two).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.changes import python_surface
from codegen.spec import PACKAGE

from . import additive_bumps, specs
from .conftest import Project, RegenRun
from .specs import REPO_ROOT

# The public surface as a user's code sees it: model classes and their fields' types, and every
# `FinalPOS` resource method's keywords and return annotation.
SURFACE_SCRIPT = """
import inspect, json, sys
import attrs
sys.path.insert(0, sys.argv[1])
import finalpos, finalpos.models as models
assert finalpos.__file__.startswith(sys.argv[1]), finalpos.__file__
fields = {}
for name in models.__all__:
    cls = getattr(models, name)
    if attrs.has(cls):
        fields[name] = {f.name: str(f.type) for f in attrs.fields(cls)}
methods = {}
client = finalpos.FinalPOS(api_key="k", base_url="http://127.0.0.1:9")
for attr in dir(client):
    resource = getattr(client, attr) if not attr.startswith("_") else None
    if resource is None or not type(resource).__module__.startswith("finalpos.resources"):
        continue
    for method in dir(resource):
        function = getattr(resource, method)
        if method.startswith("_") or not inspect.ismethod(function):
            continue
        signature = inspect.signature(function)
        methods[f"{attr}.{method}"] = {
            "returns": str(signature.return_annotation),
            "keywords": sorted(signature.parameters),
        }
print(json.dumps({"models": sorted(models.__all__), "fields": fields, "methods": methods}))
"""


def public_surface(project: Project) -> dict[str, Any]:
    generated = str(project.root / "generated")
    proc = subprocess.run(
        [sys.executable, "-c", SURFACE_SCRIPT, generated], capture_output=True, text=True, timeout=120, cwd="/",
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    surface: dict[str, Any] = json.loads(proc.stdout)
    return surface


def lost(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What code written against `before` can no longer rely on in `after`."""
    problems = [f"model {name} is gone" for name in before["models"] if name not in after["models"]]
    for model, fields in before["fields"].items():
        for name, kind in fields.items():
            now = after["fields"].get(model, {}).get(name)
            if now != kind:
                problems.append(f"{model}.{name}: {kind} -> {now}")
    for method, old in before["methods"].items():
        new = after["methods"].get(method)
        if new is None:
            problems.append(f"client.{method} is gone")
            continue
        if new["returns"] != old["returns"]:
            problems.append(f"client.{method} returns {new['returns']}, was {old['returns']}")
        problems.extend(f"client.{method}: keyword {k} is gone" for k in old["keywords"] if k not in new["keywords"])
    return problems


def pull_as_printed(project: Project, url: str) -> list[RegenRun]:
    """`make regen` with SPEC_URL, then whatever its stop line says, until it swaps (at most 3 runs)."""
    runs = [project.regen(url)]
    while runs[-1].code != 0 and len(runs) < 3:
        stop = runs[-1].stderr.strip().splitlines()[-1]
        commands = re.findall(r"`\.venv/bin/python -m codegen ([^`]+)`", stop)
        assert stop.startswith("regen stopped at overlay: ") and len(commands) == 1, runs[-1].stderr
        accepted = subprocess.run(
            [sys.executable, "-m", "codegen", "--root", str(project.root), *commands[0].split()],
            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert accepted.returncode == 0, accepted.stdout + accepted.stderr
        runs.append(project.regen(url))
    assert runs[-1].code == 0, runs[-1].stderr
    return runs


@pytest.fixture
def own_overrides(project: Project) -> Project:
    """The project with its own overrides/ (an accepted lock is written there, not in this checkout)."""
    shutil.copytree(REPO_ROOT / "overrides", project.root / "overrides")
    return project


@pytest.mark.parametrize(
    "bump", list(additive_bumps.ADDITIVE_BUMPS), ids=[f.__name__ for f in additive_bumps.ADDITIVE_BUMPS.values()]
)
def test_an_additive_bump_reports_nothing_breaking_and_keeps_every_name(
    own_overrides: Project, tmp_path: Path, bump: str
) -> None:
    project = own_overrides
    before = public_surface(project)
    old_generated = tmp_path / "before"
    shutil.copytree(project.root / "generated", old_generated, ignore=shutil.ignore_patterns("__pycache__"))
    spec_file = tmp_path / "pulled-openapi.json"
    spec_file.write_text(json.dumps(specs.derived(additive_bumps.ADDITIVE_BUMPS[bump], version="1.2.5")))

    runs = pull_as_printed(project, spec_file.as_uri())

    report = "\n".join(run.stdout for run in runs)
    summary = re.findall(r"changes:    API 1\.2\.4 -> 1\.2\.5: (\d+) breaking, (\d+) not breaking", report)
    assert summary and summary[-1][0] == "0" and int(summary[-1][1]) > 0, report
    assert "BREAKING" not in report and "model name moved" not in report, report
    assert "python surface" not in runs[-1].stdout, runs[-1].stdout
    assert project.versions()["__api_version__"] == "1.2.5"
    after = public_surface(project)
    assert lost(before, after) == []
    notes: list[str] = []
    griffe = python_surface(old_generated, project.root / "generated", PACKAGE, notes)
    assert griffe == [] and notes == []
    print(f"\n{bump} | {summary[-1][0]} breaking, {summary[-1][1]} not breaking | {len(before['models'])} names kept")
