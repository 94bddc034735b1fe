"""API change report and breaking-change gate for version bumps.

(Placeholder until the version-bump work lands: reports nothing, blocks nothing.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["compare"]


def compare(old_spec: dict[str, Any] | None, new_spec: dict[str, Any], old_dist: Path, new_dist: Path) -> list[str]:
    return []
