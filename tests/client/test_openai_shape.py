"""What openai-python users reach for, against a real local server: `client.copy(**any constructor
option)` (alias `with_options`), `default_headers` / `default_query`, `client.get/post/put/patch/delete`
for paths the spec lacks (auth, retries, typed errors, lenient parsing), request ids on responses,
errors and models, `exc.error` (the parsed ErrorResponse), connection errors naming the host, and a
closed client raising a `FinalPOSError` (sync, async, after a `with` block)."""

from __future__ import annotations

import asyncio
import json
import socket

import finalpos
import httpx
import pytest
from finalpos import AsyncFinalPOS, FinalPOS
from finalpos.models import Customer, ErrorResponse, Session

from .conftest import CANARY_KEY, Drop, LocalServer, Reply

OTHER_KEY = "sk-other-0000000000000001"


def test_copy_takes_any_constructor_option_and_shares_the_pool(client: FinalPOS, server: LocalServer) -> None:
    other = LocalServer().start()
    other.default = Reply(200, {"id": "default"})
    try:
        copied = client.copy(api_key=OTHER_KEY, default_headers={"X-Tenant": "t1"}, default_query={"outletId": "o1"})
        assert copied._http is client._http and copied.api_key == OTHER_KEY and client.api_key == CANARY_KEY
        server.reply(Reply(200, {"id": "s1"}), Reply(200, {"id": "s2"}))
        assert copied.sessions.retrieve("s1").id == "s1"
        assert client.sessions.retrieve("s2").id == "s2"
        first, second = server.seen
        assert first.headers["x-api-key"] == OTHER_KEY and first.headers["x-tenant"] == "t1"
        assert first.path == "/v1/api/session/s1?outletId=o1"
        assert second.headers["x-api-key"] == CANARY_KEY and "x-tenant" not in second.headers
        assert second.path == "/v1/api/session/s2"

        moved = copied.with_options(base_url=other.base_url, max_retries=0)  # the alias, on a copy
        other.reply(Reply(200, {"id": "s3"}))
        assert moved.sessions.retrieve("s3").id == "s3"
        assert other.seen[0].headers["x-api-key"] == OTHER_KEY and len(server.seen) == 2
        with pytest.raises(finalpos.InvalidArgumentError, match=r"max_retries \(from copy\(\)\)"):
            client.copy(max_retries=-1)
    finally:
        other.stop()


def test_copy_with_its_own_http_client(server: LocalServer) -> None:
    with httpx.Client() as mine:
        with FinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
            copied = client.copy(http_client=mine, timeout=5.0)
            server.reply(Reply(200, {"id": "s1"}))
            assert copied.sessions.retrieve("s1").id == "s1" and copied._http is mine
            assert "x-api-key" not in mine.headers  # the key rides on our requests, not in their client
            with pytest.raises(finalpos.InvalidArgumentError, match="http_client"):
                client.copy(http_client=httpx.AsyncClient())
        assert not mine.is_closed  # closing our client leaves theirs open


def test_default_query_cannot_carry_bad_values() -> None:
    with pytest.raises(finalpos.InvalidArgumentError, match="default_query"):
        FinalPOS(api_key="k", base_url="http://127.0.0.1:9", default_query={"x": object()})


def test_get_on_a_path_the_spec_lacks(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(503), Reply(200, {"id": "c1", "email": 5, "tier": "gold"}, headers={"x-request-id": "r-7"}))
    customer = client.get("/v1/api/customer-by-email", cast_to=Customer, params={"email": "a@b.c"})
    assert customer.id == "c1" and customer.unparsed == {"email": 5} and customer.custom_fields == {"tier": "gold"}
    assert customer._request_id == "r-7"
    retried, sent = server.seen
    assert sent.path == "/v1/api/customer-by-email?email=a%40b.c" and sent.headers["x-api-key"] == CANARY_KEY
    assert retried.method == sent.method == "GET"


def test_raw_calls_parse_every_cast_to(client: FinalPOS, server: LocalServer) -> None:
    server.default = lambda seen: Reply(200, [{"id": "s1"}, {"id": "s2", "openTime": "2024-02-30"}])
    sessions = client.post("/v1/api/sessions/search", cast_to=list[Session], body={"q": Customer(id="c1")})
    assert [s.id for s in sessions] == ["s1", "s2"] and sessions[1].unparsed == {"openTime": "2024-02-30"}
    assert json.loads(server.seen[-1].body) == {"q": {"id": "c1"}}
    assert client.put("/v1/api/x", cast_to=list, body=[1]) == [{"id": "s1"}, {"id": "s2", "openTime": "2024-02-30"}]
    assert client.patch("/v1/api/x", cast_to=httpx.Response).status_code == 200
    assert isinstance(client.delete("/v1/api/x", cast_to=str), str)
    assert client.get("/v1/api/x", cast_to=type(None)) is None
    with pytest.raises(finalpos.APIResponseValidationError):
        client.get("/v1/api/x", cast_to=dict)  # a list arrived
    sent = len(server.seen)
    for bad in ({"path": "https://elsewhere.example/x"}, {"path": "v1/x"}, {"headers": {"X-API-KEY": "k"}}):
        with pytest.raises(finalpos.InvalidArgumentError):
            client.get(**{"path": "/v1/api/x", "cast_to": object, **bad})  # type: ignore[arg-type]
    with pytest.raises(finalpos.InvalidArgumentError, match="cast_to"):
        client.get("/v1/api/x", cast_to=int)
    assert len(server.seen) == sent  # refused before sending


