"""The overrides manifest, `overrides/overrides.yaml`: every declared departure from the vendor's description.

Each override selects its targets by what they are (one selector: `entity`, `shape` or `returned_with`),
then `update`s them and/or `rename`s them (`spec_overrides.py`), and may ship hand-kept `code:` modules
(`code_overrides.py`). The lock that records what each override matched is `override_lock.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import RegenError
from .hand_kept import RUNTIME_DIR
from .workspace import OVERRIDES_DIR

__all__ = ["MANIFEST", "SELECTOR_KINDS", "STAGE", "Override", "load_overrides"]

STAGE = "overlay"
MANIFEST = "overrides.yaml"
SELECTOR_KINDS = ("entity", "shape", "returned_with")
"""What a `select:` may name; `spec_overrides.SELECTORS` implements each."""


@dataclass(frozen=True)
class Override:
    id: str
    what: str
    select: dict[str, Any]
    update: dict[str, Any] = field(default_factory=dict)
    rename: str | None = None
    code: tuple[str, ...] = ()


def load_overrides(overrides_dir: Path = OVERRIDES_DIR) -> list[Override]:
    path = overrides_dir / MANIFEST
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RegenError(
            STAGE, f"cannot read {path.name}: {exc}".splitlines()[0], "fix overrides/overrides.yaml"
        ) from None
    result: list[Override] = []
    for entry in data.get("overrides") or []:
        ident = str(entry.get("id", ""))
        select = entry.get("select")
        if not ident or not isinstance(select, dict) or len(select) != 1 or next(iter(select)) not in SELECTOR_KINDS:
            raise RegenError(
                STAGE,
                f"override {ident or '?'} needs an id and exactly one selector ({', '.join(SELECTOR_KINDS)})",
                "fix overrides/overrides.yaml",
            )
        for name in entry.get("code") or []:
            if not (RUNTIME_DIR / name).is_file():
                raise RegenError(STAGE, f"override {ident}: code module codegen/runtime/{name} not found", "")
        result.append(
            Override(
                id=ident,
                what=" ".join(str(entry.get("what", "")).split()),
                select=select,
                update=dict(entry.get("update") or {}),
                rename=entry.get("rename"),
                code=tuple(entry.get("code") or ()),
            )
        )
    return result
