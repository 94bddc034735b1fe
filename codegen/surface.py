"""Part of stage 4: the typed resource layer (`FinalPOS`, `AsyncFinalPOS`) over the generated modules.

(Placeholder until the client work lands: writes nothing.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["write_surface"]


def write_surface(data: Any, spec: dict[str, Any], dist_dir: Path, package: str) -> list[str]:
    return []
