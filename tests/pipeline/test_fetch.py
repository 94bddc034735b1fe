"""fetch against a real HTTP server on loopback: what comes back, what goes out, and how it fails.

Connect-level failures (DNS, refused, connect timeout) are `OfflineError` (the caller may fall back
to the committed snapshot); a server that answered badly is a plain `RegenError` (a refusal).
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

from codegen.errors import OfflineError, RegenError
from codegen.fetch import FetchLimits, fetch
from tests.local_server import LocalServer, Route, closed_port

SPEC = b'{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}'
FAST = FetchLimits(read_timeout=0.5, connect_timeout=2.0, max_bytes=10_000)


def test_200_returns_body_content_type_and_etag(spec_server: LocalServer) -> None:
    url = spec_server.add("/spec.json", Route(body=SPEC, headers={"Content-Type": "application/json"}, etag='"v1"'))
    result = fetch(url, limits=FAST)
    assert (result.body, result.content_type, result.etag) == (SPEC, "application/json", '"v1"')
    assert not result.not_modified


def test_yaml_body_comes_back_as_sent(spec_server: LocalServer) -> None:
    yaml_body = b"openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths: {}\n"
    url = spec_server.add(
        "/spec.yaml", Route(body=yaml_body, headers={"Content-Type": "application/yaml; charset=utf-8"})
    )
    result = fetch(url, limits=FAST)
    assert (result.body, result.content_type) == (yaml_body, "application/yaml")


def test_recorded_etag_goes_out_as_if_none_match_and_a_304_costs_one_request(spec_server: LocalServer) -> None:
    url = spec_server.add("/spec.json", Route(body=SPEC, etag='"v1"'))
    first = fetch(url, limits=FAST)
    second = fetch(url, etag=first.etag, limits=FAST)
    assert second.not_modified and second.body is None and second.etag == '"v1"'
    seen = spec_server.requests_to("/spec.json")
    assert len(seen) == 2
    assert "if-none-match" not in seen[0].headers
    assert seen[1].headers["if-none-match"] == '"v1"'


def test_changed_etag_downloads_again(spec_server: LocalServer) -> None:
    url = spec_server.add("/spec.json", Route(body=SPEC, etag='"v2"'))
    result = fetch(url, etag='"v1"', limits=FAST)
    assert result.body == SPEC and result.etag == '"v2"'


@pytest.mark.parametrize("status", [301, 302])
def test_redirect_is_followed_and_the_asked_url_is_kept(spec_server: LocalServer, status: int) -> None:
    target = spec_server.add("/v2/spec.json", Route(body=SPEC))
    url = spec_server.add("/spec.json", Route(status=status, headers={"Location": "/v2/spec.json"}))
    result = fetch(url, limits=FAST)
    assert result.body == SPEC
    assert (result.url, result.final_url) == (url, target)
    assert [r.path for r in spec_server.seen] == ["/spec.json", "/v2/spec.json"]


def test_redirect_loop_is_refused(spec_server: LocalServer) -> None:
    url = spec_server.add("/loop", Route(status=302, headers={"Location": "/loop"}))
    with pytest.raises(RegenError, match="redirected more than 5 times") as caught:
        fetch(url, limits=FAST)
    assert not isinstance(caught.value, OfflineError)


@pytest.mark.parametrize(
    ("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error"), (503, "Service Unavailable")]
)
def test_http_error_status_is_a_refusal_naming_it(spec_server: LocalServer, status: int, reason: str) -> None:
    url = spec_server.add("/spec.json", Route(status=status, body=b"nope"))
    with pytest.raises(RegenError, match=f"answered HTTP {status} {reason}") as caught:
        fetch(url, limits=FAST)
    assert not isinstance(caught.value, OfflineError)


def test_slow_server_past_the_read_timeout_is_a_refusal(spec_server: LocalServer) -> None:
    url = spec_server.add("/spec.json", Route(body=SPEC, delay_s=5))
    with pytest.raises(RegenError, match=r"accepted the connection but sent nothing for 0.5s") as caught:
        fetch(url, limits=FAST)
    assert not isinstance(caught.value, OfflineError)


def test_read_timeout_comes_from_fetch_timeout_env(spec_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_TIMEOUT", "0.3")
    url = spec_server.add("/spec.json", Route(body=SPEC, delay_s=5))
    with pytest.raises(RegenError, match=r"sent nothing for 0.3s; .*FETCH_TIMEOUT"):
        fetch(url)


@pytest.mark.parametrize("bad", ["0", "-1", "soon"])
def test_a_bad_limit_in_the_env_is_refused_naming_it(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    monkeypatch.setenv("FETCH_MAX_BYTES", bad)
    with pytest.raises(RegenError, match=f"FETCH_MAX_BYTES='{bad}' is not a positive int"):
        fetch("http://127.0.0.1:9/spec.json")


def test_body_over_the_announced_cap_is_refused(spec_server: LocalServer) -> None:
    url = spec_server.add("/big.json", Route(body=b" " * 20_000))
    with pytest.raises(RegenError, match="announces 20000 bytes, over the 10000-byte cap"):
        fetch(url, limits=FAST)


def test_body_over_the_cap_without_content_length_is_refused(spec_server: LocalServer) -> None:
    url = spec_server.add("/big.json", Route(body=b" " * 20_000, content_length=False))
    with pytest.raises(RegenError, match="sent more than the 10000-byte cap"):
        fetch(url, limits=FAST)


def test_size_cap_comes_from_fetch_max_bytes_env(spec_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_MAX_BYTES", "10")
    url = spec_server.add("/spec.json", Route(body=SPEC))
    with pytest.raises(RegenError, match="over the 10-byte cap"):
        fetch(url)


def test_truncated_transfer_is_a_refusal(spec_server: LocalServer) -> None:
    url = spec_server.add("/spec.json", Route(body=SPEC, truncate_to=20))
    with pytest.raises(RegenError, match="transfer from .* failed") as caught:
        fetch(url, limits=FAST)
    assert not isinstance(caught.value, OfflineError)


def test_server_that_drops_the_connection_is_a_refusal(spec_server: LocalServer) -> None:
    url = spec_server.add("/spec.json", Route(drop=True))
    with pytest.raises(RegenError, match="transfer from .* failed") as caught:
        fetch(url, limits=FAST)
    assert not isinstance(caught.value, OfflineError)


def test_connection_refused_is_offline() -> None:
    url = f"http://127.0.0.1:{closed_port()}/spec.json"
    with pytest.raises(OfflineError, match=f"cannot reach {url}"):
        fetch(url, limits=FAST)


def test_stopped_server_is_offline() -> None:
    from tests.local_server import serve

    with serve() as server:
        url = server.add("/spec.json", Route(body=SPEC))
        assert fetch(url, limits=FAST).body == SPEC
    with pytest.raises(OfflineError, match="cannot reach"):
        fetch(url, limits=FAST)


def test_name_resolution_failure_is_offline() -> None:
    with pytest.raises(OfflineError, match=r"cannot reach http://nonexistent\.invalid/"):
        fetch("http://nonexistent.invalid/openapi.json", limits=FAST)


def test_connect_timeout_is_offline() -> None:
    # A connect timeout needs an address that swallows SYNs; loopback never does, so a transport mock.
    with respx.mock:
        respx.get("http://127.0.0.1:9/spec.json").mock(side_effect=httpx.ConnectTimeout("timed out"))
        with pytest.raises(OfflineError, match="cannot reach .*timed out"):
            fetch("http://127.0.0.1:9/spec.json", limits=FAST)


def test_file_url(tmp_path: Path) -> None:
    spec = tmp_path / "spec dir" / "openapi.json"
    spec.parent.mkdir()
    spec.write_bytes(SPEC)
    result = fetch(spec.as_uri(), limits=FAST)
    assert (result.body, result.content_type) == (SPEC, "application/json")


def test_missing_file_and_unknown_scheme_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RegenError, match="no file at"):
        fetch((tmp_path / "absent.json").as_uri(), limits=FAST)
    with pytest.raises(RegenError, match="unsupported URL scheme"):
        fetch("ftp://127.0.0.1/openapi.json", limits=FAST)
