"""The harness's own checks can fail: each is shown catching the fault it exists to catch."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import httpx

from tests.reliability.regen_faults import FaultWorkspace, changed_spec
from tests.reliability.resources import connections_to, measure_memory
from tests.reliability.secrets_scan import scan_source
from tests.reliability.servers import ScriptedServer
from tests.reliability.table import CaseResult, render_table


def test_a_case_with_nothing_tried_or_anything_lost_or_leaked_is_not_ok() -> None:
    assert not CaseResult("g", "empty").ok
    lost = CaseResult("g", "lost")
    lost.check(True, "")
    lost.lose("gone")
    leaked = CaseResult("g", "leaked")
    leaked.check(True, "")
    leaked.leak("fd")
    assert not lost.ok and not leaked.ok
    table = render_table([lost, leaked])
    assert "FAIL" in table and "! gone" in table


def test_memory_measure_sees_one_object_kept_per_request() -> None:
    kept: list[object] = []

    def keep(n: int) -> None:
        kept.extend(object() for _ in range(n))

    def drop(n: int) -> None:
        for _ in range(n):
            object()

    leaky = measure_memory(3_000, keep)
    flat = measure_memory(3_000, drop)
    assert leaky.blocks_per_request >= 0.9, leaky.figures()
    assert flat.blocks_per_request < 0.5, flat.figures()


def test_connection_count_sees_an_open_socket_and_its_close() -> None:
    with ScriptedServer() as server:
        sock = socket.create_connection(("127.0.0.1", server.port))
        try:
            assert connections_to(server.port) == 1
        finally:
            sock.close()
        assert connections_to(server.port) == 0


def test_the_other_host_records_a_key_that_follows_a_redirect() -> None:
    """Plain httpx following a cross-origin 307 forwards x-api-key: the capture must see it."""
    with ScriptedServer() as server, ScriptedServer() as other_host:
        server.redirect_to = f"http://localhost:{other_host.port}/capture/h1"
        with httpx.Client(follow_redirects=True, timeout=5) as client:
            client.get(server.base_url("redirect", "h1") + "/v1/api/session/x", headers={"x-api-key": "k-123"})
        seen = other_host.requests_for("h1")
    assert [s.headers.get("x-api-key") for s in seen] == ["k-123"]


def test_the_secrets_scan_flags_the_key_and_an_empty_source() -> None:
    assert not scan_source("k-123", "texts", ["fine", "oops k-123 here"]).ok
    assert not scan_source("k-123", "nothing", []).ok
    assert scan_source("k-123", "nothing, and that is fine", [], allow_empty=True).ok
    assert scan_source("k-123", "clean", ["fine"]).ok


def _tiny_template(root: Path) -> Path:
    template = root / "template"
    (template / "generated").mkdir(parents=True)
    (template / "generated" / "module.py").write_text("VALUE = 1\n")
    spec = {"info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"summary": "a"}}}}
    (template / "openapi.json").write_text(json.dumps(spec))
    (template / "openapi.record.json").write_text("{}\n")
    return template


def test_a_half_swapped_workspace_is_a_mix_unless_a_commit_marker_says_pending(tmp_path: Path) -> None:
    fw = FaultWorkspace(tmp_path, "ws", _tiny_template(tmp_path))
    assert fw.classify() == "old"
    (fw.root / "openapi.json").write_bytes(changed_spec((fw.root / "openapi.json").read_bytes()))
    assert fw.classify() == "mix"
    (fw.root / ".regen" / "txn").mkdir(parents=True)
    (fw.root / ".regen" / "txn" / "COMMIT").write_text("commit\n")
    assert fw.classify() == "pending"
    assert fw.leftovers() == ["txn"]
