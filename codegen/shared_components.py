"""Operations made self-contained before naming: shared parts inlined, read/write-only fields per role.

Real vendor files share parameters, responses and request bodies through `components/parameters`,
`components/responses`, `components/requestBodies` (and response `headers`), and declare parameters
once on a path item for all its operations. Every later stage (the names, the resource layer, the
fake, the change report) reads one operation at a time, so here each `$ref` to those is replaced by
a copy of its target and a path item's parameters are copied into each of its operations (an
operation's own parameter of the same name and location wins, as OpenAPI says).

A schema used both as a request and as a response body marks server-set fields `readOnly` and
secrets `writeOnly`: once the vendor's `$ref`s are copied per use (`normalise.inline_vendor_refs`),
a request body's copy drops its readOnly properties (a caller is never asked for them) and a
response's copy its writeOnly ones (never expected back).
"""

from __future__ import annotations

import copy
from typing import Any

from .spec import HTTP_METHODS, operations

__all__ = ["inline_shared_components", "drop_read_write_only", "SHARED_KINDS"]

SHARED_KINDS = ("parameters", "responses", "requestBodies", "headers")
"""The component sections whose `$ref`s are inlined (schemas are `normalise.inline_vendor_refs`'s job)."""


def _target(spec: dict[str, Any], ref: str, seen: frozenset[str]) -> Any:
    """A copy of what a local `$ref` to a shared component points at (itself resolved), or None."""
    parts = ref.removeprefix("#/").split("/")
    if len(parts) != 3 or parts[0] != "components" or parts[1] not in SHARED_KINDS or ref in seen:
        return None
    found = (spec.get("components") or {}).get(parts[1], {}).get(parts[2].replace("~1", "/").replace("~0", "~"))
    return None if found is None else _resolve(spec, copy.deepcopy(found), seen | {ref})


def _resolve(spec: dict[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    if isinstance(node, list):
        return [_resolve(spec, v, seen) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        target = _target(spec, ref, seen)
        if target is not None:
            return target
    return {k: _resolve(spec, v, seen) for k, v in node.items()}


def inline_shared_components(spec: dict[str, Any]) -> None:
    """In place: shared parameters/responses/bodies/headers copied into each operation; path-item
    parameters merged into its operations; the shared sections then dropped (nothing points at them)."""
    for item in (spec.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        shared = _resolve(spec, item.pop("parameters", None) or [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            for key in ("parameters", "requestBody", "responses"):
                if key in op:
                    op[key] = _resolve(spec, op[key])
            own = {(p.get("name"), p.get("in")) for p in op.get("parameters") or [] if isinstance(p, dict)}
            inherited = [copy.deepcopy(p) for p in shared if (p.get("name"), p.get("in")) not in own]
            if inherited:
                op["parameters"] = inherited + list(op.get("parameters") or [])
    components = spec.get("components") or {}
    for kind in SHARED_KINDS:
        components.pop(kind, None)


def _without(schema: Any, flag: str) -> Any:
    """The schema with every property marked `flag: true` left out (and out of `required`), at any depth."""
    if isinstance(schema, list):
        return [_without(v, flag) for v in schema]
    if not isinstance(schema, dict):
        return schema
    props = schema.get("properties")
    dropped = (
        {k for k, v in props.items() if isinstance(v, dict) and v.get(flag) is True}
        if isinstance(props, dict)
        else set()
    )
    out: dict[str, Any] = {}
    for key, value in schema.items():  # the keys' order kept: the fake's route table shows it
        if key == "properties" and isinstance(props, dict):
            out[key] = {k: _without(v, flag) for k, v in props.items() if k not in dropped}
        elif key == "required" and dropped and isinstance(value, list):
            if [r for r in value if r not in dropped]:
                out[key] = [r for r in value if r not in dropped]
        else:
            out[key] = _without(value, flag)
    return out


def _content_without(container: dict[str, Any], flag: str) -> dict[str, Any]:
    """A copy of a request body or response whose media schemas lack the `flag` properties (new
    objects all the way down, so a body shared with a response is never changed for both)."""
    content = container.get("content")
    if not isinstance(content, dict):
        return container
    return {
        **container,
        "content": {
            media_type: {**media, "schema": _without(media["schema"], flag)}
            if isinstance(media, dict) and "schema" in media
            else media
            for media_type, media in content.items()
        },
    }


def drop_read_write_only(spec: dict[str, Any]) -> None:
    """In place: request bodies lose their readOnly properties, responses their writeOnly ones."""
    for _path, _method, op in operations(spec):
        if isinstance(op.get("requestBody"), dict):
            op["requestBody"] = _content_without(op["requestBody"], "readOnly")
        responses = op.get("responses")
        if isinstance(responses, dict):
            op["responses"] = {
                status: _content_without(response, "writeOnly") if isinstance(response, dict) else response
                for status, response in responses.items()
            }
