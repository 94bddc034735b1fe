"""The fake over HTTP on loopback: `python -m finalpos.testing --port 4011`, or `fake.serve()`."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._fake import FakeFinalPOS

__all__ = ["LOOPBACK_HOSTS", "make_server", "serve_in_thread"]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class _Handler(BaseHTTPRequestHandler):
    fake: FakeFinalPOS
    protocol_version = "HTTP/1.1"
    server_version = "finalpos-fake"

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        delay = self.fake.delay_for(self.command, self.path.split("?", 1)[0])
        if delay:
            time.sleep(delay)
        answer = self.fake.handle(self.command, self.path, dict(self.headers.items()), body)
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(answer.content)))
        self.end_headers()
        if answer.content:
            self.wfile.write(answer.content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: object) -> None:
        return  # quiet: the fake's `calls` is the record


class _ServerV6(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def make_server(fake: FakeFinalPOS, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A threading HTTP server for the fake; only loopback addresses are accepted."""
    if host not in LOOPBACK_HOSTS:
        raise ValueError(f"the fake serves on loopback only ({', '.join(sorted(LOOPBACK_HOSTS))}), not {host!r}")
    handler = type("FakeHandler", (_Handler,), {"fake": fake})
    server = (_ServerV6 if ":" in host else ThreadingHTTPServer)((host, port), handler)
    server.daemon_threads = True
    return server


def base_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    text = host.decode() if isinstance(host, bytes) else str(host)
    shown = f"[{text}]" if ":" in text else text
    return f"http://{shown}:{port}"


@contextmanager
def serve_in_thread(fake: FakeFinalPOS, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Yields the base URL (`http://127.0.0.1:PORT`); the server stops when the block ends."""
    server = make_server(fake, host, port)
    thread = threading.Thread(target=server.serve_forever, name="finalpos-fake", daemon=True)
    thread.start()
    try:
        yield base_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
