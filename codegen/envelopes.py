"""Page envelopes, recognised by shape (`codegen/config/pagination.yaml`): which list responses wrap
their items, where the items and the total sit. Read by the normaliser (names: `<Entity>Page`
around `<Entity>`), the surface (a pager over the items) and the fake (answers in the envelope)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from .spec import ref_name
from .workspace import CONFIG_DIR

__all__ = ["Envelope", "match_envelope"]


@dataclass(frozen=True)
class Envelope:
    items: str  # wire name of the array of items
    total: tuple[str, ...] = ()  # wire path to the count of all items; () when the shape has none


@cache
def _shapes() -> tuple[Envelope, ...]:
    data = yaml.safe_load((CONFIG_DIR / "pagination.yaml").read_text()) or {}
    return tuple(
        Envelope(str(e["items"]), tuple(str(e["total"]).split(".")) if e.get("total") else ())
        for e in data.get("envelopes") or []
    )


def _resolved(node: Any, components: dict[str, Any]) -> dict[str, Any]:
    for _ in range(16):
        name = ref_name(node)
        if name is None:
            break
        node = components.get(name)
    if isinstance(node, dict) and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
        return _resolved(node["allOf"][0], components)
    return node if isinstance(node, dict) else {}


def match_envelope(schema: Any, components: dict[str, Any] | None = None) -> Envelope | None:
    """The first configured envelope shape `schema` has, else None (`$ref`s resolved in `components`)."""
    components = components or {}
    resolved = _resolved(schema, components)
    props = resolved.get("properties") or {}
    for shape in _shapes():
        items = _resolved(props.get(shape.items), components)
        if items.get("type") != "array" or not _resolved(items.get("items"), components).get("properties"):
            continue
        node: dict[str, Any] = resolved
        for part in shape.total:
            node = _resolved((node.get("properties") or {}).get(part), components)
        if not shape.total or node.get("type") in ("integer", "number"):
            return shape
    return None
