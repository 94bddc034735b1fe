"""A real HTTP server on loopback that serves whatever a test scripts, and logs what it was asked.

`ThreadingHTTPServer` on 127.0.0.1, port 0 (the OS picks a free one), in a daemon thread. Each
route is a `Route`: a status, a body, headers, and the misbehaviours fetch must survive (a delay
before answering, a dropped connection, a body shorter than its Content-Length, an ETag that
turns a matching `If-None-Match` into a 304). A request to a path no route names gets `default`, or
404; every request is kept (method, path with query, headers, body).
Shared by the pipeline tests (a spec to fetch) and the bump tests (the spec, and an API that records
what the regenerated client sends).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["Route", "SeenRequest", "LocalServer", "serve", "closed_port"]


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    """Sent as ETag; a request whose If-None-Match equals it gets 304 and no body."""
    delay_s: float = 0.0
    """Wait this long before answering (the wait ends early when the server stops)."""
    drop: bool = False
    """Close the connection without sending anything."""
    truncate_to: int | None = None
    """Announce the full Content-Length but send only this many bytes, then close."""
    content_length: bool = True
    """False: no Content-Length, the body ends when the connection closes."""


@dataclass(frozen=True)
class SeenRequest:
    path: str  # with the query string, as sent
    headers: dict[str, str]  # names lower-cased
    method: str = "GET"
    body: bytes = b""


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.default: Route | None = None
        """The answer to a path no route names (None: 404)."""
        self.seen: list[SeenRequest] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this Nagle adds ~40 ms per request.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.seen.append(SeenRequest(self.path, headers, self.command, body))
                # A route is named by its path (with or without the query), or "METHOD path".
                bare = self.path.split("?", 1)[0]
                route = next(
                    (
                        server.routes[key]
                        for key in (f"{self.command} {self.path}", f"{self.command} {bare}", self.path, bare)
                        if key in server.routes
                    ),
                    server.default,
                )
                if route is None:
                    self.send_error(404)
                    return
                if route.delay_s:
                    server.stopping.wait(route.delay_s)
                if route.drop:
                    self.close_connection = True
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.content_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                try:
                    self.wfile.write(route.body if route.truncate_to is None else route.body[: route.truncate_to])
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up early (a size cap): expected, not a server error
                if route.truncate_to is not None or not route.content_length:
                    self.close_connection = True

            do_POST = do_PUT = do_PATCH = do_DELETE = do_GET  # noqa: N815 - the names http.server dispatches to

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep pytest output clean

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def requests_to(self, path: str) -> list[SeenRequest]:
        return [r for r in self.seen if r.path == path]


@contextmanager
def serve() -> Iterator[LocalServer]:
    server = LocalServer()
    thread = threading.Thread(target=server.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join(timeout=5)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released), so connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
