"""The workspace lock: regens in one checkout take turns (they share `.regen/stage/`)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from codegen.errors import RegenError
from codegen.workspace import Workspace, workspace_lock


def test_a_second_regen_waits_for_the_first_to_finish(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    first_holds, first_done = threading.Event(), threading.Event()
    order: list[str] = []

    def first() -> None:
        with workspace_lock(ws):
            first_holds.set()
            first_done.wait(timeout=10)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    assert first_holds.wait(timeout=10)
    threading.Timer(0.3, first_done.set).start()
    with workspace_lock(ws, timeout_s=10):
        order.append("second")
    thread.join()
    assert order == ["first", "second"]


def test_a_regen_that_waits_past_the_timeout_stops_with_one_line(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    with workspace_lock(ws), pytest.raises(RegenError) as caught, workspace_lock(ws, timeout_s=0.3):
        pass
    assert caught.value.stage == "lock"
    assert caught.value.one_line() == (
        "regen stopped at lock: another regen is still running in this checkout; wait for it to finish "
        "(openapi.json and generated/ were not changed)"
    )
    with workspace_lock(ws, timeout_s=0.3):  # released: the next regen goes in
        pass
