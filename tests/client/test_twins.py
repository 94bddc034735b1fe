"""`with_raw_response` twins wrap the resource methods (runtime `_twins.py`): the same arguments and the
same request, the `APIResponse` in place of the parsed result, on a local server."""

from __future__ import annotations

import asyncio
import inspect
from urllib.parse import parse_qs, urlsplit

import finalpos
import pytest
from finalpos import APIResponse, AsyncFinalPOS, FinalPOS
from finalpos.models import Customer, Session

from .conftest import CANARY_KEY, LocalServer, Reply


def test_a_raw_twin_has_its_methods_signature(client: FinalPOS) -> None:
    for raw, method in (
        (client.customers.with_raw_response.create, client.customers.create),
        (client.customers.with_raw_response.list, client.customers.list),
        (client.sessions.with_raw_response.retrieve, client.sessions.retrieve),
    ):
        assert inspect.signature(raw) == inspect.signature(method)
        assert raw.__doc__ == method.__doc__  # the method's own docs, Args and all


def test_a_raw_twin_sends_the_methods_request_and_returns_its_response(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(201, {"id": "c1", "email": "a@b.c"}), Reply(201, {"id": "c1", "email": "a@b.c"}))
    parsed = client.customers.create(email="a@b.c", first_name="A", last_name="B", extra_headers={"X-T": "1"})
    raw = client.customers.with_raw_response.create(
        email="a@b.c", first_name="A", last_name="B", extra_headers={"X-T": "1"}
    )
    assert isinstance(parsed, Customer) and isinstance(raw, APIResponse) and raw.parsed == parsed
    assert raw.status_code == 201
    first, second = server.seen
    assert (first.method, first.path, first.body) == (second.method, second.path, second.body)
    assert first.headers["x-t"] == second.headers["x-t"] == "1"


def test_a_list_methods_raw_twin_fetches_the_one_page_asked_for_as_given(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, [{"id": "c1"}]))
    page = client.customers.with_raw_response.list(skip=0, limit=0)  # the pager would refuse limit=0
    assert [c.id for c in page.parsed] == ["c1"]
    assert parse_qs(urlsplit(server.seen[0].path).query) == {"skip": ["0"], "limit": ["0"]}
    with pytest.raises(finalpos.InvalidArgumentError):
        client.customers.list(limit=0)
    assert len(server.seen) == 1  # refused before anything was sent


async def test_raw_and_parsed_calls_run_together_without_mixing_results(server: LocalServer) -> None:
    server.default = lambda seen: Reply(200, {"id": "s1"}, delay_s=0.05)
    async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
        results = await asyncio.gather(
            client.sessions.with_raw_response.retrieve("s1"),
            client.sessions.retrieve("s1"),
            client.sessions.with_raw_response.retrieve("s1"),
            client.sessions.retrieve("s1"),
        )
    assert [type(r) for r in results] == [APIResponse, Session, APIResponse, Session]
    assert server.max_in_flight >= 2  # they were in flight at once
