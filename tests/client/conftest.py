"""Fixtures for the client tests: the shared scripted server (`tests/local_server.py`), and the client over it.

`server` is a real loopback HTTP/1.1 server: each request is recorded (`server.seen`) and answered by
the next scripted `Reply` (or `Drop`, which closes the connection without answering); when the script
is empty, by `server.default` (a `Reply`, or a function of the request giving one).
Waits between retries are recorded by patching `finalpos._base_client._sleep`, never slept.
Prism (for the per-resource tests) is the shared session fixture `mock_base_url` (tests/mock_server.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.local_server import Drop, LocalServer, Reply, SeenRequest, serve

__all__ = ["CANARY_KEY", "Drop", "LocalServer", "Reply", "SeenRequest"]

CANARY_KEY = "sk-canary-7f3a9e1b5c2d4e6f"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as srv:
        srv.default = Reply(200, {"id": "default"})
        yield srv


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the client chose between retries (recorded, not slept)."""
    import finalpos._base_client as base

    recorded: list[float] = []

    async def async_record(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(base, "_sleep", recorded.append)
    monkeypatch.setattr(base, "_async_sleep", async_record)
    return recorded


@pytest.fixture
def client(server: LocalServer, waits: list[float]) -> Iterator[Any]:
    from finalpos import FinalPOS

    with FinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as c:
        yield c


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FINALPOS_API_KEY", "FINALPOS_BASE_URL", "FINALPOS_LOG"):
        monkeypatch.delenv(name, raising=False)
