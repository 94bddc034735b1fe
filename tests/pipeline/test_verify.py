"""verify: the staged package lints, type-checks strictly and imports, or the regen stops naming what failed;
a tree that passed in this environment is not checked again; the model template did its custom-fields part."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import RegenError
from codegen.verify import check_custom_fields, verify

PACKAGE = "tinypkg"


def _stage(root: Path, body: str) -> Path:
    """A staged tree holding a package the import probe can load (`models`, `resources`, `__version__`)."""
    package = root / PACKAGE
    for sub in ("models", "resources"):
        (package / sub).mkdir(parents=True, exist_ok=True)
        (package / sub / "__init__.py").write_text("")
    (package / "__init__.py").write_text(f'__version__ = "1.0"\n\n{body}')
    return root


def test_a_package_failing_mypy_strict_is_refused_naming_the_check(tmp_path: Path) -> None:
    stage = _stage(tmp_path / "stage", "def double(x):\n    return x * 2\n")
    with pytest.raises(RegenError) as caught:
        verify(stage, PACKAGE, tmp_path / "mypy-cache")
    assert caught.value.stage == "verify"
    assert caught.value.message.startswith("mypy --strict failed on the generated package: ")
    assert "missing a type annotation" in caught.value.message


def test_a_tree_that_passed_is_not_checked_again_and_a_changed_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = _stage(tmp_path / "stage", "def double(x: int) -> int:\n    return x * 2\n")
    checks = tmp_path / "checks"
    verify(stage, PACKAGE, tmp_path / "mypy-cache", checks)

    def checks_ran(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the checks ran")

    monkeypatch.setattr(subprocess, "Popen", checks_ran)
    verify(stage, PACKAGE, tmp_path / "mypy-cache", checks)  # the same tree: kept as passed
    (stage / PACKAGE / "__init__.py").write_text('import os\n\n__version__ = "1.0"\n')
    with pytest.raises(AssertionError, match="the checks ran"):
        verify(stage, PACKAGE, tmp_path / "mypy-cache", checks)
    monkeypatch.undo()
    with pytest.raises(RegenError, match="ruff check failed on the generated package: .*F401"):
        verify(stage, PACKAGE, tmp_path / "mypy-cache", checks)


def test_a_schema_marked_dynamic_without_the_custom_fields_model_is_refused(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "customer.py").write_text("class Customer:\n    pass\n")
    spec = {"components": {"schemas": {"Customer": {"type": "object", "x-finalpos-dynamic": True}}}}
    with pytest.raises(RegenError, match=r"1 schema\(s\) are marked x-finalpos-dynamic \(Customer\) but 0 model"):
        check_custom_fields(tmp_path, spec)
    (models / "customer.py").write_text("class Customer(CustomFieldsMixin):\n    pass\n")
    check_custom_fields(tmp_path, spec)
