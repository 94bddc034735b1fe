"""`python -m finalpos.testing --port N` serves the fake over HTTP on loopback (another process)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from finalpos import AuthenticationError, FinalPOS

from tests.mock_server import free_port
from tests.testing.support import ROOT


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    seeds = tmp_path / "seed.json"
    seeds.write_text(json.dumps({"customers": [{"email": "seeded@example.com", "firstName": "Sam"}]}))
    process = subprocess.Popen(
        [sys.executable, "-m", "finalpos.testing", "--port", str(free_port()), "--api-key", "k1", "--seed", str(seeds)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "generated")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"on (http://127\.0\.0\.1:\d+) ", line)
        assert found, f"no address announced: {line!r} {process.stderr.read() if process.poll() is not None else ''}"
        yield found.group(1)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_fake_as_a_server_keeps_state_and_checks_the_key(server: str) -> None:
    with FinalPOS(api_key="k1", base_url=server, max_retries=0) as client:
        assert [c.email for c in client.customers.list()] == ["seeded@example.com"]
        created = client.customers.create(email="ann@example.com", first_name="Ann", last_name="Lee")
        assert [c.id for c in client.customers.list()][-1] == created.id
    with FinalPOS(api_key="other", base_url=server, max_retries=0) as client, pytest.raises(AuthenticationError):
        list(client.customers.list())


def test_the_server_refuses_a_non_loopback_address() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "finalpos.testing", "--host", "0.0.0.0", "--port", "0"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "generated")},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2 and "0.0.0.0" in done.stderr
