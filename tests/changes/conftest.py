"""Fixtures for the change-report tests: a loopback spec server and temporary project roots.

Each regen runs as `python -m codegen --root TMP regen --url http://127.0.0.1:PORT/openapi.json`, on a
copy of the repository's `openapi.json`, `openapi.record.json` and `generated/`. One baseline copy is
first brought up to date with the current pipeline, so the bumps below compare API changes
only, never another slice's half-regenerated output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.local_server import LocalServer, Route, serve

from .specs import REPO_ROOT


class SpecServer:
    """Serves one document at /openapi.json on a loopback server; each `serve` swaps it between regens."""

    def __init__(self, server: LocalServer) -> None:
        self._server = server

    def serve(self, document: dict[str, Any]) -> str:
        route = Route(body=json.dumps(document).encode(), headers={"Content-Type": "application/json"})
        return self._server.add("/openapi.json", route)


@pytest.fixture(scope="session")
def spec_server() -> Iterator[SpecServer]:
    with serve() as server:
        yield SpecServer(server)


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    return os.environ.get("REGEN_MYPY_CACHE") or str(tmp_path_factory.mktemp("mypy-cache"))


@dataclass
class RegenRun:
    code: int
    stdout: str
    stderr: str


@dataclass
class Project:
    root: Path
    mypy_cache: str

    def regen(self, url: str, **env: str) -> RegenRun:
        run_env = {
            k: v for k, v in os.environ.items() if k not in ("ALLOW_BREAKING", "FORCE", "SPEC_URL", "STRICT_FETCH")
        }
        run_env.update(REGEN_MYPY_CACHE=self.mypy_cache, STRICT_FETCH="1", **env)
        proc = subprocess.run(
            [sys.executable, "-m", "codegen", "--root", str(self.root), "regen", "--url", url],
            cwd=REPO_ROOT, env=run_env, capture_output=True, text=True, timeout=240, check=False,
        )  # fmt: skip
        return RegenRun(proc.returncode, proc.stdout, proc.stderr)

    def record(self) -> dict[str, Any]:
        return json.loads((self.root / "openapi.record.json").read_text())  # type: ignore[no-any-return]

    def versions(self) -> dict[str, str]:
        """`__version__`, `__api_version__`, `__spec_sha256__` as the generated package states them."""
        namespace: dict[str, Any] = {}
        exec((self.root / "generated" / "finalpos" / "_version.py").read_text(), namespace)
        return {
            k: v
            for k, v in namespace.items()
            if k.startswith("__") and k.endswith("version__") or k == "__spec_sha256__"
        }

    def changelog(self) -> str:
        path = self.root / "CHANGELOG.md"
        return path.read_text() if path.is_file() else ""


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory, spec_server: SpecServer, mypy_cache: str) -> Project:
    root = tmp_path_factory.mktemp("baseline")
    for name in ("openapi.json", "openapi.record.json"):
        shutil.copy2(REPO_ROOT / name, root / name)
    shutil.copytree(REPO_ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    project = Project(root, mypy_cache)
    committed = json.loads((REPO_ROOT / "openapi.json").read_text())
    # Not FORCE: regen rebuilds only if the pipeline's inputs changed since generated/ was made.
    run = project.regen(spec_server.serve(committed))
    assert run.code == 0, run.stderr
    (root / "CHANGELOG.md").unlink(missing_ok=True)
    return project


@pytest.fixture
def project(baseline: Project, tmp_path: Path) -> Project:
    root = tmp_path / "project"
    shutil.copytree(baseline.root, root, ignore=shutil.ignore_patterns(".regen", "__pycache__"))
    return Project(root, baseline.mypy_cache)
