"""Pagers for list operations: the API pages with `skip`/`limit` and returns bare JSON arrays (or
page envelopes, whose items `_envelopes.envelope_parser` reads, with the total they state).

A pager sends nothing until iterated; it then asks for `limit` items at a time and stops after the
first short page. Only the current page is held (plus up to `prefetch` pages ahead in the async
pager), so memory stays flat however many items are walked. Pages are independent requests, so
`AsyncPager(prefetch=N)` fetches the next N pages concurrently and still yields items in order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import InvalidArgumentError
from ._response import RETURNING, APIResponse

if TYPE_CHECKING:
    import asyncio  # imported at run time only by the async pager, so `import finalpos` stays cheap

__all__ = ["AsyncPager", "Page", "SyncPager"]

T = TypeVar("T")


class Page(Generic[T]):
    """One page: its `items`, the `skip`/`limit` it was asked with, and the raw `response`."""

    __slots__ = ("items", "limit", "response", "skip")

    def __init__(self, items: list[T], skip: int, limit: int, response: APIResponse[list[T]]) -> None:
        self.items = items
        self.skip = skip
        self.limit = limit
        self.response = response

    @property
    def total(self) -> int | None:
        """The count of all items, where the API states it (a page envelope's total), else None."""
        total = getattr(self.items, "total", None)
        return total if isinstance(total, int) else None

    @property
    def has_next_page(self) -> bool:
        """Where the API states a total: items remain past this page. Else a full page may have
        more after it and a short one is the last."""
        if self.total is not None:
            return bool(self.items) and self.skip + len(self.items) < self.total
        return len(self.items) >= self.limit

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<Page skip={self.skip} limit={self.limit} items={len(self.items)}>"


# Pages kept in flight at once; more only piles requests onto the server (and tasks into memory).
MAX_PREFETCH = 64


def _check_count(name: str, value: object, minimum: int, maximum: int | None = None) -> None:
    """An int (not bool) in [minimum, maximum], else `InvalidArgumentError` before any request."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidArgumentError(f"{name} must be an int, not {type(value).__name__}", argument=name)
    if value < minimum or (maximum is not None and value > maximum):
        bound = f">= {minimum}" if maximum is None else f"in [{minimum}, {maximum}]"
        raise InvalidArgumentError(f"{name} must be {bound}, got {value}", argument=name)


def _check(skip: int, limit: int) -> None:
    _check_count("limit", limit, 1)
    _check_count("skip", skip, 0)


class SyncPager(Generic[T]):
    """`for item in client.customers.list(limit=100)`; `.pages()` for page access."""

    def __init__(self, fetch: Callable[[int, int], APIResponse[list[T]]], *, skip: int, limit: int) -> None:
        if RETURNING.get() != "raw":  # a raw twin sends the page it is asked for as given, unchecked
            _check(skip, limit)
        self._fetch = fetch
        self.skip = skip
        self.limit = limit

    def pages(self) -> Iterator[Page[T]]:
        skip = self.skip
        while True:
            response = self._fetch(skip, self.limit)
            page = Page(response.parsed, skip, self.limit, response)
            yield page
            if not page.has_next_page:
                return
            skip += self.limit

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def _first_response(self) -> APIResponse[list[T]]:
        """The first page's response alone: what the method's `with_raw_response` twin returns."""
        return self._fetch(self.skip, self.limit)

    def __repr__(self) -> str:
        return f"<SyncPager skip={self.skip} limit={self.limit}>"


def _retrieve(task: asyncio.Future[Any]) -> None:
    # A prefetched page nobody awaits (walk stopped early) must not log "exception never retrieved".
    if not task.cancelled():
        task.exception()


class AsyncPager(Generic[T]):
    """`async for item in client.customers.list(limit=100, prefetch=4)`; `.pages()` for page access.

    prefetch=N keeps up to N further pages in flight while the current one is consumed (asyncio).
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[APIResponse[list[T]]]],
        *,
        skip: int,
        limit: int,
        prefetch: int = 0,
    ) -> None:
        if RETURNING.get() != "raw":  # a raw twin sends the page it is asked for as given, unchecked
            _check(skip, limit)
            _check_count("prefetch", prefetch, 0, MAX_PREFETCH)
        self._fetch = fetch
        self.skip = skip
        self.limit = limit
        self.prefetch = prefetch

    async def pages(self) -> AsyncIterator[Page[T]]:
        if self.prefetch == 0:
            skip = self.skip
            while True:
                response = await self._fetch(skip, self.limit)
                page = Page(response.parsed, skip, self.limit, response)
                yield page
                if not page.has_next_page:
                    return
                skip += self.limit
        import asyncio

        in_flight: deque[tuple[int, asyncio.Future[APIResponse[list[T]]]]] = deque()
        next_skip = self.skip

        def schedule() -> None:
            nonlocal next_skip
            task = asyncio.ensure_future(self._fetch(next_skip, self.limit))
            task.add_done_callback(_retrieve)
            in_flight.append((next_skip, task))
            next_skip += self.limit

        try:
            for _ in range(self.prefetch + 1):
                schedule()
            while in_flight:
                skip, task = in_flight.popleft()
                response = await task
                page = Page(response.parsed, skip, self.limit, response)
                if not page.has_next_page:
                    for _, pending in in_flight:
                        pending.cancel()
                    in_flight.clear()
                    yield page
                    return
                schedule()
                yield page
        finally:
            for _, pending in in_flight:
                pending.cancel()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def _first_response(self) -> APIResponse[list[T]]:
        return await self._fetch(self.skip, self.limit)

    def __repr__(self) -> str:
        return f"<AsyncPager skip={self.skip} limit={self.limit} prefetch={self.prefetch}>"
