"""Part of stage 3 (normalise): a property the spec marks `deprecated: true` says so in its docs.

The generator leaves the flag out of the model, so its description (the attribute's line in the model
docstring) gets "Deprecated by the API." appended; the change report lists the flag separately
(`field deprecated`, not breaking: the attribute still works)."""

from __future__ import annotations

from typing import Any

__all__ = ["DEPRECATED_NOTE", "describe_deprecated_properties"]

DEPRECATED_NOTE = "Deprecated by the API."


def describe_deprecated_properties(node: Any) -> int:
    """In place: every deprecated property's description ends with the note; the count."""
    if isinstance(node, list):
        return sum(describe_deprecated_properties(v) for v in node)
    if not isinstance(node, dict):
        return 0
    count = 0
    for prop in (node.get("properties") or {}).values() if isinstance(node.get("properties"), dict) else ():
        if isinstance(prop, dict) and prop.get("deprecated") is True:
            text = str(prop.get("description") or "").strip()
            if not text.endswith(DEPRECATED_NOTE):
                prop["description"] = f"{text} {DEPRECATED_NOTE}".strip()
                count += 1
    return count + sum(describe_deprecated_properties(v) for v in node.values())
