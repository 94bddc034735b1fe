"""Per-call `extra_headers=` / `extra_query=` / `extra_body=`, and settings refused where they are given
(construction, environment, `with_options`, per call) with a typed error naming the setting and its
source. Against a real local server that records what arrives."""

from __future__ import annotations

import asyncio
import json
import math
from typing import Any

import finalpos
import httpx
import pytest
from finalpos import AsyncFinalPOS, FinalPOS
from finalpos._exceptions import InvalidArgumentError

from .conftest import CANARY_KEY, LocalServer, Reply

CUSTOMER = {"id": "c1", "email": "a@b.c", "firstName": "Ann", "lastName": "Lee"}
CUSTOMER_ARGS: dict[str, Any] = {"email": "a@b.c", "first_name": "Ann", "last_name": "Lee"}


# --- extra_headers / extra_query / extra_body --------------------------------------------------


def test_extras_are_merged_after_the_generated_values(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, CUSTOMER))
    client.customers.create(
        **CUSTOMER_ARGS,
        extra_headers={"X-Tenant": "t1", "Accept": "application/vnd.finalpos+json"},
        extra_query={"dryRun": "true"},
        extra_body={"loyaltyTier": "gold", "email": "b@b.c"},
    )
    seen = server.seen[0]
    assert seen.headers["x-tenant"] == "t1" and seen.headers["accept"] == "application/vnd.finalpos+json"
    assert seen.headers["x-api-key"] == CANARY_KEY
    assert seen.path == "/v1/api/customer?dryRun=true"
    body = json.loads(seen.body)
    assert body["loyaltyTier"] == "gold" and body["email"] == "b@b.c" and body["firstName"] == "Ann"


def test_every_page_of_a_list_carries_the_extras(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, [CUSTOMER, CUSTOMER]), Reply(200, [CUSTOMER]))
    items = list(client.customers.list(limit=2, extra_query={"outletId": "o1", "limit": 2}, extra_headers={"X-T": "1"}))
    assert len(items) == 3
    assert [r.path for r in server.seen] == [
        "/v1/api/customers?skip=0&limit=2&outletId=o1",
        "/v1/api/customers?skip=2&limit=2&outletId=o1",
    ]
    assert all(r.headers["x-t"] == "1" for r in server.seen)


@pytest.mark.parametrize("name", ["x-api-key", "X-API-KEY", "X-Api-Key"])
def test_extra_headers_can_never_touch_the_key(client: FinalPOS, server: LocalServer, name: str) -> None:
    with pytest.raises(InvalidArgumentError, match="x-api-key") as caught:
        client.sessions.retrieve("s1", extra_headers={name: "stolen"})
    assert caught.value.argument == "extra_headers" and server.seen == []
    with pytest.raises(InvalidArgumentError):
        client.sessions.with_raw_response.retrieve("s1", extra_headers={name: ""})
    assert server.seen == []


def test_extra_body_needs_a_json_object_body(client: FinalPOS, server: LocalServer) -> None:
    with pytest.raises(InvalidArgumentError, match="extra_body"):
        client.sessions.retrieve("s1", extra_body={"a": 1})
    assert server.seen == []


def test_bad_extras_are_typed_errors_before_sending(client: FinalPOS, server: LocalServer) -> None:
    for kwargs in (
        {"extra_headers": {"X-A": 1}},
        {"extra_headers": {"X-A": "line\r\nbreak"}},
        {"extra_headers": "X-A: 1"},
        {"extra_query": ["a", "b"]},
        {"extra_query": {"a": object()}},
        {"extra_body": {1: "a"}},
    ):
        with pytest.raises(InvalidArgumentError):
            client.customers.create(**CUSTOMER_ARGS, **kwargs)
    assert server.seen == []


