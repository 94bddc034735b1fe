"""`APIResponse`: what `client.<resource>.with_raw_response.<method>(...)` returns."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Generic, Literal, TypeVar

import httpx

from ._spec_settings import REQUEST_ID_HEADER

__all__ = ["APIResponse", "RETURNING"]

T = TypeVar("T")

# What the running resource method hands back: its parsed result, the `APIResponse` ("raw") or the
# unread 2xx ("stream"). Only the twins in `_twins.py` change it, around one call: a context
# variable, so concurrent calls (threads, asyncio tasks) never see each other's.
RETURNING: ContextVar[Literal["parsed", "raw", "stream"]] = ContextVar("finalpos_returning", default="parsed")


class APIResponse(Generic[T]):
    """A 2xx response with its parsed model.

    `retries_taken` counts the retries before this response (0 when the first attempt succeeded);
    `request_id` is the response's `x-request-id` header (also a returned model's `_request_id`).
    """

    __slots__ = ("http_response", "parsed", "retries_taken")

    def __init__(self, http_response: httpx.Response, parsed: T, retries_taken: int) -> None:
        self.http_response = http_response
        self.parsed = parsed
        self.retries_taken = retries_taken

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get(REQUEST_ID_HEADER)
        return request_id

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def request(self) -> httpx.Request:
        return self.http_response.request

    def parse(self) -> T:
        """The parsed model (the same object as `.parsed`)."""
        return self.parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.request.method} {self.request.url.path}>"
