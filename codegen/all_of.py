"""Part of stage 3 (normalise): an `allOf` of object schemas read as the one object it describes.

@nestjs/swagger writes an entity that extends a base DTO as `allOf: [{$ref: BaseEntityDto}, {own
fields}]`. After the vendor's `$ref`s are inlined, each such `allOf` whose parts are all plain object
schemas becomes one object (properties and `required` of every part; the outer schema's own keys,
say `description` or `nullable`, kept), so the normaliser names it by what it is (`GiftCard`), like
any other object, instead of the generator naming it by where it sits
(`GiftCardControllerFindOneResponse200`). An `allOf` it cannot merge faithfully (a part that is a
`$ref` to a recursive component, a union, or two parts defining one property differently) is left as is.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["merge_object_all_of"]

# Keys a part may carry and still be merged: its structure is only these.
OBJECT_KEYS = {"type", "properties", "required", "description", "title", "example", "additionalProperties"}


def merge_object_all_of(node: Any) -> int:
    """Merge, in place and bottom-up, every mergeable `allOf` under `node`; the count merged."""
    count = 0
    if isinstance(node, list):
        return sum(merge_object_all_of(v) for v in node)
    if not isinstance(node, dict):
        return 0
    for value in node.values():
        count += merge_object_all_of(value)
    merged = _merged(node.get("allOf"))
    if merged is not None:
        rest = {k: v for k, v in node.items() if k != "allOf"}
        node.clear()
        node.update({**merged, **rest})
        count += 1
    return count


def _merged(parts: Any) -> dict[str, Any] | None:
    if not isinstance(parts, list) or len(parts) < 2:
        return None
    properties: dict[str, Any] = {}
    required: list[str] = []
    merged: dict[str, Any] = {"type": "object"}
    for part in parts:
        if not isinstance(part, dict) or not set(part) <= OBJECT_KEYS or part.get("type", "object") != "object":
            return None
        for name, schema in (part.get("properties") or {}).items():
            if name in properties and json.dumps(properties[name], sort_keys=True) != json.dumps(
                schema, sort_keys=True
            ):
                return None
            properties[name] = schema
        required += [r for r in part.get("required") or [] if r not in required]
        for key in ("description", "title", "additionalProperties"):
            if key in part and key not in merged:
                merged[key] = part[key]
    merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged
