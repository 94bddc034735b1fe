"""How a normalised spec uses its models: parameter and body types, directions, sites, renames.

What the diff needs to read a spec the way the client does: the Python-relevant type of a schema, which
models the caller sends or receives, and which old model became which new one.
"""

from __future__ import annotations

from typing import Any

from ..normalise import shape_key
from ..spec import json_schema, operations, ref_name, refs_in
from .rules import REQUEST, RESPONSE

__all__ = ["detect_renames", "model_directions", "operations_by_key", "type_sig"]


def type_sig(schema: Any) -> str:
    """The Python-relevant type of a schema as text (`string(date-time)`, `list[Session]`, `Order`)."""
    if not isinstance(schema, dict):
        return "any"
    name = ref_name(schema)
    nullable = bool(schema.get("nullable"))
    if name:
        sig = name
    elif isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        sig = type_sig(schema["allOf"][0])
    elif any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf", "allOf")):
        key = next(k for k in ("oneOf", "anyOf", "allOf") if isinstance(schema.get(k), list))
        sig = f"{key}[{', '.join(sorted(type_sig(s) for s in schema[key]))}]"
    else:
        kind = schema.get("type")
        if isinstance(kind, list):  # OpenAPI 3.1 type lists; "null" means nullable
            nullable = nullable or "null" in kind
            kind = next((k for k in kind if k != "null"), None)
        if kind == "array":
            sig = f"list[{type_sig(schema.get('items'))}]"
        elif kind == "object" or "properties" in schema:
            sig = "object"
        elif kind is None:
            sig = "any"
        else:
            sig = str(kind) + (f"({schema['format']})" if schema.get("format") else "")
    return sig + (" | null" if nullable else "")


def operations_by_key(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) -> operation, with the path-level parameters it inherits in its `parameters`."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for path, method, op in operations(spec):
        shared = spec["paths"][path].get("parameters") or []
        found[(method.upper(), path)] = {**op, "parameters": list(shared) + list(op.get("parameters") or [])}
    return found


def model_directions(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Which models the caller sends (request) and receives (response), following nested `$ref`s."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    directions: dict[str, set[str]] = {}

    def mark(roots: list[str], direction: str) -> None:
        pending = list(roots)
        while pending:
            name = pending.pop()
            seen = directions.setdefault(name, set())
            if direction in seen:
                continue
            seen.add(direction)
            pending.extend(refs_in(schemas.get(name)))

    for op in operations_by_key(spec).values():
        sent = [r for p in op["parameters"] if isinstance(p, dict) for r in refs_in(p.get("schema"))]
        sent += list(refs_in(json_schema(op.get("requestBody"))))
        received = [r for resp in (op.get("responses") or {}).values() for r in refs_in(json_schema(resp))]
        mark(sent, REQUEST)
        mark(received, RESPONSE)
    return directions


def _model_sites(spec: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Where each model is referenced from: operation slots and other models' properties."""
    sites: dict[str, set[str]] = {}
    for (method, path), op in operations_by_key(spec).items():
        where = f"{method} {path}"
        for ref in refs_in(json_schema(op.get("requestBody"))):
            sites.setdefault(ref, set()).add(f"{where} request")
        for status, resp in (op.get("responses") or {}).items():
            for ref in refs_in(json_schema(resp)):
                sites.setdefault(ref, set()).add(f"{where} {status}")
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        for prop, prop_schema in ((schema or {}).get("properties") or {}).items():
            for ref in refs_in(prop_schema):
                sites.setdefault(ref, set()).add(f"{name}.{prop}")
    return {name: frozenset(s) for name, s in sites.items()}


def detect_renames(old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    """Old model name -> new name, for models that vanished while one with the same uses or shape appeared."""
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    removed = sorted(set(old_schemas) - set(new_schemas))
    added = sorted(set(new_schemas) - set(old_schemas))
    old_sites, new_sites = _model_sites(old), _model_sites(new)
    renames: dict[str, str] = {}

    def same_uses(old_name: str, new_name: str) -> bool:
        return bool(old_sites.get(old_name)) and old_sites.get(old_name) == new_sites.get(new_name)

    def same_shape(old_name: str, new_name: str) -> bool:
        return shape_key(old_schemas[old_name]) == shape_key(new_schemas[new_name])

    # Uses first (a renamed model usually keeps its place), then shape (it moved but kept its fields).
    for matcher in (same_uses, same_shape):
        for old_name in removed:
            if old_name in renames:
                continue
            candidates = [n for n in added if n not in renames.values() and matcher(old_name, n)]
            if len(candidates) == 1:
                renames[old_name] = candidates[0]
    return renames
