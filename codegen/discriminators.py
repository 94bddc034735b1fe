"""Part of stage 3 (normalise): a union's `discriminator` written onto its members, before the
vendor's `$ref`s are inlined (a `mapping` names components, whose names do not survive normalising).

Each member of a `oneOf`/`anyOf` with a `discriminator` gets its tag as a one-value `enum` on the
tag property: the values the `mapping` gives its component, else (no mapping entry) its component
name, as OpenAPI defines; a member whose tag property already is a one-value enum keeps it. From
there the usual machinery reads what the member *is*: its name (`PaymentCard`, from the one-value
enum), the surface's union parser (which chooses a member by its fixed values, never by what fits
first), and the fake (which answers with the right tag). The `mapping` itself is dropped: its
targets are renamed, and the members now carry their tags.
"""

from __future__ import annotations

import copy
from typing import Any

from .spec import ref_name

__all__ = ["TAG_EXTENSION", "tag_discriminated_members", "apply_member_tags"]

# Carries a member's tag through the inlining of `$ref`s: {"property": ..., "values": [...]}.
TAG_EXTENSION = "x-finalpos-discriminator-tag"


def tag_discriminated_members(node: Any) -> int:
    """Mark, in place, every member of every discriminated union under `node`; the count of unions."""
    count = 0
    if isinstance(node, list):
        return sum(tag_discriminated_members(v) for v in node)
    if not isinstance(node, dict):
        return 0
    discriminator = node.get("discriminator")
    members = node.get("oneOf") or node.get("anyOf")
    if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str) and members:
        prop = discriminator["propertyName"]
        mapping = discriminator.get("mapping") or {}
        for member in members:
            if not isinstance(member, dict):
                continue
            name = ref_name(member) or (member["$ref"].rsplit("/", 1)[-1] if "$ref" in member else None)
            values = [v for v, target in sorted(mapping.items()) if _target_name(target) == name] if name else []
            if not values and name and not mapping:
                values = [name]
            if values:
                member[TAG_EXTENSION] = {"property": prop, "values": values}
        node["discriminator"] = {"propertyName": prop}
        count += 1
    return count + sum(tag_discriminated_members(v) for k, v in node.items() if k != "discriminator")


def _target_name(target: Any) -> str | None:
    """A mapping value: a `$ref` string or a bare component name."""
    if not isinstance(target, str):
        return None
    return target.rsplit("/", 1)[-1]


def apply_member_tags(node: Any) -> None:
    """After inlining: each marked member's tag property becomes its one-value enum (a private copy)."""
    if isinstance(node, list):
        for value in node:
            apply_member_tags(value)
        return
    if not isinstance(node, dict):
        return
    tag = node.pop(TAG_EXTENSION, None)
    if isinstance(tag, dict):
        props = node.setdefault("properties", {})
        current = props.get(tag["property"]) if isinstance(props.get(tag["property"]), dict) else {}
        fixed = isinstance(current.get("enum"), list) and len(current["enum"]) == 1
        if not fixed:
            props[tag["property"]] = {**copy.deepcopy(current), "type": "string", "enum": list(tag["values"])}
        if tag["property"] not in (node.get("required") or []):
            node["required"] = [*(node.get("required") or []), tag["property"]]
    for value in node.values():
        apply_member_tags(value)
