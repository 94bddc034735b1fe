"""The one scripted HTTP server of the tests: a real server on loopback that answers what a test scripts
and records what it was asked. Every request-shape test uses it (client, bump, override, pipeline tests);
the servers that stay apart say why in their docstrings (`tests/reliability/servers.py` misbehaves below
HTTP, `tests/prefix_proxy.py` forwards to a real mock).

`ThreadingHTTPServer` on 127.0.0.1, port 0 (the OS picks a free one), HTTP/1.1 keep-alive, TCP_NODELAY,
in a daemon thread (`with serve() as server:`, or `start()` and `stop()`). Each request is recorded
(`server.seen`) and answered by, in this order:

1. the next `Route` of the script (`server.reply(Route(...), Drop(), ...)`), answered in turn;
2. the route named for it (`server.add("/spec.json", Route(...))`: "METHOD path" or path, with or
   without the query);
3. `server.default`: a `Route`, or a function of the `SeenRequest` giving one; None answers 404.

A `Route` is a status, a body (bytes or str sent as they are, anything else as JSON) and headers, plus the
misbehaviours a client must survive: a delay before answering (cut short when the server stops), a dropped
connection (`Drop()`), a body shorter than its Content-Length, no Content-Length (the body ends at close),
an ETag that turns a matching `If-None-Match` into a 304. `Reply` is a `Route` whose Content-Type is JSON
unless its headers say otherwise (an API's answer).
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Drop", "LocalServer", "Reply", "Route", "SeenRequest", "closed_port", "serve"]


@dataclass
class Route:
    status: int = 200
    body: Any = b""
    """bytes or str: sent as they are; None: no body; anything else: its JSON."""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    """Wait this long before answering (the wait ends early when the server stops)."""
    etag: str | None = None
    """Sent as ETag; a request whose If-None-Match equals it gets 304 and no body."""
    drop: bool = False
    """Close the connection without sending anything (a connection error for the client)."""
    truncate_to: int | None = None
    """Announce the full Content-Length but send only this many bytes, then close."""
    content_length: bool = True
    """False: no Content-Length, the body ends when the connection closes."""
    content_type: str | None = None
    """Sent as Content-Type unless `headers` name one."""

    def payload(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass
class Reply(Route):
    """An API's answer: Content-Type application/json unless `headers` say otherwise."""

    content_type: str | None = "application/json"


@dataclass
class Drop(Route):
    """Close the connection without any response."""

    drop: bool = True


@dataclass(frozen=True)
class SeenRequest:
    path: str  # with the query string, as sent
    headers: dict[str, str]  # names lower-cased
    method: str = "GET"
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def json(self) -> Any:
        return json.loads(self.body)


Answer = Route | Callable[[SeenRequest], Route]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that resets a kept-alive connection (a size cap, a timeout) is the behaviour under test,
        # not a server failure: nothing on stderr, which the pipeline tests read. Anything else is shown.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LocalServer:
    def __init__(self) -> None:
        self.script: deque[Route] = deque()
        self.routes: dict[str, Route] = {}
        self.default: Answer | None = None
        """The answer to a request neither the script nor a route answers (None: 404)."""
        self.seen: list[SeenRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        """The most requests answered at once (the client's concurrency, as the server saw it)."""
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.httpd = _Server(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def reply(self, *routes: Route) -> None:
        """Script the next answers, one per request, before any route or the default."""
        self.script.extend(routes)

    def requests_to(self, path: str) -> list[SeenRequest]:
        return [r for r in self.seen if r.path == path]

    def _answer_for(self, seen: SeenRequest) -> Route | None:
        with self._lock:
            self.seen.append(seen)
            if self.script:
                return self.script.popleft()
        bare = seen.path.split("?", 1)[0]
        for key in (f"{seen.method} {seen.path}", f"{seen.method} {bare}", seen.path, bare):
            if key in self.routes:
                return self.routes[key]
        default = self.default
        return default(seen) if callable(default) else default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this Nagle + delayed ACK add ~40 ms a request.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                route = server._answer_for(SeenRequest(self.path, headers, self.command, body))
                if route is None:
                    self.send_error(404)
                    return
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    self._send(route)
                except OSError:  # the client gave up early (a timeout, a size cap): expected, not a failure
                    self.close_connection = True
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _send(self, route: Route) -> None:
                if route.delay_s:
                    server.stopping.wait(route.delay_s)
                if route.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                payload = route.payload()
                self.send_response(route.status)
                headers = dict(route.headers)
                if route.content_type and not any(name.lower() == "content-type" for name in headers):
                    headers["Content-Type"] = route.content_type
                if route.etag:
                    headers["ETag"] = route.etag
                if route.content_length:
                    headers["Content-Length"] = str(len(payload))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload if route.truncate_to is None else payload[: route.truncate_to])
                if route.truncate_to is not None or not route.content_length:
                    self.close_connection = True

            do_POST = do_PUT = do_PATCH = do_DELETE = do_GET  # noqa: N815 - the names http.server dispatches to

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep pytest output clean

        return Handler


@contextmanager
def serve() -> Iterator[LocalServer]:
    server = LocalServer().start()
    try:
        yield server
    finally:
        server.stop()


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released), so connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
