"""Property: whatever arguments any public method of either client gets, and whatever the server answers,
only `FinalPOSError` subclasses escape; an `InvalidArgumentError` means nothing was sent. One call in
ten goes to a client already closed: it must fail with a `FinalPOSError` and send nothing.

Every method is found by introspection (each resource of `FinalPOS` / `AsyncFinalPOS`, its methods and
their `with_raw_response` twins), so a new operation is covered without touching this file. Arguments are
drawn per parameter: omitted (when optional), plausible, or hostile (wrong types, NaN, surrogates, NUL,
nested objects). Against a real local server whose answer hypothesis also draws. Examples per client:
FINALPOS_PROPERTY_EXAMPLES (default 400, the bounded form run by `make test`).
"""

from __future__ import annotations

import asyncio
import inspect
import math
import os
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import finalpos
import httpx
import pytest
from finalpos import AsyncFinalPOS, FinalPOS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.local_server import serve

from .conftest import CANARY_KEY, LocalServer, Reply

EXAMPLES = int(os.environ.get("FINALPOS_PROPERTY_EXAMPLES", "400"))
# One TLS context for every per-example async client (building one costs more than the call itself).
TLS = ssl.create_default_context()


@dataclass(frozen=True)
class Method:
    attr: str  # the resource attribute
    name: str
    raw: bool  # reached through `with_raw_response`
    params: tuple[inspect.Parameter, ...]
    returns_list: bool


def _public_methods(client_class: type) -> list[Method]:
    """Every public method of every resource of `client_class`, with its signature (read once)."""
    found = []
    client = client_class(api_key="k", base_url="http://127.0.0.1:1")
    for attr, member in sorted(vars(client_class).items()):
        if not isinstance(member, cached_property) or attr.startswith("_"):
            continue
        resource = getattr(client, attr)
        for raw in (False, True):
            holder = resource.with_raw_response if raw else resource
            for name, fn in inspect.getmembers(holder, callable):
                if not name.startswith("_"):
                    signature = inspect.signature(fn)
                    returned = str(signature.return_annotation)
                    listy = "list[" in returned or "Pager" in returned
                    found.append(Method(attr, name, raw, tuple(signature.parameters.values()), listy))
    return found


SYNC_METHODS = _public_methods(FinalPOS)
ASYNC_METHODS = _public_methods(AsyncFinalPOS)

hostile = st.one_of(
    st.sampled_from(
        [None, "", ".", "..", "\x00", "\ud800", "a/b?c#d", "é", -1, 0, 2**70, math.nan, math.inf, -0.0, True, b"x"]
    ),
    st.sampled_from([[], {}, [None], {"": None}, {1: 2}, [object()], {"a": object()}, object(), ("t",), {"x"}]),
    st.text(max_size=8),
    st.integers(),
    st.floats(),
    st.lists(st.one_of(st.text(max_size=4), st.integers(), st.none()), max_size=3),
    st.dictionaries(st.text(max_size=6), st.one_of(st.text(max_size=4), st.integers(), st.none()), max_size=3),
)
plausible = st.sampled_from(["c1", "a@b.c", 1, 10, 2.5, True, ["a"], [{"name": "n"}], {"city": "Berlin"}])
# A well-formed answer half the time, so hostile arguments that slip through reach the pager and parser.
GOOD_LIST, GOOD_OBJECT = Reply(200, [{"id": "x1"}, {"id": "x2"}]), Reply(200, {"id": "x1"})
odd_replies = st.sampled_from(
    [
        Reply(200, {"id": "x1", "createdAt": "2024-02-30", "notes": "n", "billing": None, "email": 5}),
        Reply(200, [{"id": "x1", "tags": "t"}, {"id": None}]),
        Reply(200, [1, "two", None]),
        Reply(200, b"not json"),
        Reply(200, None),
        Reply(201, {}),
        Reply(404, {"message": "nope"}),
        Reply(500, b"boom"),
    ]
)


