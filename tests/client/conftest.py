"""Fixtures for the client tests: a local HTTP server that misbehaves on purpose, and the client over it.

`ScriptedServer` is a real `ThreadingHTTPServer` on 127.0.0.1 (free port, HTTP/1.1 keep-alive,
TCP_NODELAY). Each request is recorded and answered by the next scripted `Reply` (or `Drop`, which
closes the connection without answering); when the script is empty, by `server.default(request)`.
Waits between retries are recorded by patching `finalpos._base_client._sleep`, never slept.
Prism (for the per-resource tests) is the shared session fixture `mock_base_url` (tests/mock_server.py).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

CANARY_KEY = "sk-canary-7f3a9e1b5c2d4e6f"


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # bytes/str sent as is; anything else as JSON
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    def payload(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


class Drop:
    """Close the connection without any response (a connection error for the client)."""


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    def __init__(self) -> None:
        self.script: deque[Reply | Drop] = deque()
        self.requests: list[Seen] = []
        self.default: Callable[[Seen], Reply | Drop] = lambda seen: Reply(200, {"id": "default"})
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def reply(self, *actions: Reply | Drop) -> None:
        self.script.extend(actions)

    def _next(self, seen: Seen) -> Reply | Drop:
        with self._lock:
            self.requests.append(seen)
            if self.script:
                return self.script.popleft()
        return self.default(seen)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Without this, keep-alive on loopback costs ~40 ms per call (Nagle + delayed ACK).
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                action = server._next(seen)
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    if isinstance(action, Drop):
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    if action.delay:
                        time.sleep(action.delay)
                    payload = action.payload()
                    self.send_response(action.status)
                    headers = {"Content-Type": "application/json", **action.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (timeout test); nothing to answer
                    self.close_connection = True
                finally:
                    with server._lock:
                        server.in_flight -= 1

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        return Handler

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    try:
        yield srv
    finally:
        srv.stop()


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
def client(server: ScriptedServer, waits: list[float]) -> Iterator[Any]:
    from finalpos import FinalPOS

    with FinalPOS(api_key=CANARY_KEY, base_url=server.url) as c:
        yield c


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FINALPOS_API_KEY", "FINALPOS_BASE_URL", "FINALPOS_LOG"):
        monkeypatch.delenv(name, raising=False)
