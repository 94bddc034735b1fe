"""The record beside `openapi.json`: where the snapshot came from and what was generated from it.

No timestamps, so an unchanged regen leaves it byte-identical. `model_names` remembers the model name
of every site (operation, direction, status, property path), so a regen keeps the names users import.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

__all__ = ["Record", "read_record", "record_bytes", "write_record"]


@dataclass(frozen=True)
class Record:
    source_url: str = ""
    etag: str | None = None
    info_title: str = ""
    info_version: str = ""
    spec_sha256: str = ""
    package_version: str = ""
    inputs_sha256: str = ""
    generated_sha256: str = ""
    model_names: dict[str, str] = field(default_factory=dict)
    """Each site's model name (`codegen/sticky_names.py`): the next regen keeps them while shapes fit."""


def read_record(path: Path) -> Record:
    if not path.is_file():
        return Record()
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return Record()
    known = {f.name for f in fields(Record)}
    if not isinstance(data.get("model_names", {}), dict):
        data.pop("model_names")  # hand-damaged: regen derives the names from openapi.json instead
    return Record(**{k: v for k, v in data.items() if k in known})


def record_bytes(record: Record) -> bytes:
    return (json.dumps(asdict(record), indent=2) + "\n").encode()


def write_record(path: Path, record: Record) -> None:
    """Replace the record on its own (atomically), for when only its fetch metadata changed."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(record_bytes(record))
    os.replace(temporary, path)