def test_strict_raw_calls_and_async(server: LocalServer) -> None:
    server.default = lambda seen: Reply(200, {"id": "s1", "openTime": "2024-02-30"})

    async def run() -> Session:
        async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url, strict_response_validation=True) as c:
            with pytest.raises(finalpos.APIResponseValidationError, match="openTime"):
                await c.get("/v1/api/session/s1", cast_to=Session)
            return await c.with_options(strict_response_validation=False).get("/v1/api/session/s1", cast_to=Session)

    assert asyncio.run(run()).unparsed == {"openTime": "2024-02-30"}


def test_404_has_request_id_and_parsed_error(client: FinalPOS, server: LocalServer) -> None:
    body = {"statusCode": 404, "message": f"no customer for key {CANARY_KEY}", "error": "Not Found"}
    server.reply(Reply(404, body, headers={"x-request-id": "req-404"}))
    with pytest.raises(finalpos.NotFoundError) as caught:
        client.sessions.retrieve("nope")
    exc = caught.value
    assert exc.request_id == "req-404"
    assert isinstance(exc.error, ErrorResponse)
    assert (exc.error.status_code, exc.error.error) == (404, "Not Found")
    assert exc.body == {**body, "message": "no customer for key ***"}  # the echoed key masked in body too
    assert CANARY_KEY not in str(exc) + repr(exc.body) + exc.error.to_json()
    server.reply(Reply(200, [f"echo {CANARY_KEY}"]))  # a 2xx that does not fit: its body is masked too
    with pytest.raises(finalpos.APIResponseValidationError) as invalid:
        client.sessions.retrieve("s1")
    assert invalid.value.body == ["echo ***"]
    server.reply(Reply(500, b"plain text", headers={"x-should-retry": "false"}))
    with pytest.raises(finalpos.InternalServerError) as caught_500:
        client.sessions.retrieve("s1")
    assert caught_500.value.error is None and caught_500.value.request_id is None


def test_request_id_on_raw_response_and_models(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, {"id": "s1"}, headers={"x-request-id": "r-1"}))
    raw = client.sessions.with_raw_response.retrieve("s1")
    assert raw.request_id == "r-1" and raw.parsed._request_id == "r-1"
    server.reply(Reply(200, [{"id": "c1"}], headers={"x-request-id": "r-2"}))
    assert [c._request_id for c in client.customers.list()] == ["r-2"]
    assert Session(id="s1")._request_id is None and Session(id="s1") == raw.parsed  # not part of equality


def _refused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_errors_name_the_host_never_the_key(server: LocalServer) -> None:
    port = _refused_port()
    with FinalPOS(api_key=CANARY_KEY, base_url=f"http://127.0.0.1:{port}", max_retries=0) as client:
        with pytest.raises(finalpos.APIConnectionError) as caught:
            client.sessions.retrieve("s1")
    assert f"http://127.0.0.1:{port}" in str(caught.value) and CANARY_KEY not in str(caught.value)
    server.reply(Drop())
    with FinalPOS(api_key=CANARY_KEY, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(finalpos.APIConnectionError, match=server.base_url):
            client.get("/v1/api/x", cast_to=object)


def test_calls_on_a_closed_client_are_finalpos_errors(server: LocalServer) -> None:
    with FinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
        copied = client.with_options(max_retries=0)
    for closed in (client, copied):
        with pytest.raises(finalpos.ClientClosedError, match="closed"):
            closed.sessions.retrieve("s1")
        with pytest.raises(finalpos.FinalPOSError):
            list(closed.customers.list())
        with pytest.raises(finalpos.FinalPOSError):
            closed.get("/v1/api/x", cast_to=object)

    async def run() -> None:
        aclient = AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url)
        await aclient.close()
        with pytest.raises(finalpos.ClientClosedError):
            await aclient.sessions.retrieve("s1")
        async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as inside:
            pass
        with pytest.raises(finalpos.FinalPOSError):
            async for _ in inside.customers.list():
                pass

    asyncio.run(run())
    assert server.seen == []
