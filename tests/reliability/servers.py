"""Real local HTTP servers for the reliability suite, on 127.0.0.1 and a free port.

`ScriptedServer` speaks raw HTTP/1.1 over asyncio streams, so it can misbehave in ways a
framework will not (reset mid-body, trickle, never answer). What it does is chosen by the first
path segment of each request, its *behaviour* (see `BEHAVIOURS`); the second segment names the
test case, so one server serves many cases and counts attempts per case:

    client base_url = f"{server.url}/storm-503/case-17"  ->  GET /storm-503/case-17/v1/api/session/x

It records every request (headers included) in `seen`, for retry counts and key-leak checks.
It runs in a background thread (`start()`/`stop()`), or as its own process
(`python -m tests.reliability.servers`, used by the load runs so the server shares neither the
GIL nor the file-descriptor table with the client being measured).

Why not the shared scripted server (`tests/local_server.py`): these behaviours live below HTTP (a reset
mid-body, a trickle of bytes, a connection accepted and never answered, thousands of concurrent
connections under load), which `http.server` cannot produce or sustain; request-shape tests use that one.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["BEHAVIOURS", "HOST", "ScriptedServer", "SeenRequest", "ServerProcess", "session_example"]

HOST = "127.0.0.1"
REPO_ROOT = Path(__file__).resolve().parents[2]
HUGE_BODY_BYTES = 10 * 1024 * 1024
TRICKLE_INTERVAL_S = 1.0


def session_example() -> dict[str, Any]:
    """The spec's own example of a Session (from the repo's openapi.json, never ../shared)."""
    spec = json.loads((REPO_ROOT / "openapi.json").read_text())
    response = spec["paths"]["/v1/api/session/{id}"]["get"]["responses"]["200"]
    return dict(response["content"]["application/json"]["example"])


@dataclass(frozen=True)
class SeenRequest:
    behaviour: str
    case: str
    method: str
    target: str
    headers: dict[str, str]
    connection: int


@dataclass
class _Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def segments(self) -> list[str]:
        return self.target.split("?", 1)[0].strip("/").split("/")


Behaviour = Callable[["ScriptedServer", _Request, asyncio.StreamWriter], Awaitable[bool]]
"""Writes (or withholds) a response; returns whether the connection may be kept alive."""


def _head(status: int, reason: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _respond(
    writer: asyncio.StreamWriter, status: int, reason: str, body: bytes, content_type: str, **extra: str
) -> bool:
    headers = {"Content-Type": content_type, "Content-Length": str(len(body))}
    headers.update({k.replace("_", "-"): v for k, v in extra.items()})
    writer.write(_head(status, reason, headers) + body)
    await writer.drain()
    return True


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST instead of FIN (SO_LINGER 0): what a crashed proxy or a dropped link looks like."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _ok(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """Answers like the API; a single object carries the id asked for, so mixed-up answers show."""
    if req.method == "DELETE":
        return await _respond(writer, 200, "OK", b'{"statusCode": 200, "message": "deleted"}', "application/json")
    last = req.segments[-1]
    if last.endswith("s"):
        return await _respond(writer, 200, "OK", server.ok_list_body, "application/json")
    body = json.dumps({**server.session, "id": last}).encode()
    return await _respond(writer, 200, "OK", body, "application/json")


async def _truncated_json(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    return await _respond(writer, 200, "OK", server.ok_body[: len(server.ok_body) // 2], "application/json")


async def _wrong_content_type(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    return await _respond(writer, 200, "OK", b"<html><body>Welcome to nginx!</body></html>", "text/html")


async def _invalid_utf8(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    body = b'{"id": "\xff\xfe\xfd", "sessionNumber": "S-\xc3\x28"}'
    return await _respond(writer, 200, "OK", body, "application/json; charset=utf-8")


async def _huge_body(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    session = dict(server.session)
    session["closingNote"] = "x" * HUGE_BODY_BYTES
    return await _respond(writer, 200, "OK", json.dumps(session).encode(), "application/json")


async def _html_502(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    page = (
        b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
        b"</center><hr><center>nginx</center></body></html>"
    )
    return await _respond(writer, 502, "Bad Gateway", page, "text/html")


async def _reset_midway(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    body = server.ok_body
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    writer.write(_head(200, "OK", headers) + body[: len(body) // 2])
    await writer.drain()
    await asyncio.sleep(0.05)
    _reset(writer)
    return False


async def _never_answer(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    await server.released.wait()
    return False


async def _trickle(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """Headers at once, then the body one byte a second: each read succeeds just in time."""
    body = server.ok_body
    writer.write(_head(200, "OK", {"Content-Type": "application/json", "Content-Length": str(len(body))}))
    await writer.drain()
    for i in range(len(body)):
        if server.released.is_set():
            break
        writer.write(body[i : i + 1])
        await writer.drain()
        try:
            await asyncio.wait_for(server.released.wait(), TRICKLE_INTERVAL_S)
        except TimeoutError:
            pass
    return False


async def _redirect(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """307 (method and body kept) to `server.redirect_to` + the rest of the path."""
    rest = "/".join(req.segments[2:])
    location = f"{server.redirect_to.rstrip('/')}/{rest}"
    return await _respond(writer, 307, "Temporary Redirect", b"", "text/plain", Location=location)


async def _storm_500(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    body = b'{"statusCode": 500, "message": "Internal server error"}'
    return await _respond(writer, 500, "Internal Server Error", body, "application/json")


async def _storm_503_retry_after_hour(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    body = b'{"statusCode": 503, "message": "Service Unavailable"}'
    return await _respond(writer, 503, "Service Unavailable", body, "application/json", Retry_After="3600")


async def _storm_429(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    body = b'{"statusCode": 429, "message": "Too Many Requests"}'
    return await _respond(writer, 429, "Too Many Requests", body, "application/json", Retry_After="1")


async def _flaky_then_ok(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """503 on the first attempt of each case, then the real answer: a retry must recover it."""
    case = req.segments[1] if len(req.segments) > 1 else ""
    if server.attempts(case) <= 1:
        return await _respond(writer, 503, "Service Unavailable", b'{"message": "warming up"}', "application/json")
    return await _ok(server, req, writer)


async def _echo_key_401(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """A server that quotes the key back in its error message (some do)."""
    body = json.dumps({"statusCode": 401, "message": f"Invalid API key {req.headers.get('x-api-key', '')}"})
    return await _respond(writer, 401, "Unauthorized", body.encode(), "application/json")


async def _echo_key_bad_json(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """A 200 whose broken JSON holds the key: the parse error must not quote it."""
    body = '{"id": "x", "apiKey": "' + req.headers.get("x-api-key", "") + '", "broken'
    return await _respond(writer, 200, "OK", body.encode(), "application/json")


async def _real_world(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """Customer pages as production sends them: 10% of rows carry nulls, impossible dates, scalar/array
    swaps and wrong-typed values; every row has tenant custom fields. The case segment is
    `<name>-<total>`: the collection holds `total` customers `<name>-0` ... (see real_world.py)."""
    from urllib.parse import parse_qs

    from .real_world_data import customer_page

    query = parse_qs(req.target.split("?", 1)[1] if "?" in req.target else "")
    skip, limit = int(query.get("skip", ["0"])[0]), int(query.get("limit", ["100"])[0])
    case = query.get("case", [req.segments[1]])[0]  # extra_query lets one client walk many collections
    total = int(case.rsplit("-", 1)[1])
    body = json.dumps(customer_page(case, skip, limit, total)).encode()
    return await _respond(writer, 200, "OK", body, "application/json")


async def _capture(server: ScriptedServer, req: _Request, writer: asyncio.StreamWriter) -> bool:
    """The other host a redirect points at: answers like the API so a leaked key would be "used"."""
    return await _ok(server, req, writer)


BEHAVIOURS: dict[str, Behaviour] = {
    "ok": _ok,
    "truncated-json": _truncated_json,
    "wrong-content-type": _wrong_content_type,
    "invalid-utf8": _invalid_utf8,
    "huge-body": _huge_body,
    "html-502": _html_502,
    "reset-midway": _reset_midway,
    "never-answer": _never_answer,
    "trickle": _trickle,
    "redirect": _redirect,
    "storm-500": _storm_500,
    "storm-503-retry-after-hour": _storm_503_retry_after_hour,
    "storm-429": _storm_429,
    "flaky-then-ok": _flaky_then_ok,
    "echo-key-401": _echo_key_401,
    "echo-key-bad-json": _echo_key_bad_json,
    "capture": _capture,
    "real-world": _real_world,
}


@dataclass
class ScriptedServer:
    """An asyncio HTTP/1.1 server in a background thread; see the module docstring."""

    redirect_to: str = ""
    seen: list[SeenRequest] = field(default_factory=list)
    port: int = 0

    def __post_init__(self) -> None:
        self.session = session_example()
        self.ok_body = json.dumps(self.session).encode()
        self.ok_list_body = json.dumps([self.session]).encode()
        self.connections_opened = 0
        self.connections_open = 0
        self.max_connections_open = 0
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._ready = threading.Event()
        self._writers: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def base_url(self, behaviour: str, case: str) -> str:
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"unknown behaviour {behaviour!r}")
        return f"{self.url}/{behaviour}/{case}"

    def attempts(self, case: str) -> int:
        with self._lock:
            return sum(1 for s in self.seen if s.case == case)

    def requests_for(self, case: str) -> list[SeenRequest]:
        with self._lock:
            return [s for s in self.seen if s.case == case]

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {
                "requests": len(self.seen),
                "by_behaviour": dict(Counter(s.behaviour for s in self.seen)),
                "connections_opened": self.connections_opened,
                "connections_open": self.connections_open,
                "max_connections_open": self.max_connections_open,
            }

    # lifecycle -----------------------------------------------------------------------------

    def start(self) -> ScriptedServer:
        self._thread = threading.Thread(target=self._run, name="scripted-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("scripted server did not start within 10 s")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._shutdown_event.set)
        if self._thread is not None:
            self._thread.join(10)
        self._loop = None

    def release(self) -> None:
        """Let every held connection (never-answer, trickle) finish: un-wedges a client that hangs."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self.released.set)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self, port: int = 0, on_ready: Callable[[int], None] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        self.released = asyncio.Event()
        self._shutdown_event = asyncio.Event()
        self._server = await asyncio.start_server(self._handle, HOST, port, backlog=1024, limit=1 << 16)
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        if on_ready is not None:
            on_ready(self.port)
        async with self._server:
            await self._shutdown_event.wait()
            self.released.set()
            self._server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            # Let every handler see its connection drop and return, so nothing is cancelled mid-read.
            if self._handlers:
                await asyncio.wait(list(self._handlers), timeout=5)
            await self._server.wait_closed()

    # one connection ------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            # Headers and body go out in one write, but Nagle + delayed ACK still bite keep-alive.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self.connections_opened += 1
            self.connections_open += 1
            self.max_connections_open = max(self.max_connections_open, self.connections_open)
            connection = self.connections_opened
        self._writers.add(writer)
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                keep_alive = await self._dispatch(request, writer, connection)
                if not keep_alive or request.headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self._writers.discard(writer)
            if task is not None:
                self._handlers.discard(task)
            with self._lock:
                self.connections_open -= 1
            if not writer.transport.is_closing():
                writer.close()

    async def _read_request(self, reader: asyncio.StreamReader) -> _Request | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        body = await reader.readexactly(length) if length else b""
        return _Request(method, target, headers, body)

    async def _dispatch(self, req: _Request, writer: asyncio.StreamWriter, connection: int) -> bool:
        segments = req.segments
        behaviour = segments[0] if segments else ""
        case = segments[1] if len(segments) > 1 else ""
        if req.target == "/__stats":
            return await _respond(writer, 200, "OK", json.dumps(self.stats()).encode(), "application/json")
        with self._lock:
            self.seen.append(SeenRequest(behaviour, case, req.method, req.target, dict(req.headers), connection))
        handler = BEHAVIOURS.get(behaviour)
        if handler is None:
            return await _respond(writer, 404, "Not Found", b'{"message": "no such behaviour"}', "application/json")
        return await handler(self, req, writer)


class ServerProcess:
    """A `ScriptedServer` in its own process (for load runs); stats via `GET /__stats`."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.servers"],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line.startswith("PORT "):
            self._proc.kill()
            raise RuntimeError(f"server process did not start: {line!r}")
        self.port = int(line.split()[1])

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def base_url(self, behaviour: str, case: str) -> str:
        return f"{self.url}/{behaviour}/{case}"

    def stats(self) -> dict[str, Any]:
        import httpx

        with httpx.Client(timeout=5) as client:
            return dict(client.get(f"{self.url}/__stats").json())

    def stop(self) -> None:
        self._proc.terminate()
        try:
            self._proc.wait(5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(5)
        if self._proc.stdout is not None:
            self._proc.stdout.close()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _serve_forever() -> None:
    server = ScriptedServer()

    def announce(port: int) -> None:
        print(f"PORT {port}", flush=True)

    asyncio.run(server._main(on_ready=announce))


if __name__ == "__main__":
    _serve_forever()
