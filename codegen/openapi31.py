"""Part of stage 3 (normalise): an OpenAPI 3.1 file read as the 3.0 file it is equivalent to.

The generator and every later stage see one dialect, so a vendor moving to 3.1 gets the same client,
docs, fake and change report as the equivalent 3.0 file. Rewritten (JSON Schema 2020-12 -> OpenAPI
3.0 schema): `type: [T, "null"]` -> `type: T` + `nullable`; `anyOf`/`oneOf` with a `{type: "null"}`
member -> the other member(s) + `nullable` (this one also in a 3.0 file, where some tools write it);
a schema's `examples: [a, ...]` -> `example: a`; `const: v` -> `enum: [v]`; numeric
`exclusiveMinimum`/`exclusiveMaximum` -> `minimum`/`maximum` + the 3.0 boolean. The document then
says `openapi: 3.0.3`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["as_openapi30"]

TARGET_VERSION = "3.0.3"


def as_openapi30(spec: dict[str, Any]) -> None:
    """In place (see the module docstring)."""
    is_31 = str(spec.get("openapi", "")).startswith("3.1")
    _walk(spec, is_31)
    if is_31:
        spec["openapi"] = TARGET_VERSION
        spec.pop("jsonSchemaDialect", None)
        spec.pop("webhooks", None)  # no operation of the client; 3.0 has no place for them


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("type") == ["null"]) and len(node) == 1


def _walk(node: Any, is_31: bool) -> None:
    if isinstance(node, list):
        for value in node:
            _walk(value, is_31)
        return
    if not isinstance(node, dict):
        return
    for value in list(node.values()):
        _walk(value, is_31)
    for combinator in ("anyOf", "oneOf"):
        members = node.get(combinator)
        if isinstance(members, list) and any(_is_null(m) for m in members):
            rest = [m for m in members if not _is_null(m)]
            del node[combinator]
            if len(rest) == 1 and isinstance(rest[0], dict):
                merged = {**rest[0], **node}
                node.clear()
                node.update(merged)
            elif rest:
                node[combinator] = rest
            node["nullable"] = True
    if not is_31:
        return
    types = node.get("type")
    if isinstance(types, list):
        kinds = [t for t in types if t != "null"]
        if len(kinds) == 1:
            node["type"] = kinds[0]
        elif kinds:
            del node["type"]
            node["anyOf"] = [{"type": t} for t in kinds]
        if "null" in types:
            node["nullable"] = True
    if isinstance(node.get("examples"), list):
        examples = node.pop("examples")
        if examples and "example" not in node:
            node["example"] = examples[0]
    if "const" in node and "enum" not in node:
        node["enum"] = [node.pop("const")]
    for bound, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = node.get(bound)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            node[plain], node[bound] = value, True
