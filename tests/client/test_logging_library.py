"""Logging as a library should: one `finalpos` logger with a `NullHandler`; `FINALPOS_LOG` configures
ours only (httpx's logger stays as the application left it); lenient-parsing notices are `finalpos`
WARNING records, never `warnings` and never stderr output in an application that configured nothing;
the key appears in no record. Each case runs in a fresh interpreter, as an application starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.package_under_test import subprocess_pythonpath

from .conftest import CANARY_KEY, LocalServer, Reply

# A session whose closeTime is null (the spec allows none): a lenient-parsing notice is due.
APP = """
import json, logging, sys, warnings
import finalpos
with finalpos.FinalPOS() as client:
    session = client.sessions.retrieve("s1")
    print(json.dumps({
        "unparsed": session.unparsed,
        "ours": [type(h).__name__ for h in logging.getLogger("finalpos").handlers],
        "httpx": [logging.getLogger("httpx").level, len(logging.getLogger("httpx").handlers)],
    }))
"""


def _run(server: LocalServer, tmp_path: Path, *flags: str, log: str | None = None) -> subprocess.CompletedProcess[str]:
    server.default = lambda seen: Reply(200, {"id": "s1", "closeTime": None}, headers={"x-request-id": "r1"})
    env = {
        **{k: v for k, v in os.environ.items() if k != "FINALPOS_LOG"},
        "FINALPOS_API_KEY": CANARY_KEY,
        "FINALPOS_BASE_URL": server.base_url,
        "PYTHONPATH": subprocess_pythonpath(),
    }
    if log:
        env["FINALPOS_LOG"] = log
    return subprocess.run(
        [sys.executable, *flags, "-c", APP], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )


def test_an_unconfigured_app_hears_nothing(server: LocalServer, tmp_path: Path) -> None:
    done = _run(server, tmp_path, "-W", "error")  # and no warnings.warn: -W error would make it raise
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # the NullHandler keeps Python's last-resort handler quiet
    out = json.loads(done.stdout)
    assert out["unparsed"] == {"closeTime": None} and out["ours"] == ["NullHandler"]
    assert out["httpx"] == [0, 0]


def test_finalpos_log_configures_ours_only(server: LocalServer, tmp_path: Path) -> None:
    for level, seen in (("warning", "Session.closeTime"), ("info", "HTTP Request: GET /v1/api/session/s1 -> 200")):
        done = _run(server, tmp_path, log=level)
        assert done.returncode == 0, done.stderr
        assert seen in done.stderr and "finalpos" in done.stderr
        assert "httpx" not in done.stderr and CANARY_KEY not in done.stderr + done.stdout
        out = json.loads(done.stdout)
        assert out["ours"] == ["NullHandler", "StreamHandler"] and out["httpx"] == [0, 0]  # httpx left alone
    info = _run(server, tmp_path, log="info")
    assert "request id r1" in info.stderr and "Session.closeTime" in info.stderr
