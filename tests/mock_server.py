"""Local mocks of `openapi.json` (Prism, Steady), for any suite that needs a server speaking the spec.

`PrismServer.start()` runs `prism mock` (`SteadyServer`: Steady) on a free loopback port in its own
process group, waits until it
answers HTTP, and `stop()` kills the whole group and reaps it. Three nets keep a crashed or interrupted
run from leaving an orphan: the pytest fixture's finaliser, an `atexit` hook with a SIGTERM/SIGHUP handler
that stops every server still running, and `PR_SET_PDEATHSIG` so the kernel stops Prism if pytest is
SIGKILLed (which no handler can see).

`mock_base_url` (a session fixture, re-exported by `tests/conftest.py`) yields `MOCK_URL` when it is set
(no Prism then; e.g. the vendor's hosted mock), else the URL of a local Prism.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

__all__ = [
    "MockProcess",
    "PrismServer",
    "PrismStartError",
    "SteadyServer",
    "free_port",
    "mock_base_url",
    "PRISM",
    "SPEC",
    "STEADY",
]

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STEADY = ROOT / "node_modules" / ".bin" / "steady"
SPEC = ROOT / "openapi.json"
HOST = "127.0.0.1"
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0
_PR_SET_PDEATHSIG = 1


class PrismStartError(RuntimeError):
    """A mock did not answer in time, or exited; the message carries the tail of its log."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    # Runs in the child between fork and exec: ask the kernel to SIGTERM Prism when pytest dies.
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass


class MockProcess:
    """One mock server process serving `spec` on `127.0.0.1:port` (a subclass says which program)."""

    name = "mock"
    program = PRISM

    def __init__(self, spec: Path = SPEC, port: int | None = None) -> None:
        self.spec = spec
        self.port = port or free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.NamedTemporaryFile(prefix=f"{self.name}-", suffix=".log", delete=False)  # noqa: SIM115

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self, timeout_s: float = START_TIMEOUT_S) -> MockProcess:
        if not self.program.exists():
            raise PrismStartError(f"{self.program} is missing: run `make setup` (npm ci) first")
        self.process = subprocess.Popen(
            self.command(),
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        _running.add(self)
        try:
            self._wait_ready(timeout_s)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise PrismStartError(f"{self.name} exited with {self.process.returncode}: {self.log_tail()}")
            if self._answers():
                return
            time.sleep(0.2)
        raise PrismStartError(f"{self.name} did not answer on {self.url} within {timeout_s:.0f}s: {self.log_tail()}")

    def _answers(self) -> bool:
        # Any HTTP status means the mock is routing requests (an unknown path gives 404).
        try:
            with urllib.request.urlopen(f"{self.url}/", timeout=1.0):
                return True
        except urllib.error.HTTPError:
            return True
        except OSError:
            return False

    def log_tail(self, lines: int = 15) -> str:
        text = Path(self._log.name).read_text(errors="replace")
        return " | ".join(text.strip().splitlines()[-lines:])

    def stop(self) -> None:
        """Kill the mock's process group (TERM, then KILL) and reap it. Safe to call twice."""
        _running.discard(self)
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            _signal_group(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                _signal_group(process.pid, signal.SIGKILL)
                process.wait(timeout=STOP_TIMEOUT_S)
        elif process is not None:
            # The mock itself is gone; children it may have left still share its group.
            _signal_group(process.pid, signal.SIGKILL)
        self._log.close()
        Path(self._log.name).unlink(missing_ok=True)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


def _signal_group(pgid: int, signum: int) -> None:
    try:
        os.killpg(pgid, signum)
    except ProcessLookupError:
        pass


class PrismServer(MockProcess):
    """`prism mock` (@stoplight/prism-cli): checks that `x-api-key` is present, validates requests (422)."""

    name = "prism"
    program = PRISM

    def command(self) -> list[str]:
        return [str(PRISM), "mock", str(self.spec), "-h", HOST, "-p", str(self.port)]


class SteadyServer(MockProcess):
    """Steady (@stdy/cli), Stainless's mock: validates requests (400), does not check the key, and answers
    `{}` where the spec documents no content."""

    name = "steady"
    program = STEADY

    def command(self) -> list[str]:
        return [str(STEADY), "--host", HOST, "-p", str(self.port), "--quiet", "--no-color", str(self.spec)]


_running: set[MockProcess] = set()


def _stop_all() -> None:
    for server in list(_running):
        server.stop()


def _on_fatal_signal(signum: int, frame: FrameType | None) -> None:
    _stop_all()
    # Then die the way the signal asked, so callers see the usual exit status.
    signal.signal(signum, _previous_handlers.get(signum, signal.SIG_DFL))
    os.kill(os.getpid(), signum)


_previous_handlers: dict[int, Any] = {}


def _install_signal_handlers() -> None:
    for signum in (signal.SIGTERM, signal.SIGHUP):
        previous = signal.getsignal(signum)
        if previous in (signal.SIG_DFL, None):
            _previous_handlers[signum] = signal.SIG_DFL
            signal.signal(signum, _on_fatal_signal)


atexit.register(_stop_all)


@pytest.fixture(scope="session")
def mock_base_url() -> Iterator[str]:
    """Base URL of the mock the contract suite talks to: `MOCK_URL`, or a local Prism started here."""
    hosted = os.environ.get("MOCK_URL", "").strip()
    if hosted:
        yield hosted.rstrip("/")
        return
    _install_signal_handlers()
    server = PrismServer().start()
    try:
        yield server.url
    finally:
        server.stop()
