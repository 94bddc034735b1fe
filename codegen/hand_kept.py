"""Part of stage 4: the package's hand-kept modules, copied verbatim from their one home, `codegen/runtime/`.

`codegen/runtime/` mirrors the package: `codegen/runtime/<path>.py` becomes `finalpos/<path>.py`
(`_base_client.py`, `__init__.py`, `types.py`, `testing/_fake.py`, ...). Everything else in the package
is rendered from the spec (`codegen/templates/`, the generator, `codegen/*.py` writers). A module that an
override declares in its `code:` list (overrides/overrides.yaml) lives here too, but ships only with that
override: the overlay stage copies it, so retiring the override drops the module.

The copy runs after openapi-python-client, so `__init__.py` and `types.py` replace the generator's own.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from .workspace import CODEGEN_DIR

__all__ = ["RUNTIME_DIR", "runtime_modules", "copy_modules", "copy_runtime"]

RUNTIME_DIR = CODEGEN_DIR / "runtime"


def runtime_modules() -> list[str]:
    """Package-relative paths (`_base_client.py`, `testing/_fake.py`) of every hand-kept module."""
    return sorted(
        path.relative_to(RUNTIME_DIR).as_posix()
        for path in RUNTIME_DIR.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def copy_modules(package_dir: Path, names: Iterable[str]) -> None:
    for name in names:
        target = package_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RUNTIME_DIR / name, target)


def copy_runtime(package_dir: Path, *, skip: Iterable[str] = ()) -> list[str]:
    """Copy every hand-kept module but those in `skip` (the overrides' `code:` modules); return them."""
    left_out = set(skip)
    names = [name for name in runtime_modules() if name not in left_out]
    copy_modules(package_dir, names)
    return names
