"""Pagers (skip/limit walking, `.pages()`, async prefetch) and AsyncFinalPOS parity, on a local server."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import finalpos
import pytest
from finalpos import AsyncFinalPOS, FinalPOS
from finalpos.models import Customer

from .conftest import CANARY_KEY, LocalServer, Reply


def catalogue(total: int, delay: float = 0.0):
    """A server-side list of `total` customers honouring skip/limit, like the real API."""

    def answer(seen) -> Reply:
        query = parse_qs(urlsplit(seen.path).query)
        skip, limit = int(float(query["skip"][0])), int(float(query["limit"][0]))
        items = [{"id": f"c{i}"} for i in range(skip, min(skip + limit, total))]
        return Reply(200, items, delay_s=delay)

    return answer


def page_queries(server: LocalServer) -> list[tuple[int, int]]:
    out = []
    for seen in server.seen:
        q = parse_qs(urlsplit(seen.path).query)
        out.append((int(float(q["skip"][0])), int(float(q["limit"][0]))))
    return out


def test_list_walks_pages_lazily_until_a_short_page(client: FinalPOS, server: LocalServer) -> None:
    server.default = catalogue(250)
    pager = client.customers.list(limit=100)
    assert server.seen == []  # nothing sent before iterating
    ids = [c.id for c in pager]
    assert ids == [f"c{i}" for i in range(250)]
    assert all(isinstance(c, Customer) for c in client.customers.list(limit=100))
    assert page_queries(server)[:3] == [(0, 100), (100, 100), (200, 100)]


def test_exact_multiple_needs_one_empty_page_and_pages_are_exposed(client: FinalPOS, server: LocalServer) -> None:
    server.default = catalogue(200)
    pages = list(client.customers.list(limit=100).pages())
    assert [len(p) for p in pages] == [100, 100, 0]
    assert [p.skip for p in pages] == [0, 100, 200] and pages[0].has_next_page and not pages[2].has_next_page
    assert pages[0].response.status_code == 200


def test_skip_starts_later_and_early_break_stops_fetching(client: FinalPOS, server: LocalServer) -> None:
    server.default = catalogue(1000)
    taken = []
    for customer in client.customers.list(limit=10, skip=50):
        taken.append(customer.id)
        if len(taken) == 15:
            break
    assert taken[-1] == "c64" and page_queries(server) == [(50, 10), (60, 10)]


def test_bad_limits_are_refused(client: FinalPOS) -> None:
    with pytest.raises(ValueError):
        client.customers.list(limit=0)
    with pytest.raises(ValueError):
        client.customers.list(skip=-1)


def test_schemaless_list_yields_json_items(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, [{"_id": {"$oid": "1"}}, {"_id": {"$oid": "2"}}]))
    rows = list(client.custom_table_rows.list(table_id="t1"))
    assert rows == [{"_id": {"$oid": "1"}}, {"_id": {"$oid": "2"}}]
    assert "tableId=t1" in server.seen[0].path


def test_errors_inside_a_walk_are_typed(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, [{"id": "c0"}] * 2), Reply(404, {"message": "gone"}))
    with pytest.raises(finalpos.NotFoundError):
        list(client.customers.list(limit=2))


async def test_async_pager_in_order_with_prefetch_concurrency(server: LocalServer, waits) -> None:
    server.default = catalogue(95, delay=0.05)
    async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
        ids = [c.id async for c in client.customers.list(limit=10, prefetch=4)]
        assert ids == [f"c{i}" for i in range(95)]
        assert server.max_in_flight >= 3  # pages were fetched ahead concurrently
        await asyncio.sleep(0.2)  # let the cancelled look-ahead requests finish on the server
        server.seen.clear()
        server.max_in_flight = 0
        sequential = [c.id async for c in client.customers.list(limit=10)]
        assert sequential == ids and server.max_in_flight == 1
        pages = [p async for p in client.customers.list(limit=50, prefetch=2).pages()]
        assert [len(p) for p in pages] == [50, 45]


async def test_async_early_break_cancels_prefetched_pages(server: LocalServer) -> None:
    server.default = catalogue(10_000, delay=0.02)
    async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
        pager = client.customers.list(limit=10, prefetch=3)
        seen = []
        async for customer in pager:
            seen.append(customer.id)
            if len(seen) == 25:
                break
        await asyncio.sleep(0.1)
        assert seen == [f"c{i}" for i in range(25)] and len(server.seen) <= 7


async def test_async_parity_errors_retries_raw(server: LocalServer, waits) -> None:
    async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
        server.reply(Reply(503), Reply(200, {"id": "s1"}))
        raw = await client.sessions.with_raw_response.retrieve("s1")
        assert raw.retries_taken == 1 and raw.parsed.id == "s1" and len(waits) == 1
        server.reply(Reply(503))
        with pytest.raises(finalpos.InternalServerError):
            await client.customers.create(email="a@b.c", first_name="A", last_name="B")
        server.reply(Reply(200, b"nope"))
        with pytest.raises(finalpos.APIResponseValidationError):
            await client.sessions.retrieve("s1")
        with pytest.raises(ValueError):
            await client.sessions.retrieve("")
    sync_names = {n for n in dir(FinalPOS) if not n.startswith("_")}
    async_names = {n for n in dir(AsyncFinalPOS) if not n.startswith("_")}
    assert sync_names == async_names