def test_async_and_raw_methods_take_the_extras(server: LocalServer, waits: list[float]) -> None:
    async def run() -> None:
        async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
            server.reply(Reply(200, {"id": "s1"}), Reply(200, [CUSTOMER]))
            raw = await client.sessions.with_raw_response.retrieve("s1", extra_headers={"X-A": "1"})
            assert raw.parsed.id == "s1"
            items = [c async for c in client.customers.list(extra_query={"q": "z"}, prefetch=1)]
            assert len(items) == 1

    asyncio.run(run())
    assert server.seen[0].headers["x-a"] == "1" and server.seen[1].path.endswith("&q=z")


# --- settings checked where they are given ---------------------------------------------------------


@pytest.mark.parametrize("url", ["127.0.0.1:4010", "localhost", "ftp://h/", "http://", "/v1/api", ""])
def test_base_url_must_be_absolute_http(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidArgumentError, match=r"base_url \(from argument\)") as caught:
        FinalPOS(api_key="k", base_url=url)
    assert caught.value.argument == "base_url"
    if url:
        monkeypatch.setenv("FINALPOS_BASE_URL", url)
        with pytest.raises(InvalidArgumentError, match=r"FINALPOS_BASE_URL \(from environment variable\)"):
            AsyncFinalPOS(api_key="k")


@pytest.mark.parametrize("timeout", ["abc", 0, -1, math.nan, math.inf, 2**70, True, httpx.Timeout(5.0, connect=-1.0)])
def test_timeouts_must_be_positive_finite(client: FinalPOS, server: LocalServer, timeout: Any) -> None:
    with pytest.raises(InvalidArgumentError, match=r"timeout \(from argument\)"):
        FinalPOS(api_key="k", base_url="http://127.0.0.1:1", timeout=timeout)
    with pytest.raises(InvalidArgumentError, match=r"timeout \(from with_options\(\)\)"):
        client.with_options(timeout=timeout)
    with pytest.raises(InvalidArgumentError, match="timeout"):
        client.sessions.retrieve("s1", timeout=timeout)
    assert server.seen == []


@pytest.mark.parametrize("retries", [-1, "3", 1.5, True, None])
def test_max_retries_must_be_a_non_negative_int(client: FinalPOS, retries: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        FinalPOS(api_key="k", base_url="http://127.0.0.1:1", max_retries=retries)
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        client.with_options(max_retries=retries)


def test_other_settings_are_checked_too() -> None:
    for kwargs, name in [
        ({"retry_posts": "yes"}, "retry_posts"),
        ({"strict_response_validation": 1}, "strict_response_validation"),
        ({"default_headers": {"X-A": 1}}, "default_headers"),
        ({"api_key": 123}, "api_key"),
    ]:
        with pytest.raises(InvalidArgumentError, match=name):
            FinalPOS(**{"api_key": "k", "base_url": "http://127.0.0.1:1", **kwargs})


def test_good_settings_still_work(server: LocalServer) -> None:
    server.reply(Reply(200, {"id": "s1"}))
    with FinalPOS(api_key="k", base_url=server.base_url + "/", timeout=httpx.Timeout(3.0), max_retries=0) as client:
        assert client.base_url == server.base_url
        assert client.with_options(timeout=None, max_retries=5).sessions.retrieve("s1").id == "s1"


@pytest.mark.parametrize(
    "kwargs", [{"limit": 0}, {"limit": "10"}, {"skip": -1}, {"skip": 1.0}, {"limit": True}, {"skip": None}]
)
def test_page_arguments_are_typed_errors(client: FinalPOS, server: LocalServer, kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        client.customers.list(**kwargs)
    assert caught.value.argument in kwargs and server.seen == []
    with pytest.raises(finalpos.InvalidArgumentError):
        AsyncFinalPOS(api_key="k", base_url=server.base_url).customers.list(prefetch=-1)
    with pytest.raises(finalpos.InvalidArgumentError, match="prefetch"):
        AsyncFinalPOS(api_key="k", base_url=server.base_url).customers.list(prefetch=10**6)
