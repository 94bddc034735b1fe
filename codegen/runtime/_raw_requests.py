"""`client.get/post/put/patch/delete(path, *, cast_to=...)`: endpoints the API description lacks.

For an operation the vendor has not documented yet (or a new one before the next regen), with
everything a generated method has: the key, base URL, timeouts, retries (POST/PATCH only with
`retry_posts=True`), the typed errors and lenient (or strict) parsing.

`cast_to` says what to parse the 2xx into: a model class from `finalpos.models` (or any class with
`from_dict`), `list[Model]`, `dict` / `list` / `object` for plain JSON, `str` for the text, `bytes`,
`httpx.Response` for the response itself, or `type(None)` to ignore the body.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import InvalidArgumentError
from ._settings import check_extra_query
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncRawRequests", "SyncRawRequests", "parser_for", "raw_kwargs"]

T = TypeVar("T")


def _expect(kind: type, data: Any) -> Any:
    if not isinstance(data, kind):
        raise TypeError(f"expected a JSON {'object' if kind is dict else 'array'}, got {type(data).__name__}")
    return data


def _json(response: httpx.Response) -> Any:
    return response.json() if response.content else None


def parser_for(cast_to: Any) -> Callable[[httpx.Response], Any]:
    """The parser of a 2xx for `cast_to`; `InvalidArgumentError` (nothing sent) for anything else."""
    if cast_to is httpx.Response:
        return lambda response: response
    if cast_to is type(None) or cast_to is None:
        return lambda response: None
    if cast_to is str:
        return lambda response: response.text
    if cast_to is bytes:
        return lambda response: response.content
    if cast_to is object:
        return _json
    if cast_to is dict or typing.get_origin(cast_to) is dict:
        return lambda response: _expect(dict, response.json())
    if cast_to is list or typing.get_origin(cast_to) is list:
        args = typing.get_args(cast_to)
        item_from_dict = getattr(args[0], "from_dict", None) if args else None
        if item_from_dict is None:
            return lambda response: _expect(list, response.json())
        return lambda response: [item_from_dict(_expect(dict, item)) for item in _expect(list, response.json())]
    from_dict = getattr(cast_to, "from_dict", None)
    if callable(from_dict):
        return lambda response: from_dict(_expect(dict, response.json()))
    raise InvalidArgumentError(
        f"cast_to={cast_to!r} is not supported: pass a model class, list[Model], dict, list, object, str, bytes, "
        "httpx.Response or type(None)",
        argument="cast_to",
    )


def _wire(value: Any) -> Any:
    """A body with models (anything with `to_dict()`) turned into their wire dicts, at any depth."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: _wire(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_wire(item) for item in value]
    return value


def raw_kwargs(method: str, path: object, body: object, params: object) -> dict[str, Any]:
    """The request of one raw call; a path must be absolute on the client's base URL (the key never
    goes to a host the client was not configured for)."""
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        raise InvalidArgumentError(
            f"path must start with '/' and be relative to the client's base URL, got {path!r}", argument="path"
        )
    kwargs: dict[str, Any] = {"method": method, "url": path}
    query = check_extra_query(params, "params")
    if query:
        kwargs["params"] = query
    if body is not None:
        kwargs["json"] = _wire(body)
    return kwargs


class SyncRawRequests:
    """`FinalPOS.get/post/put/patch/delete`."""

    def _raw(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object,
        params: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> Any:
        client = typing.cast("SyncAPIClient", self)
        parse = parser_for(cast_to)
        kwargs = raw_kwargs(method, path, body, params)
        return client.request(kwargs, parse, timeout=timeout, extra_headers=headers).parsed

    def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """GET `path` (e.g. "/v1/api/new-thing"), parsed as `cast_to`."""
        result: T = self._raw("GET", path, cast_to, None, params, headers, timeout)
        return result

    def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """DELETE `path`, parsed as `cast_to`."""
        result: T = self._raw("DELETE", path, cast_to, None, params, headers, timeout)
        return result

    def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """POST `body` (JSON; models allowed anywhere in it) to `path`, parsed as `cast_to`."""
        result: T = self._raw("POST", path, cast_to, body, params, headers, timeout)
        return result

    def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """PUT `body` to `path`, parsed as `cast_to`."""
        result: T = self._raw("PUT", path, cast_to, body, params, headers, timeout)
        return result

    def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """PATCH `body` to `path`, parsed as `cast_to`."""
        result: T = self._raw("PATCH", path, cast_to, body, params, headers, timeout)
        return result


class AsyncRawRequests:
    """`AsyncFinalPOS.get/post/put/patch/delete`, awaited."""

    async def _raw(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object,
        params: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> Any:
        client = typing.cast("AsyncAPIClient", self)
        parse = parser_for(cast_to)
        kwargs = raw_kwargs(method, path, body, params)
        response = await client.request(kwargs, parse, timeout=timeout, extra_headers=headers)
        return response.parsed

    async def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """GET `path`, parsed as `cast_to`."""
        result: T = await self._raw("GET", path, cast_to, None, params, headers, timeout)
        return result

    async def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """DELETE `path`, parsed as `cast_to`."""
        result: T = await self._raw("DELETE", path, cast_to, None, params, headers, timeout)
        return result

    async def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """POST `body` to `path`, parsed as `cast_to`."""
        result: T = await self._raw("POST", path, cast_to, body, params, headers, timeout)
        return result

    async def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """PUT `body` to `path`, parsed as `cast_to`."""
        result: T = await self._raw("PUT", path, cast_to, body, params, headers, timeout)
        return result

    async def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """PATCH `body` to `path`, parsed as `cast_to`."""
        result: T = await self._raw("PATCH", path, cast_to, body, params, headers, timeout)
        return result
