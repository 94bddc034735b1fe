"""The mock fixtures' promises: Prism and Steady answer on loopback and stopping them leaves no process
behind; the prefix proxy serves only under its prefix; each mock's enforcement is learned as it is."""

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
from tests.contract.mocks import ContractMock, keyless_probe
from tests.mock_server import HOST, PrismServer, SteadyServer
from tests.prefix_proxy import HOSTED_MOCK_PREFIX, PrefixProxy


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


def test_steady_answers_on_loopback_and_stop_reaps_its_group() -> None:
    server = SteadyServer().start()
    assert server.process is not None
    pid = server.process.pid
    # A GET of the spec it mocks (whatever was pulled) that needs no parameter.
    probe = keyless_probe()
    with urllib.request.urlopen(f"{server.url}{probe.path}", timeout=5) as response:
        assert response.status == 200  # no key sent: Steady does not check it
    server.stop()
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)


def test_each_mock_is_asked_what_it_enforces(contract_mocks: list[ContractMock]) -> None:
    """What the suite learned before any check: Prism refuses a keyless call (where the pulled spec asks
    for a credential) and a bad body; Steady refuses a bad body but answers without a key; behind a
    prefix, Prism is still Prism."""
    key = keyless_probe().needs_key
    expected = {"prism": (key, True), "steady": (False, True), "prism-prefixed": (key, True)}
    # A hosted mock (MOCK_URL) is whatever it is: only the pinned local mocks have known answers.
    learned = {m.name: (m.enforces_key, m.refuses_bad_body) for m in contract_mocks if m.name in expected}
    if SPEC.get("info", {}).get("title") != "Final POS API":
        # Another API's spec: whether Prism checks its probe body depends on that spec (it passes any body
        # against openapi-python-client's own AModel), so only what does not is held: the key check as
        # the spec asks, Steady's body check, and Prism behind the prefix answering as Prism does.
        expected = {name: (want[0], learned[name][1]) for name, want in expected.items() if name in learned}
        expected["steady"] = (False, True)
        if "prism" in learned and "prism-prefixed" in learned:
            assert learned["prism-prefixed"] == learned["prism"]
    assert learned == {name: expected[name] for name in learned}


def test_prefix_proxy_serves_the_mock_only_under_the_prefix(mock_base_url: str) -> None:
    proxy = PrefixProxy(mock_base_url).start()
    try:
        assert proxy.url.endswith(HOSTED_MOCK_PREFIX)
        keyed = {AUTH_NAME: "k"} if AUTH_NAME else {}
        path = keyless_probe().path  # a GET of the pulled spec that needs no parameter
        with urllib.request.urlopen(urllib.request.Request(f"{mock_base_url}{path}", headers=keyed)) as direct:
            expected_type = direct.headers["Content-Type"]
        with urllib.request.urlopen(urllib.request.Request(f"{proxy.url}{path}", headers=keyed)) as ok:
            assert ok.status == 200 and ok.headers["Content-Type"] == expected_type
        outside = proxy.url.removesuffix(HOSTED_MOCK_PREFIX) + path
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(urllib.request.Request(outside, headers=keyed))
        assert caught.value.code == 404
    finally:
        proxy.stop()
