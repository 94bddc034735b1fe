"""Streamed downloads: `client.<resource>.with_streaming_response.<method>(...)`, for text and binary
responses too large to hold in memory.

    with client.documents.with_streaming_response.retrieve("d-1") as download:
        download.write_to("receipt.pdf")          # or: for chunk in download.iter_bytes(): ...

    async with client.documents.with_streaming_response.retrieve("d-1") as download:   # AsyncFinalPOS
        await download.write_to("receipt.pdf")

The request is sent when the `with` block is entered (retries and errors as for any call: a non-2xx
raises there); the body is read only as you iterate, in chunks, and the connection is released when
the block ends.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType

import httpx

__all__ = ["AsyncStreamedResponse", "AsyncStreamingCall", "StreamedResponse", "StreamingCall"]

DEFAULT_CHUNK_SIZE = 64 * 1024


class StreamedResponse:
    """A 2xx whose body has not been read yet."""

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks of at most `chunk_size` bytes, as they arrive."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[str]:
        """The body as text (its charset, else UTF-8), in chunks."""
        return self.http_response.iter_text(chunk_size)

    def write_to(self, path: str | os.PathLike[str], chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
        """Write the body to `path` chunk by chunk; the number of bytes written."""
        written = 0
        with open(path, "wb") as target:
            for chunk in self.iter_bytes(chunk_size):
                target.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse:
    """A 2xx whose body has not been read yet (`AsyncFinalPOS`)."""

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks of at most `chunk_size` bytes, as they arrive (`async for`)."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    async def write_to(self, path: str | os.PathLike[str], chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
        """Write the body to `path` chunk by chunk; the number of bytes written."""
        written = 0
        with open(path, "wb") as target:  # noqa: ASYNC230 - local disk writes of one chunk at a time
            async for chunk in self.iter_bytes(chunk_size):
                target.write(chunk)
                written += len(chunk)
        return written

    async def close(self) -> None:
        await self.http_response.aclose()


class StreamingCall:
    """`with` it: sends the request, gives the `StreamedResponse`, releases the connection after."""

    def __init__(self, send: Callable[[], httpx.Response]) -> None:
        self._send = send
        self._response: StreamedResponse | None = None

    def __enter__(self) -> StreamedResponse:
        self._response = StreamedResponse(self._send())
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamingCall:
    """`async with` it: sends the request, gives the `AsyncStreamedResponse`, releases the connection after."""

    def __init__(self, send: Callable[[], Awaitable[httpx.Response]]) -> None:
        self._send = send
        self._response: AsyncStreamedResponse | None = None

    async def __aenter__(self) -> AsyncStreamedResponse:
        self._response = AsyncStreamedResponse(await self._send())
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()
