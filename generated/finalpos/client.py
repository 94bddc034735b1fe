"""Low-level clients the per-operation modules in `api/` accept.

Most users want `finalpos.FinalPOS` instead: it adds timeouts, retries, typed errors and paging.
These two stay for the generated `sync`/`asyncio` functions. Unlike the generator's stock client,
the API key never appears in `repr()` and there is always a finite default timeout.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx

__all__ = ["AuthenticatedClient", "Client"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


class Client:
    """An httpx client bound to a base URL, for endpoints that need no key."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        raise_on_unexpected_status: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.base_url = base_url
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _all_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                base_url=self.base_url, headers=self._all_headers(), timeout=self._timeout, **self._httpx_args
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url, headers=self._all_headers(), timeout=self._timeout, **self._httpx_args
            )
        return self._async_client

    def __enter__(self) -> Client:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, tb)

    async def __aenter__(self) -> Client:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, tb)


class AuthenticatedClient(Client):
    """A `Client` that sends the API key as `x-api-key` (kept out of `repr()`)."""

    def __init__(self, base_url: str, token: str, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self._token = token

    def _all_headers(self) -> dict[str, str]:
        return {**self._headers, "x-api-key": self._token}
