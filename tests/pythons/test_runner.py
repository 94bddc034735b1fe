"""`make test-pythons` itself: interpreters found under pyenv (or the run fails naming the missing one),
and a run that asks for the installed package cannot quietly test generated/ instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pythons.run import PythonsError, find_interpreter, find_interpreters

REPO_ROOT = Path(__file__).resolve().parents[2]


def fake_python(root: Path, name: str, version: str) -> Path:
    executable = root / "versions" / name / "bin" / f"python{version}"
    executable.parent.mkdir(parents=True)
    executable.write_text("")
    return executable


def test_the_highest_patch_release_is_used(tmp_path: Path) -> None:
    fake_python(tmp_path, "3.12.1", "3.12")
    newest = fake_python(tmp_path, "3.12.10", "3.12")
    fake_python(tmp_path, "3.12-dev", "3.12")
    fake_python(tmp_path, "3.12.11t", "3.12")  # free-threaded build: a different ABI
    assert find_interpreter("3.12", tmp_path) == newest


def test_a_missing_interpreter_fails_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_python(tmp_path, "3.12.1", "3.12")
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path))
    with pytest.raises(PythonsError, match=r"Python 3\.11, 3\.13 not found .*pyenv install 3\.11 3\.13"):
        find_interpreters(("3.11", "3.12", "3.13"))


def test_the_target_exits_non_zero_before_building_anything(tmp_path: Path) -> None:
    env = {**os.environ, "PYENV_ROOT": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.pythons.run"], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr.startswith("test-pythons: Python 3.11, 3.12, 3.13 not found"), done.stderr


def test_installed_mode_refuses_the_package_from_generated() -> None:
    # .venv has no finalpos installed: with generated/ on pytest's path, the tree's package is what imports.
    env = {**os.environ, "FINALPOS_TEST_PACKAGE": "installed"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests/pythons"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode != 0
    assert "FINALPOS_TEST_PACKAGE=installed, but finalpos was imported from" in done.stdout + done.stderr
