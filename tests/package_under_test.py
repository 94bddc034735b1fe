"""Which `finalpos` the tests exercise, and how a test's subprocess finds the same one.

`make test` imports the package from `generated/` (pytest's `pythonpath`). `make test-pythons` runs the
client-facing tests in one venv per Python with the package installed from the wheel, and sets
FINALPOS_TEST_PACKAGE=installed (and drops `generated/` from pytest's path), so a file missing from the
wheel fails there. The root conftest refuses a run whose `finalpos` is not the one asked for.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["GENERATED_DIR", "INSTALLED", "PACKAGE_PARENT", "package_mismatch", "subprocess_pythonpath"]

GENERATED_DIR = Path(__file__).resolve().parents[1] / "generated"
INSTALLED = os.environ.get("FINALPOS_TEST_PACKAGE", "tree") == "installed"


def _package_parent() -> Path:
    import finalpos

    return Path(finalpos.__file__).resolve().parents[1]


PACKAGE_PARENT = _package_parent()
"""The directory holding the `finalpos` under test: `generated/` or the venv's site-packages."""


def package_mismatch() -> str | None:
    """Why the imported `finalpos` is not the one this run asked for, or None."""
    if INSTALLED:
        if PACKAGE_PARENT == GENERATED_DIR or not PACKAGE_PARENT.is_relative_to(Path(sys.prefix).resolve()):
            return f"FINALPOS_TEST_PACKAGE=installed, but finalpos was imported from {PACKAGE_PARENT}, not {sys.prefix}"
    elif PACKAGE_PARENT != GENERATED_DIR:
        return f"tests import finalpos from {GENERATED_DIR}, but it came from {PACKAGE_PARENT}"
    return None


def subprocess_pythonpath(*first: Path) -> str:
    """PYTHONPATH for a child process that must import the same `finalpos` (after `first`)."""
    return os.pathsep.join(str(p) for p in (*first, PACKAGE_PARENT))
