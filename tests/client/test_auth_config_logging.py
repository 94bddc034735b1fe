"""Auth, base URL selection, and the API key canary: never in repr/str, exception messages or logs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import finalpos
import pytest
from finalpos import AsyncFinalPOS, FinalPOS

from tests.package_under_test import subprocess_pythonpath

from .conftest import CANARY_KEY, LocalServer, Reply


def test_missing_key_is_a_clear_error_at_construction() -> None:
    with pytest.raises(finalpos.FinalPOSError, match="FINALPOS_API_KEY"):
        FinalPOS(base_url="http://127.0.0.1:9")
    with pytest.raises(finalpos.FinalPOSError):
        AsyncFinalPOS(api_key="", base_url="http://127.0.0.1:9")


def test_key_and_base_url_from_environment(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINALPOS_API_KEY", CANARY_KEY)
    monkeypatch.setenv("FINALPOS_BASE_URL", server.base_url)
    server.reply(Reply(200, {"id": "s1"}))
    with FinalPOS() as client:
        assert client.sessions.retrieve("s1").id == "s1"
    assert server.seen[0].headers["x-api-key"] == CANARY_KEY
    with pytest.raises(ValueError):
        FinalPOS(environment="mock")  # FINALPOS_BASE_URL and environment= together are ambiguous


def test_environments_pick_the_documented_urls() -> None:
    assert FinalPOS(api_key="k").base_url == "https://api.finalpos.com"
    assert FinalPOS(api_key="k", environment="production").base_url == "https://api.finalpos.com"
    assert FinalPOS(api_key="k", environment="mock").base_url == "https://docs.finalpos.com/_mock/openapi"
    assert FinalPOS(api_key="k", base_url="http://127.0.0.1:1").base_url == "http://127.0.0.1:1"
    with pytest.raises(ValueError):
        FinalPOS(api_key="k", environment="staging")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        FinalPOS(api_key="k", base_url="http://127.0.0.1:1", environment="mock")


def test_a_spec_without_servers_gives_a_client_that_asks_for_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    # What `_spec_settings.py` holds when the pulled spec lists no server (codegen/settings_module.py).
    monkeypatch.setattr(finalpos._base_client, "ENVIRONMENTS", {})
    monkeypatch.setattr(finalpos._base_client, "DEFAULT_ENVIRONMENT", "")
    monkeypatch.delenv("FINALPOS_BASE_URL", raising=False)
    with pytest.raises(finalpos.InvalidArgumentError, match="lists no server: pass base_url= or set FINALPOS_BASE_URL"):
        FinalPOS(api_key="k")
    assert FinalPOS(api_key="k", base_url="http://127.0.0.1:1").base_url == "http://127.0.0.1:1"
    monkeypatch.setenv("FINALPOS_BASE_URL", "http://127.0.0.1:2")
    assert FinalPOS(api_key="k").base_url == "http://127.0.0.1:2"


def test_key_never_in_repr_or_str() -> None:
    for client in (
        FinalPOS(api_key=CANARY_KEY, base_url="http://127.0.0.1:1"),
        AsyncFinalPOS(api_key=CANARY_KEY, base_url="http://127.0.0.1:1"),
    ):
        for shown in (repr(client), str(client), repr(client.with_options(max_retries=0)), repr(client.customers)):
            assert CANARY_KEY not in shown


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500])
def test_key_never_in_error_messages_even_when_echoed(client: FinalPOS, server: LocalServer, status: int) -> None:
    server.default = lambda seen: Reply(status, {"message": f"bad key {seen.headers['x-api-key']}"})
    with pytest.raises(finalpos.APIStatusError) as caught:
        client.with_options(max_retries=0).sessions.retrieve("s1")
    assert CANARY_KEY not in str(caught.value) and CANARY_KEY not in repr(caught.value)
    assert "bad key ***" in str(caught.value)


def test_key_never_in_other_error_messages(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, f"echo {CANARY_KEY}"))
    with pytest.raises(finalpos.APIResponseValidationError) as caught:
        client.sessions.retrieve("s1")
    assert CANARY_KEY not in str(caught.value)
    with FinalPOS(api_key=CANARY_KEY, base_url="http://127.0.0.1:1", max_retries=0) as dead:
        with pytest.raises(finalpos.APIConnectionError) as refused:
            dead.sessions.retrieve("s1")
    assert CANARY_KEY not in str(refused.value)


def test_debug_logs_redact_the_key(client: FinalPOS, server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: finalpos, httpx, httpcore
    server.reply(Reply(503), Reply(200, {"id": "s1"}))
    client.sessions.retrieve("s1")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "Request: GET /v1/api/session/s1" in text and "Retrying GET" in text
    assert "'x-api-key': '***'" in text
    assert CANARY_KEY not in text


def test_finalpos_log_env_turns_logging_on(server: LocalServer, tmp_path: Path) -> None:
    server.default = lambda seen: Reply(200, {"id": "s1"})
    code = "import finalpos; finalpos.FinalPOS().sessions.retrieve('s1')"
    env = {
        **os.environ,
        "FINALPOS_API_KEY": CANARY_KEY,
        "FINALPOS_BASE_URL": server.base_url,
        "PYTHONPATH": subprocess_pythonpath(),
    }
    for level, expected in (("debug", "Request: GET"), ("info", "HTTP Request: GET")):
        done = subprocess.run(
            [sys.executable, "-c", code],
            env={**env, "FINALPOS_LOG": level},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert expected in done.stderr and CANARY_KEY not in done.stderr + done.stdout
    quiet = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert quiet.stderr == ""
