"""Stage 7, swap: replace `generated/`, `openapi.json` and their record as one transaction.

Everything is staged under `.regen/txn/` first (same filesystem, so moves are renames). A `COMMIT`
marker, written and fsynced last, is the point of no return: before it, the old state stands and the
staging is thrown away; after it, `recover()` rolls the move forward, every step idempotent, so a
process killed half-way is completed by the next `make regen` (which calls `recover()` first).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .errors import RegenError
from .kill_points import kill_point
from .workspace import Workspace

__all__ = ["stage_transaction", "commit", "recover", "discard", "assert_writable"]

STAGE = "swap"
FILES = ("openapi.json", "openapi.record.json", "CHANGELOG.md")


def _txn(ws: Workspace) -> Path:
    return ws.scratch_dir / "txn"


def _kill_point(step: str) -> None:
    # REGEN_KILL_AT=swap:<step>: the reliability tests prove each step of the roll-forward resumes.
    kill_point(f"swap:{step}")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def assert_writable(ws: Workspace) -> None:
    """Refuse before the point of no return if a target cannot be written (read-only disk, perms)."""
    for directory in (ws.root, ws.generated_dir if ws.generated_dir.exists() else ws.root):
        probe = directory / f".regen-write-probe-{os.getpid()}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise RegenError(
                STAGE, f"cannot write to {directory} ({exc.strerror})", "make it writable and run make regen again"
            ) from None


def discard(ws: Workspace) -> None:
    txn = _txn(ws)
    if txn.exists() and not (txn / "COMMIT").exists():
        shutil.rmtree(txn, ignore_errors=True)


def stage_transaction(ws: Workspace, staged_generated: Path, files: dict[str, bytes]) -> Path:
    """Move the staged package and write the new files into `.regen/txn/` (nothing visible changes)."""
    recover(ws)
    txn = _txn(ws)
    if txn.exists():
        shutil.rmtree(txn)
    txn.mkdir(parents=True)
    os.rename(staged_generated, txn / "generated")
    for name, content in files.items():
        if name not in FILES:
            raise ValueError(f"unexpected file in swap: {name}")
        (txn / name).write_bytes(content)
    return txn


def commit(ws: Workspace) -> None:
    assert_writable(ws)
    txn = _txn(ws)
    marker = txn / "COMMIT"
    with open(marker, "wb") as fh:
        fh.write(b"commit\n")
        fh.flush()
        os.fsync(fh.fileno())
    _fsync_dir(txn)
    _kill_point("committed")
    recover(ws)


def recover(ws: Workspace) -> bool:
    """Finish a committed transaction, or drop an uncommitted one. True if something was finished."""
    txn = _txn(ws)
    if not txn.exists():
        return False
    if not (txn / "COMMIT").exists():
        shutil.rmtree(txn, ignore_errors=True)
        return False
    new_generated = txn / "generated"
    old_generated = txn / "old-generated"
    if new_generated.exists():
        if ws.generated_dir.exists() and not old_generated.exists():
            os.rename(ws.generated_dir, old_generated)
            _kill_point("old-moved-away")
        elif ws.generated_dir.exists():
            shutil.rmtree(ws.generated_dir)
        os.rename(new_generated, ws.generated_dir)
        _kill_point("new-moved-in")
    for name in FILES:
        staged = txn / name
        if staged.exists():
            os.replace(staged, ws.root / name)
            _kill_point(f"replaced-{name}")
    _fsync_dir(ws.root)
    (txn / "COMMIT").unlink()
    _kill_point("marker-removed")
    shutil.rmtree(txn, ignore_errors=True)
    return True
