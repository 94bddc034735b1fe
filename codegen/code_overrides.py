"""Stage 5, overlay: the code overrides, hand-kept modules an override ships with (`code:` in overrides.yaml).

They live in `codegen/runtime/` (the one home of hand-kept code, `hand_kept.py`) and ship into the
package only while the override declaring them stands, so retiring it drops them too. That the model
template used them for every marked schema is checked in verify (`verify.check_custom_fields`).
"""

from __future__ import annotations

from pathlib import Path

from .hand_kept import copy_modules
from .override_manifest import load_overrides
from .workspace import OVERRIDES_DIR

__all__ = ["apply_code_overrides", "code_modules"]


def code_modules(overrides_dir: Path = OVERRIDES_DIR) -> set[str]:
    """The hand-kept modules (`codegen/runtime/`) that ship only with the override declaring them."""
    return {name for override in load_overrides(overrides_dir) for name in override.code}


def apply_code_overrides(package_dir: Path, overrides_dir: Path = OVERRIDES_DIR) -> list[str]:
    """Copy the declared code modules into the package; return report lines."""
    notes: list[str] = []
    for override in load_overrides(overrides_dir):
        copy_modules(package_dir, override.code)
        notes.extend(f"overlay: {override.id} -> {package_dir.name}/{name}" for name in override.code)
    return notes
