"""The `with_raw_response` and `with_streaming_response` twins of the resource methods, derived from them.

Each operation is written once, as its resource method; its twins wrap that method and keep its
signature (`ParamSpec`), so a type checker sees the same arguments with the twin's result:

    client.customers.with_raw_response.create(email=...)       # APIResponse[Customer]
    client.customers.with_raw_response.list(limit=10)           # APIResponse[list[Customer]], one page
    with client.documents.with_streaming_response.retrieve("d-1") as download: ...

A raw or streaming twin runs the method with `RETURNING` set (see `_response.py`), and the client's
`call` hands back the `APIResponse` or the unread response in place of the parsed result. A list
method returns a pager that sends nothing until iterated; its raw twin asks the pager for its
first page, sending `skip`/`limit` as given (a pager made under "raw" does not check them).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Literal, ParamSpec, Protocol, TypeVar, cast

import httpx

from ._response import RETURNING, APIResponse
from ._streaming import AsyncStreamingCall, StreamingCall

__all__ = [
    "async_to_raw_page_wrapper",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_page_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class _Pager(Protocol[T]):
    def _first_response(self) -> APIResponse[list[T]]: ...


class _AsyncPager(Protocol[T]):
    def _first_response(self) -> Awaitable[APIResponse[list[T]]]: ...


def _returning(mode: Literal["raw", "stream"], func: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> object:
    token = RETURNING.set(mode)
    try:
        return func(*args, **kwargs)
    finally:
        RETURNING.reset(token)


async def _async_returning(
    mode: Literal["raw", "stream"], func: Callable[P, Awaitable[object]], *args: P.args, **kwargs: P.kwargs
) -> object:
    token = RETURNING.set(mode)
    try:
        return await func(*args, **kwargs)
    finally:
        RETURNING.reset(token)


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """The method returning its `APIResponse` (status, headers, parsed, retries_taken)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        return cast(APIResponse[R], _returning("raw", func, *args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        return cast(APIResponse[R], await _async_returning("raw", func, *args, **kwargs))

    return wrapped


def to_raw_page_wrapper(func: Callable[P, _Pager[T]]) -> Callable[P, APIResponse[list[T]]]:
    """A list method's raw twin: the response of the page its arguments ask for (one request)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[list[T]]:
        pager = cast(_Pager[T], _returning("raw", func, *args, **kwargs))
        return pager._first_response()

    return wrapped


def async_to_raw_page_wrapper(func: Callable[P, _AsyncPager[T]]) -> Callable[P, Awaitable[APIResponse[list[T]]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[list[T]]:
        pager = cast(_AsyncPager[T], _returning("raw", func, *args, **kwargs))
        return await pager._first_response()

    return wrapped


def to_streamed_response_wrapper(func: Callable[P, object]) -> Callable[P, StreamingCall]:
    """A download's streaming twin: `with` it to send the request and read the body in chunks."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamingCall:
        return StreamingCall(lambda: cast(httpx.Response, _returning("stream", func, *args, **kwargs)))

    return wrapped


def async_to_streamed_response_wrapper(func: Callable[P, Awaitable[object]]) -> Callable[P, AsyncStreamingCall]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamingCall:
        async def send() -> httpx.Response:
            return cast(httpx.Response, await _async_returning("stream", func, *args, **kwargs))

        return AsyncStreamingCall(send)

    return wrapped
