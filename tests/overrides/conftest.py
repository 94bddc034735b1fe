"""Fixtures for the overrides tests: the spec as the generator sees it, a recording loopback server,
and temporary project roots for regens that must not touch this checkout."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from codegen.spec_view import generator_view
from codegen.workspace import REPO_ROOT

STRAY = shutil.ignore_patterns("__pycache__", "build", "*.egg-info", ".mypy_cache", ".ruff_cache")


@pytest.fixture(scope="session")
def committed_spec() -> dict[str, Any]:
    return json.loads((REPO_ROOT / "openapi.json").read_text())


@pytest.fixture(scope="session")
def patched_spec(committed_spec: dict[str, Any]) -> dict[str, Any]:
    """openapi.json normalised and overridden, exactly as the generator receives it."""
    return generator_view(committed_spec).spec


@pytest.fixture
def workspace_copy(tmp_path: Path) -> Path:
    """A project root holding copies of the committed outputs (regen writes there, not here)."""
    root = tmp_path / "project"
    root.mkdir()
    for name in ("openapi.json", "openapi.record.json"):
        shutil.copyfile(REPO_ROOT / name, root / name)
    shutil.copytree(REPO_ROOT / "generated", root / "generated", ignore=STRAY)
    return root


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RecordingServer:
    """A loopback HTTP server that records every request and answers with a canned JSON reply."""

    base_url: str
    requests: list[Recorded] = field(default_factory=list)
    status: int = 200
    reply: Any = None
    echo: bool = False  # reply with the request's JSON body merged into `reply`
    routes: dict[str, Any] = field(default_factory=dict)  # path (no query) -> reply, instead of `reply`


@pytest.fixture
def recording_server() -> Iterator[RecordingServer]:
    state = RecordingServer(base_url="")

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            state.requests.append(Recorded(self.command, self.path, dict(self.headers), body))
            reply = state.routes.get(self.path.split("?")[0], state.reply)
            if state.echo and body:
                reply = {**json.loads(body), **(reply or {})}
            payload = reply if isinstance(reply, bytes) else json.dumps(reply).encode()  # bytes: sent as they are
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _handle

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
