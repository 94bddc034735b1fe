"""The fake's route table: `routes.json` beside this module, package data that `make regen` derives from
the spec (`codegen/fake.py`), read on first use and once per process (importing `finalpos.testing`
reads nothing)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["ROUTES_FILE", "route_table"]

ROUTES_FILE = "routes.json"
HEADER_KEY = "_generated"  # the file's provenance line, not part of the table


@cache
def route_table() -> dict[str, Any]:
    """The table as JSON data. Shared by every fake in the process: callers read it, never change it."""
    text = resources.files(__name__.rpartition(".")[0]).joinpath(ROUTES_FILE).read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    table.pop(HEADER_KEY, None)
    return table
