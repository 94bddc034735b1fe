"""Pagers for cursor-paged lists: a page envelope states where the next page starts (a cursor such as
`nextCursor`, or a next link such as `links.next`) and the last page states null.

Unlike skip/limit pages, page N+1 cannot be asked for before page N has answered, so there is no
prefetch: the pager sends nothing until iterated, then asks for one page at a time, passing the
previous page's `next` (None for the first page) to `fetch`, until a page has no `next`. Only the
current page is held. The page's items are a `PageItems` list whose `next` the envelope parser set.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from ._pagination import _check_count
from ._response import RETURNING, APIResponse

__all__ = ["AsyncCursorPager", "CursorPage", "SyncCursorPager", "follow_link"]

T = TypeVar("T")


class CursorPage(Generic[T]):
    """One page: its `items`, the `cursor` it was asked with (None: the first), the raw `response`."""

    __slots__ = ("cursor", "items", "response")

    def __init__(self, items: list[T], cursor: str | None, response: APIResponse[list[T]]) -> None:
        self.items = items
        self.cursor = cursor
        self.response = response

    @property
    def next(self) -> str | None:
        """Where the next page starts, as the envelope states it (a cursor or a link); None: last page."""
        value = getattr(self.items, "next", None)
        return value if isinstance(value, str) and value else None

    @property
    def has_next_page(self) -> bool:
        return self.next is not None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<CursorPage cursor={self.cursor!r} items={len(self.items)} next={self.next!r}>"


def _advance(page: CursorPage[T], seen: set[str]) -> str | None:
    """The next cursor, or None to stop: at the last page, or where the API repeats a cursor (a loop)."""
    cursor = page.next
    if cursor is None or cursor in seen:
        return None
    seen.add(cursor)
    return cursor


class SyncCursorPager(Generic[T]):
    """`for item in client.events.list(limit=100)`; `.pages()` for page access."""

    def __init__(self, fetch: Callable[[str | None, int], APIResponse[list[T]]], *, limit: int) -> None:
        if RETURNING.get() != "raw":  # a raw twin sends the page it is asked for as given, unchecked
            _check_count("limit", limit, 1)
        self._fetch = fetch
        self.limit = limit

    def pages(self) -> Iterator[CursorPage[T]]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            response = self._fetch(cursor, self.limit)
            page = CursorPage(response.parsed, cursor, response)
            yield page
            cursor = _advance(page, seen)
            if cursor is None:
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def _first_response(self) -> APIResponse[list[T]]:
        """The first page's response alone: what the method's `with_raw_response` twin returns."""
        return self._fetch(None, self.limit)

    def __repr__(self) -> str:
        return f"<SyncCursorPager limit={self.limit}>"


class AsyncCursorPager(Generic[T]):
    """`async for item in client.events.list(limit=100)`; `.pages()` for page access."""

    def __init__(self, fetch: Callable[[str | None, int], Awaitable[APIResponse[list[T]]]], *, limit: int) -> None:
        if RETURNING.get() != "raw":  # a raw twin sends the page it is asked for as given, unchecked
            _check_count("limit", limit, 1)
        self._fetch = fetch
        self.limit = limit

    async def pages(self) -> AsyncIterator[CursorPage[T]]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            response = await self._fetch(cursor, self.limit)
            page = CursorPage(response.parsed, cursor, response)
            yield page
            cursor = _advance(page, seen)
            if cursor is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def _first_response(self) -> APIResponse[list[T]]:
        return await self._fetch(None, self.limit)

    def __repr__(self) -> str:
        return f"<AsyncCursorPager limit={self.limit}>"


def follow_link(kwargs: dict[str, Any], link: str) -> dict[str, Any]:
    """The request for a page's next link: the operation's own path on the client's base URL (so the
    API key never goes to a host the link names) with the link's query in place of the built one."""
    params: dict[str, Any] = {}
    for key, value in parse_qsl(urlsplit(link).query, keep_blank_values=True):
        held = params.get(key)
        params[key] = value if held is None else [*held, value] if isinstance(held, list) else [held, value]
    return {**kwargs, "params": params}
