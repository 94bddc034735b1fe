"""Fixtures for the overrides tests: the spec as the generator sees it, the recording loopback server,
and temporary project roots for regens that must not touch this checkout."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.spec_view import generator_view
from codegen.workspace import REPO_ROOT
from tests.local_server import LocalServer, serve

STRAY = shutil.ignore_patterns("__pycache__", "build", "*.egg-info", ".mypy_cache", ".ruff_cache")


@pytest.fixture(scope="session")
def committed_spec() -> dict[str, Any]:
    return json.loads((REPO_ROOT / "openapi.json").read_text())


@pytest.fixture(scope="session")
def patched_spec(committed_spec: dict[str, Any]) -> dict[str, Any]:
    """openapi.json normalised and overridden, exactly as the generator receives it."""
    return generator_view(committed_spec).spec


@pytest.fixture
def workspace_copy(tmp_path: Path) -> Path:
    """A project root holding copies of the committed outputs (regen writes there, not here)."""
    root = tmp_path / "project"
    root.mkdir()
    for name in ("openapi.json", "openapi.record.json"):
        shutil.copyfile(REPO_ROOT / name, root / name)
    shutil.copytree(REPO_ROOT / "generated", root / "generated", ignore=STRAY)
    return root


@pytest.fixture
def recording_server() -> Iterator[LocalServer]:
    """The shared scripted loopback server (`tests/local_server.py`): records every request; a test scripts
    the answers (`routes`, `default`)."""
    with serve() as server:
        yield server
