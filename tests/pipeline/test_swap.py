"""swap: the COMMIT marker is the point of no return; before it the old state stands, after it
`recover()` (which every regen runs first) rolls the move forward."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import swap
from codegen.fingerprint import tree_sha256
from codegen.workspace import Workspace


def make_project(root: Path) -> Workspace:
    (root / "generated" / "pkg").mkdir(parents=True)
    (root / "generated" / "pkg" / "old.py").write_text("OLD = 1\n")
    (root / "openapi.json").write_text('{"old": true}\n')
    (root / "openapi.record.json").write_text('{"record": "old"}\n')
    return Workspace(root)


def stage_new(ws: Workspace) -> None:
    staged = ws.scratch_dir / "stage"
    (staged / "pkg").mkdir(parents=True)
    (staged / "pkg" / "new.py").write_text("NEW = 1\n")
    swap.stage_transaction(
        ws, staged, {"openapi.json": b'{"new": true}\n', "openapi.record.json": b'{"record": "new"}\n'}
    )


def state(ws: Workspace) -> tuple[str, bytes, bytes]:
    return tree_sha256(ws.generated_dir), ws.spec_path.read_bytes(), ws.record_path.read_bytes()


def test_commit_replaces_everything_and_cleans_up(tmp_path: Path) -> None:
    ws = make_project(tmp_path)
    stage_new(ws)
    swap.commit(ws)
    assert sorted(p.name for p in (ws.generated_dir / "pkg").iterdir()) == ["new.py"]
    assert ws.spec_path.read_bytes() == b'{"new": true}\n'
    assert ws.record_path.read_bytes() == b'{"record": "new"}\n'
    assert not (ws.scratch_dir / "txn").exists()


def test_crash_before_commit_leaves_the_old_state(tmp_path: Path) -> None:
    ws = make_project(tmp_path)
    before = state(ws)
    stage_new(ws)  # the process dies here: no COMMIT marker
    assert state(ws) == before
    assert swap.recover(ws) is False
    assert state(ws) == before
    assert not (ws.scratch_dir / "txn").exists()


@pytest.mark.parametrize("moved_before_crash", [0, 1, 2], ids=["nothing-moved", "old-tree-parked", "new-tree-in-place"])
def test_crash_after_commit_is_rolled_forward(tmp_path: Path, moved_before_crash: int) -> None:
    ws = make_project(tmp_path)
    stage_new(ws)
    txn = ws.scratch_dir / "txn"
    (txn / "COMMIT").write_bytes(b"commit\n")  # commit() died right after writing its marker...
    if moved_before_crash >= 1:  # ...or half-way through recover()'s renames
        ws.generated_dir.rename(txn / "old-generated")
    if moved_before_crash >= 2:
        (txn / "generated").rename(ws.generated_dir)
    assert swap.recover(ws) is True
    assert sorted(p.name for p in (ws.generated_dir / "pkg").iterdir()) == ["new.py"]
    assert ws.spec_path.read_bytes() == b'{"new": true}\n'
    assert ws.record_path.read_bytes() == b'{"record": "new"}\n'
    assert not txn.exists()
    assert swap.recover(ws) is False  # idempotent


def test_discard_drops_an_uncommitted_transaction_only(tmp_path: Path) -> None:
    ws = make_project(tmp_path)
    stage_new(ws)
    swap.discard(ws)
    assert not (ws.scratch_dir / "txn").exists()
    stage_new(ws)
    (ws.scratch_dir / "txn" / "COMMIT").write_bytes(b"commit\n")
    swap.discard(ws)
    assert (ws.scratch_dir / "txn" / "COMMIT").exists()


def test_unknown_file_is_not_swapped(tmp_path: Path) -> None:
    ws = make_project(tmp_path)
    staged = ws.scratch_dir / "stage"
    staged.mkdir(parents=True)
    with pytest.raises(ValueError, match="unexpected file in swap: Makefile"):
        swap.stage_transaction(ws, staged, {"Makefile": b""})
