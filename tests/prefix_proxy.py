"""A loopback reverse proxy that serves an upstream mock under a path prefix, as the vendor's hosted mock is
served (`https://docs.finalpos.com/_mock/openapi/v1/api/...`).

`PrefixProxy(upstream, "/_mock/openapi")` forwards `PREFIX/rest` to `upstream/rest` with the method, headers
and body unchanged, and answers 404 for anything outside the prefix, so a client that drops or doubles the
prefix fails loudly. One upstream connection per request keeps it simple; loopback makes that cheap.

Why not the shared scripted server (`tests/local_server.py`): this one answers nothing itself; it relays
a real mock (Prism, Steady) byte for byte, header lists and hop-by-hop rules included, where the shared
server answers from a test's script.
"""

from __future__ import annotations

import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

__all__ = ["PrefixProxy", "HOSTED_MOCK_PREFIX"]

HOSTED_MOCK_PREFIX = "/_mock/openapi"
# Hop-by-hop headers (RFC 9110 7.6.1) are the proxy's own business, never forwarded.
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}


class PrefixProxy:
    def __init__(self, upstream: str, prefix: str = HOSTED_MOCK_PREFIX) -> None:
        self.upstream = urlsplit(upstream)
        self.prefix = prefix.rstrip("/")
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}{self.prefix}"

    def start(self) -> PrefixProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this Nagle + delayed ACK cost ~40 ms a call.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _forward(self) -> None:
                if not (self.path == proxy.prefix or self.path.startswith(proxy.prefix + "/")):
                    self._answer(404, [("Content-Type", "text/plain")], b"outside the mock's prefix\n")
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP | {"host"}}
                upstream = http.client.HTTPConnection(proxy.upstream.hostname, proxy.upstream.port, timeout=30)
                try:
                    upstream.request(self.command, self.path[len(proxy.prefix) :] or "/", body=body, headers=headers)
                    answer = upstream.getresponse()
                    content = answer.read()
                    kept = [(k, v) for k, v in answer.getheaders() if k.lower() not in HOP_BY_HOP | {"content-length"}]
                    self._answer(answer.status, kept, content)
                finally:
                    upstream.close()

            def _answer(self, status: int, headers: list[tuple[str, str]], content: bytes) -> None:
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _forward  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        return Handler
