"""`Model.to_json()`: a model's wire form (`to_dict()`) as JSON text.

`to_dict()` already holds JSON values only (dates as ISO strings, nested models as dicts, unfit
values as received), so this is `json.dumps`; non-ASCII stays readable.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["model_json"]


def model_json(data: dict[str, Any], *, indent: int | None) -> str:
    return json.dumps(data, indent=indent, ensure_ascii=False)
