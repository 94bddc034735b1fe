"""Shapes that differ only by optional properties: when two schemas can be one model, and that model.

A vendor often adds a field to one endpoint's DTO before the others (`loyaltyPoints` on the list
items of `GET /customers` only). On the wire that is additive, so the client must not split the
model it had: `compatible()` says two schemas differ at most by properties that are optional where
they appear (at any depth: nested objects, array items, map values), and `union()` is the one model
for both, every extra property optional.

Both read schemas as `normalise.shape_key` does: descriptions, examples and `x-` extensions do not
count. `union()` keeps the first schema's wording and property order and appends what the others add.
"""

from __future__ import annotations

import copy
from typing import Any

from .spec import ANNOTATIONS

__all__ = ["compatible", "union", "union_all"]

# Keys compared by recursion rather than by equality: the object's fields and where nested shapes sit.
_NESTED = ("items", "additionalProperties")
_FIELDS = ("properties", "required")


def _structural_keys(schema: dict[str, Any]) -> set[str]:
    return {k for k in schema if k not in ANNOTATIONS and not k.startswith("x-")}


def _same(a: Any, b: Any) -> bool:
    """Equal once annotations are left out (lists, enums, combinators: no optional-field leeway)."""
    if isinstance(a, dict) and isinstance(b, dict):
        keys = _structural_keys(a)
        if keys != _structural_keys(b):
            return False
        if "properties" in keys and isinstance(a["properties"], dict) and isinstance(b["properties"], dict):
            pa, pb = a["properties"], b["properties"]
            if set(pa) != set(pb) or not all(_same(pa[p], pb[p]) for p in pa):
                return False
            keys = keys - {"properties"}
        return all(_same(a[k], b[k]) for k in keys)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def compatible(a: Any, b: Any) -> bool:
    """True when `a` and `b` differ at most by properties that are optional where they appear.

    Everything else must agree: types, formats, nullability, enums, the required set, and the shape of
    every property both have (recursively, so a nested object may differ by optional properties too).
    Objects that both list properties must share at least half of the smaller one's: `{id, name}` and
    `{id, name, loyaltyPoints}` are one model grown, `{id}` and `{b}` are two things.
    """
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return _same(a, b)
    keys_a, keys_b = _structural_keys(a) - set(_FIELDS), _structural_keys(b) - set(_FIELDS)
    if keys_a != keys_b:
        return False
    for key in keys_a:
        nested_ok = compatible(a[key], b[key]) if key in _NESTED else _same(a[key], b[key])
        if not nested_ok:
            return False
    required = set(a.get("required") or [])
    if required != set(b.get("required") or []):
        return False
    props_a, props_b = a.get("properties") or {}, b.get("properties") or {}
    if not (isinstance(props_a, dict) and isinstance(props_b, dict)):
        return _same(props_a, props_b)
    if (set(props_a) ^ set(props_b)) & required:
        return False
    shared = props_a.keys() & props_b.keys()
    if props_a and props_b and 2 * len(shared) < min(len(props_a), len(props_b)):
        return False  # mostly different fields: two things that want one name, not one thing grown
    return all(compatible(props_a[p], props_b[p]) for p in shared)


def union(a: Any, b: Any) -> Any:
    """One schema for two compatible ones: `a` (its wording, its order) plus what `b` adds.

    Returns `a` itself when `b` adds nothing, so identical shapes keep their exact schema object.
    """
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return a
    out: dict[str, Any] | None = None
    props_a, props_b = a.get("properties"), b.get("properties")
    if isinstance(props_b, dict) and props_b:
        props = dict(props_a) if isinstance(props_a, dict) else {}
        changed = not isinstance(props_a, dict)
        for name, sub in props_b.items():
            if name not in props:
                props[name] = copy.deepcopy(sub)
                changed = True
            else:
                merged = union(props[name], sub)
                if merged is not props[name]:
                    props[name] = merged
                    changed = True
        if changed:
            out = {**a, "properties": props}
    for key in _NESTED:
        if isinstance(a.get(key), dict) and isinstance(b.get(key), dict):
            merged = union(a[key], b[key])
            if merged is not a[key]:
                out = {**(out or a), key: merged}
    return a if out is None else out


def union_all(schemas: list[Any]) -> Any:
    """The union of several compatible schemas, the first one's wording first."""
    result = schemas[0]
    for schema in schemas[1:]:
        result = union(result, schema)
    return result
