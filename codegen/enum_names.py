"""Part of stage 3 (normalise): enum member names the vendor gives, in whichever spelling.

openapi-python-client names enum members from `x-enum-varnames`; other generators' files spell the
same list `x-enumNames` (NSwag) or `x-enum-names`. Those are copied to `x-enum-varnames` (as
UPPER_SNAKE Python names), so an integer enum's members read `STANDARD`, `PREMIUM`, never
`VALUE_10`, `VALUE_20`. A list whose length differs from the enum's is ignored.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["VARNAMES", "copy_enum_names"]

VARNAMES = "x-enum-varnames"
OTHER_SPELLINGS = ("x-enumNames", "x-enum-names")


def copy_enum_names(node: Any) -> int:
    """In place: every enum with names under another spelling gets `x-enum-varnames`; the count."""
    if isinstance(node, list):
        return sum(copy_enum_names(v) for v in node)
    if not isinstance(node, dict):
        return 0
    count = sum(copy_enum_names(v) for v in node.values())
    values = node.get("enum")
    if isinstance(values, list) and VARNAMES not in node:
        for key in OTHER_SPELLINGS:
            names = node.get(key)
            if isinstance(names, list) and len(names) == len(values) and all(isinstance(n, str) for n in names):
                node[VARNAMES] = [_upper_snake(n) for n in names]
                count += 1
                break
    return count


def _upper_snake(name: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    return re.sub(r"[^0-9A-Za-z]+", "_", spaced).strip("_").upper() or name
