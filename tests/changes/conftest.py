"""Fixtures for the change-report tests: a loopback spec server and temporary project roots.

Each regen runs as `python -m codegen --root TMP regen --url http://127.0.0.1:PORT/openapi.json`, on a
copy of the repository's `openapi.json`, `openapi.record.json` and `generated/`. One baseline copy is
first brought up to date with the current pipeline, so the bumps below compare API changes
only, never another slice's half-regenerated output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from .specs import REPO_ROOT


class SpecServer:
    """Serves one document at /openapi.json on 127.0.0.1; `document` can be swapped between regens."""

    def __init__(self) -> None:
        self.document: dict[str, Any] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                if self.path != "/openapi.json":
                    self.send_error(404)
                    return
                body = json.dumps(server.document).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/openapi.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def serve(self, document: dict[str, Any]) -> str:
        self.document = document
        return self.url


@pytest.fixture(scope="session")
def spec_server() -> Iterator[SpecServer]:
    server = SpecServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    return os.environ.get("REGEN_MYPY_CACHE") or str(tmp_path_factory.mktemp("mypy-cache"))


@dataclass
class RegenRun:
    code: int
    stdout: str
    stderr: str


@dataclass
class Project:
    root: Path
    mypy_cache: str

    def regen(self, url: str, **env: str) -> RegenRun:
        run_env = {
            k: v for k, v in os.environ.items() if k not in ("ALLOW_BREAKING", "FORCE", "SPEC_URL", "STRICT_FETCH")
        }
        run_env.update(REGEN_MYPY_CACHE=self.mypy_cache, STRICT_FETCH="1", **env)
        proc = subprocess.run(
            [sys.executable, "-m", "codegen", "--root", str(self.root), "regen", "--url", url],
            cwd=REPO_ROOT, env=run_env, capture_output=True, text=True, timeout=240, check=False,
        )  # fmt: skip
        return RegenRun(proc.returncode, proc.stdout, proc.stderr)

    def record(self) -> dict[str, Any]:
        return json.loads((self.root / "openapi.record.json").read_text())  # type: ignore[no-any-return]

    def versions(self) -> dict[str, str]:
        """`__version__`, `__api_version__`, `__spec_sha256__` as the generated package states them."""
        namespace: dict[str, Any] = {}
        exec((self.root / "generated" / "finalpos" / "_version.py").read_text(), namespace)
        return {
            k: v
            for k, v in namespace.items()
            if k.startswith("__") and k.endswith("version__") or k == "__spec_sha256__"
        }

    def changelog(self) -> str:
        path = self.root / "CHANGELOG.md"
        return path.read_text() if path.is_file() else ""


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory, spec_server: SpecServer, mypy_cache: str) -> Project:
    root = tmp_path_factory.mktemp("baseline")
    for name in ("openapi.json", "openapi.record.json"):
        shutil.copy2(REPO_ROOT / name, root / name)
    shutil.copytree(REPO_ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    project = Project(root, mypy_cache)
    committed = json.loads((REPO_ROOT / "openapi.json").read_text())
    # Not FORCE: regen rebuilds only if the pipeline's inputs changed since generated/ was made.
    run = project.regen(spec_server.serve(committed))
    assert run.code == 0, run.stderr
    (root / "CHANGELOG.md").unlink(missing_ok=True)
    return project


@pytest.fixture
def project(baseline: Project, tmp_path: Path) -> Project:
    root = tmp_path / "project"
    shutil.copytree(baseline.root, root, ignore=shutil.ignore_patterns(".regen", "__pycache__"))
    return Project(root, baseline.mypy_cache)
