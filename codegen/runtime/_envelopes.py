"""Page envelopes: list responses that wrap their items (`{data: [...], meta: {total, ...}}`).

The pipeline recognises them by shape (`codegen/config/pagination.yaml`) and gives the list method a
pager over the items, like the API's bare-array lists. `envelope_parser` reads one page: the items
(the envelope model's items field) as a `PageItems` list that also carries the `total` the envelope
states (None if absent or not a count), the `next` cursor or link it states (None if absent, null or
not a string; cursor-paged envelopes) and the whole `envelope` model, so a page knows whether more
follow without asking for a short page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import httpx

from .types import Unset

__all__ = ["PageItems", "envelope_parser"]

T = TypeVar("T")


class PageItems(list[T], Generic[T]):
    """The items of one page (a plain list), with the envelope's `total`, `next` and the `envelope`."""

    def __init__(
        self, items: Iterable[T] = (), total: int | None = None, envelope: Any = None, next: str | None = None
    ) -> None:
        super().__init__(items)
        self.total = total
        self.envelope = envelope
        self.next = next


def envelope_parser(
    from_dict: Callable[[Any], Any], items_attr: str, total_path: Sequence[str], next_path: Sequence[str] = ()
) -> Callable[[httpx.Response], PageItems[Any]]:
    """Parse an envelope (its model's `from_dict`) into its items; total and next read from wire paths."""

    def parse(response: httpx.Response) -> PageItems[Any]:
        data = response.json()
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object (a page envelope), got {type(data).__name__}")
        envelope = from_dict(data)
        items = getattr(envelope, items_attr)
        node = _at(data, total_path)
        total = node if isinstance(node, int) and not isinstance(node, bool) and total_path else None
        following = _at(data, next_path)
        following = following if isinstance(following, str) and following and next_path else None
        return PageItems([] if isinstance(items, Unset) else items, total, envelope, following)

    return parse


def _at(data: Any, path: Sequence[str]) -> Any:
    """The value at a dotted wire path (as a sequence of keys) in decoded JSON, else None."""
    node: Any = data
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    return node