@st.composite
def calls(draw: st.DrawFn, methods: list[Method]) -> tuple[Any, ...]:
    method = draw(st.sampled_from(methods))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in method.params:
        optional = param.default is not inspect.Parameter.empty
        if optional and draw(st.booleans()):
            continue  # omitted
        value = draw(st.one_of(plausible, hostile))
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[param.name] = value
    reply = draw(st.one_of(st.just(GOOD_LIST if method.returns_list else GOOD_OBJECT), odd_replies))
    closed = draw(st.integers(0, 9)) == 0  # one call in ten on a client closed before it (a `with` block ended)
    return method.attr, method.name, method.raw, args, kwargs, reply, closed


@pytest.fixture(scope="module")
def shared_server() -> Iterator[LocalServer]:
    with serve() as srv:
        srv.default = Reply(200, {"id": "default"})
        yield srv


@pytest.fixture(scope="module")
def sync_client(shared_server: LocalServer) -> Iterator[FinalPOS]:
    with FinalPOS(api_key=CANARY_KEY, base_url=shared_server.base_url, max_retries=0, timeout=5.0) as client:
        yield client


@pytest.fixture(scope="module")
def closed_sync_client(shared_server: LocalServer) -> FinalPOS:
    with FinalPOS(api_key=CANARY_KEY, base_url=shared_server.base_url, max_retries=0, timeout=5.0) as client:
        pass
    return client


def _check(outcome: BaseException | None, sent: int, closed: bool = False) -> None:
    if closed:
        assert isinstance(outcome, finalpos.FinalPOSError) and sent == 0, f"closed client: {outcome!r}, {sent} sent"
    if outcome is None:
        return
    if not isinstance(outcome, finalpos.FinalPOSError):
        raise AssertionError(f"untyped error escaped: {type(outcome).__name__}: {outcome}") from outcome
    if isinstance(outcome, finalpos.InvalidArgumentError):
        assert sent == 0, "an InvalidArgumentError after a request was sent"
    assert CANARY_KEY not in str(outcome)


def _method(client: Any, attr: str, name: str, raw: bool) -> Callable[..., Any]:
    resource = getattr(client, attr)
    return getattr(resource.with_raw_response if raw else resource, name)  # type: ignore[no-any-return]


PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def test_methods_are_discovered() -> None:
    # 48 operations, each a method and a raw twin, on each client.
    assert len(SYNC_METHODS) == len(ASYNC_METHODS) == 96


@PROPERTY_SETTINGS
@given(call=calls(SYNC_METHODS))
def test_sync_methods_raise_only_finalpos_errors(
    shared_server: LocalServer, sync_client: FinalPOS, closed_sync_client: FinalPOS, call: tuple[Any, ...]
) -> None:
    attr, name, raw, args, kwargs, reply, closed = call
    shared_server.script.clear()
    shared_server.reply(reply)
    before = len(shared_server.seen)
    outcome: BaseException | None = None
    try:
        result = _method(closed_sync_client if closed else sync_client, attr, name, raw)(*args, **kwargs)
        if isinstance(result, finalpos.SyncPager):
            for _ in zip(range(3), result.pages(), strict=False):
                pass
    except Exception as exc:
        outcome = exc
    _check(outcome, len(shared_server.seen) - before, closed)


@PROPERTY_SETTINGS
@given(call=calls(ASYNC_METHODS))
def test_async_methods_raise_only_finalpos_errors(shared_server: LocalServer, call: tuple[Any, ...]) -> None:
    attr, name, raw, args, kwargs, reply, closed = call
    shared_server.script.clear()
    shared_server.reply(reply)
    before = len(shared_server.seen)

    async def run() -> BaseException | None:
        http = httpx.AsyncClient(verify=TLS)
        client = AsyncFinalPOS(
            api_key=CANARY_KEY, base_url=shared_server.base_url, max_retries=0, timeout=5.0, http_client=http
        )
        async with http, client as c:
            if closed:
                await c.close()
                await http.aclose()  # the user's client closed too: our calls must still fail typed
            try:
                result = _method(c, attr, name, raw)(*args, **kwargs)
                if isinstance(result, finalpos.AsyncPager):
                    seen = 0
                    async for _ in result.pages():
                        seen += 1
                        if seen == 3:
                            break
                else:
                    await result
            except Exception as exc:
                return exc
        return None

    _check(asyncio.run(run()), len(shared_server.seen) - before, closed)
