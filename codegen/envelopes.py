"""Page envelopes, recognised by shape (`codegen/config/pagination.yaml`): which list responses wrap
their items, where the items and the total sit, and how the next page is asked for: by skip/limit,
by a cursor query parameter the envelope states the next value of, or by the next link it states.
Read by the normaliser (names: `<Entity>Page` around `<Entity>`), the surface (a pager over the
items) and the fake (answers in the envelope)."""

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
    next: tuple[str, ...] = ()  # wire path to the next page's cursor or link (a string, null at the end)
    cursor: str = ""  # the query parameter taking the cursor (cursor-paged); "" otherwise
    link: bool = False  # `next` is a link to the next page (link-paged)

    @property
    def paging(self) -> str:
        """How the next page is asked for: "skip" (skip/limit), "cursor" or "link"."""
        return "link" if self.link else "cursor" if self.cursor else "skip"

    @property
    def query(self) -> frozenset[str]:
        """The query parameters a list operation must take for its response to be read as this shape."""
        return frozenset({"skip": {"skip", "limit"}, "cursor": {self.cursor, "limit"}, "link": {"limit"}}[self.paging])


@cache
def _shapes() -> tuple[Envelope, ...]:
    data = yaml.safe_load((CONFIG_DIR / "pagination.yaml").read_text()) or {}
    return tuple(
        Envelope(
            str(e["items"]),
            _path(e.get("total")),
            _path(e.get("next")),
            str(e.get("cursor") or ""),
            bool(e.get("link")),
        )
        for e in data.get("envelopes") or []
    )


def _path(dotted: Any) -> tuple[str, ...]:
    return tuple(str(dotted).split(".")) if dotted else ()


def _resolved(node: Any, components: dict[str, Any]) -> dict[str, Any]:
    for _ in range(16):
        name = ref_name(node)
        if name is None:
            break
        node = components.get(name)
    if isinstance(node, dict) and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
        return _resolved(node["allOf"][0], components)
    return node if isinstance(node, dict) else {}


def _at(resolved: dict[str, Any], path: tuple[str, ...], components: dict[str, Any]) -> dict[str, Any]:
    node = resolved
    for part in path:
        node = _resolved((node.get("properties") or {}).get(part), components)
    return node


def _types(node: dict[str, Any], components: dict[str, Any]) -> set[str]:
    """The JSON types a schema allows (`type` as a string or list, `nullable`, `anyOf`/`oneOf` members)."""
    kind = node.get("type")
    found = {kind} if isinstance(kind, str) else {str(k) for k in kind} if isinstance(kind, list) else set()
    for member in (node.get("anyOf") or []) + (node.get("oneOf") or []):
        found |= _types(_resolved(member, components), components)
    return found


def match_envelope(
    schema: Any, components: dict[str, Any] | None = None, query: set[str] | frozenset[str] | None = None
) -> Envelope | None:
    """The first configured envelope shape `schema` has whose paging the operation's `query` parameters
    allow (None: any), else None (`$ref`s resolved in `components`)."""
    components = components or {}
    resolved = _resolved(schema, components)
    props = resolved.get("properties") or {}
    for shape in _shapes():
        if query is not None and not shape.query <= query:
            continue
        items = _resolved(props.get(shape.items), components)
        if items.get("type") != "array" or not _resolved(items.get("items"), components).get("properties"):
            continue
        if shape.total and not _types(_at(resolved, shape.total, components), components) & {"integer", "number"}:
            continue
        if shape.next and "string" not in _types(_at(resolved, shape.next, components), components):
            continue
        return shape
    return None
