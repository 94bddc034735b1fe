"""The Prism fixture's promises: it answers on loopback, and stopping it leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request

import pytest

from tests.contract.harness import AUTH_NAME, SPEC
from tests.mock_server import HOST, PrismServer


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is reaped by its parent, so read its state.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split()[2] != "Z"


def test_prism_answers_on_loopback_and_stop_reaps_its_group() -> None:
    server = PrismServer().start()
    assert server.url.startswith(f"http://{HOST}:")
    assert server.process is not None
    pid = server.process.pid
    # A route of the spec it mocks (whatever was pulled): Prism answers it, as it would not an unknown one.
    path = next(p for p, item in SPEC["paths"].items() if "{" not in p and "get" in item)
    headers = {AUTH_NAME: "k"} if AUTH_NAME else {}
    request = urllib.request.Request(f"{server.url}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            status = response.status
    except urllib.error.HTTPError as error:  # a 4xx for arguments it wants still comes from the route
        status = error.code
    assert status != 404, f"Prism does not know {path} of the spec it mocks"
    server.stop()
    assert not server.running
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # the whole group is gone, not just the leader
    server.stop()  # a second stop is harmless


def test_sigterm_to_the_test_process_stops_prism() -> None:
    """What `kill <pytest pid>` does: the SIGTERM handler stops Prism, then the process dies as asked."""
    script = textwrap.dedent(
        """
        import sys, time
        sys.path[:0] = ["."]
        from tests.mock_server import PrismServer, _install_signal_handlers
        _install_signal_handlers()
        server = PrismServer().start()
        print(server.process.pid, flush=True)
        time.sleep(120)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    prism_pid = int(child.stdout.readline())
    assert _alive(prism_pid)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == -signal.SIGTERM
    deadline = time.monotonic() + 10
    while _alive(prism_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(prism_pid)
