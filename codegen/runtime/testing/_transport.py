"""`FakeTransport`: an httpx transport (sync and async) that answers from a `FakeFinalPOS`."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._fake import FakeFinalPOS

__all__ = ["FakeTransport"]


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    value = timeout.get("read") if isinstance(timeout, dict) else None
    return float(value) if isinstance(value, int | float) else None


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Give it to `httpx.Client(transport=...)` or `httpx.AsyncClient(transport=...)`."""

    def __init__(self, fake: FakeFinalPOS) -> None:
        self.fake = fake

    def _wait(self, request: httpx.Request) -> tuple[float, bool]:
        """Seconds to wait, and whether the wait ends in a read timeout (the delay outlasts it)."""
        delay = self.fake.delay_for(request.method, request.url.path)
        limit = _read_timeout(request)
        if limit is not None and delay > limit:
            return limit, True
        return delay, False

    def _response(self, request: httpx.Request) -> httpx.Response:
        target = request.url.raw_path.decode("ascii")
        answer = self.fake.handle(request.method, target, dict(request.headers), request.content)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.content, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        delay, times_out = self._wait(request)
        if delay:
            time.sleep(delay)
        if times_out:
            raise httpx.ReadTimeout("the fake's latency outlasted the read timeout", request=request)
        return self._response(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        delay, times_out = self._wait(request)
        if delay:
            await asyncio.sleep(delay)
        if times_out:
            raise httpx.ReadTimeout("the fake's latency outlasted the read timeout", request=request)
        return self._response(request)
