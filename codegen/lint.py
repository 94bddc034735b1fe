"""Part of stage 2: `redocly lint` with rules chosen for code generation.

Findings are reported; only the ones that break generation fail the run.
(Placeholder: the full implementation lands with the validate work.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["lint"]


def lint(document: dict[str, Any], work_dir: Path) -> list[str]:
    return []
