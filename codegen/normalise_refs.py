"""What normalising must keep so the generator still builds every operation it builds from the file as is.

`normalise.py` copies the vendor's schema `$ref`s inline and names shapes by role. Three things in a
spec would otherwise break under that copying (found on openapi-python-client's own end-to-end spec):

- `$ref`s to `components/requestBodies`, `parameters`, `responses` and `headers` hold schema `$ref`s
  the inlining does not see; they are resolved into the operations first (a chain of them too), and
  those sections dropped, so no `$ref` is left pointing at a component that is gone.
- A discriminator's `mapping` names its members by component: those components stay `$ref`d under
  the vendor's names (the mapping is how a reader tells the members apart, so the names are the
  vendor's contract here).
- openapi-python-client names a model by its `title` when it has one. A titled schema copied to two
  places, or a hoisted component whose title is another component's name, becomes "duplicate models
  with name ..." and the operation is dropped. The component name is the class name, so titles on
  schemas the generator makes classes of are removed after naming (the names were read from them).
"""

from __future__ import annotations

import copy
from typing import Any

from .spec import REF_PREFIX, operations

__all__ = ["resolve_component_refs", "discriminator_targets", "drop_class_titles"]

# Sections whose `$ref`s are copied into the operations (schemas are normalise.py's job).
RESOLVED_SECTIONS = ("requestBodies", "parameters", "responses", "headers")


def _section_ref(node: Any) -> tuple[str, str] | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/components/"):
        return None
    parts = ref[len("#/components/") :].split("/", 1)
    if len(parts) == 2 and parts[0] in RESOLVED_SECTIONS:
        return parts[0], parts[1].replace("~1", "/").replace("~0", "~")
    return None


def _resolve(node: Any, components: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    if isinstance(node, list):
        return [_resolve(v, components, seen) for v in node]
    if not isinstance(node, dict):
        return node
    target = _section_ref(node)
    if target is not None:
        section, name = target
        found = (components.get(section) or {}).get(name)
        key = f"{section}/{name}"
        if isinstance(found, dict) and key not in seen:
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            return {**_resolve(copy.deepcopy(found), components, (*seen, key)), **siblings}
        return node  # unresolvable or circular: left for validation and the generator to report
    return {k: _resolve(v, components, seen) for k, v in node.items()}


def resolve_component_refs(spec: dict[str, Any]) -> list[str]:
    """Copy `$ref`s to request bodies, parameters, responses and headers into the paths, in place.

    Returns the sections dropped (every use now carries its own copy).
    """
    components = spec.get("components")
    if not isinstance(components, dict) or not any(components.get(s) for s in RESOLVED_SECTIONS):
        return []
    spec["paths"] = _resolve(spec.get("paths") or {}, components)
    dropped = [s for s in RESOLVED_SECTIONS if s in components]
    for section in dropped:
        del components[section]
    return dropped


def discriminator_targets(schemas: dict[str, Any], roots: Any) -> set[str]:
    """Components a discriminator's `mapping` names, anywhere in `roots` or the schemas."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            discriminator = node.get("discriminator")
            mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
            if isinstance(mapping, dict):
                for ref in mapping.values():
                    if isinstance(ref, str) and ref.startswith(REF_PREFIX) and ref[len(REF_PREFIX) :] in schemas:
                        found.add(ref[len(REF_PREFIX) :])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(roots)
    walk(schemas)
    return found


def _is_class(schema: dict[str, Any]) -> bool:
    # What openapi-python-client makes a class of: an object (with properties, or allOf/oneOf parts) or an enum.
    return "enum" in schema or schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def _untitle(node: Any) -> int:
    count = 0
    if isinstance(node, dict):
        if "title" in node and isinstance(node["title"], str) and "$ref" not in node and _is_class(node):
            del node["title"]
            count += 1
        for key, value in node.items():
            if key not in ("properties", "example", "examples", "default", "enum", "const"):
                count += _untitle(value)
            elif key == "properties" and isinstance(value, dict):
                count += sum(_untitle(v) for v in value.values())
    elif isinstance(node, list):
        count += sum(_untitle(v) for v in node)
    return count


def drop_class_titles(spec: dict[str, Any]) -> int:
    """Remove `title` from the schemas the generator makes classes of (components, and inline ones in
    operations); returns how many. Keeps `title` on an operation (not a schema) as it is."""
    count = _untitle((spec.get("components") or {}).get("schemas") or {})
    for item in (spec.get("paths") or {}).values():
        for parameter in (item.get("parameters") or []) if isinstance(item, dict) else []:
            if isinstance(parameter, dict):
                count += _untitle(parameter.get("schema"))
    for _path, _method, op in operations(spec):
        for parameter in op.get("parameters") or []:
            if isinstance(parameter, dict):
                count += _untitle(parameter.get("schema"))
        for part in ("requestBody", "responses", "callbacks"):
            count += _untitle(_schemas_under(op.get(part)))
    return count


def _schemas_under(node: Any) -> list[Any]:
    """The `schema` values under an operation part (content, headers), not the part's own keys."""
    found: list[Any] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "schema":
                found.append(value)
            else:
                found.extend(_schemas_under(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_schemas_under(value))
    return found
