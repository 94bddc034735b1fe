"""Stage 5, overlay: apply the declared patches in `overrides/`.

(Placeholder until the overrides work lands: a no-op.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["apply_spec_overrides", "apply_code_overrides"]


def apply_spec_overrides(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    return spec, []


def apply_code_overrides(package_dir: Path, spec: dict[str, Any]) -> list[str]:
    return []
