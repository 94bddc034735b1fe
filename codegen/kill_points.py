"""Fault injection for the reliability tests: `REGEN_KILL_AT=<point>` SIGKILLs the regen at that point.

The points are the stages, on entering them (`fetch`, `normalise`, `generate`, `overlay`, `verify`, `swap`,
`commit`), and the steps of the swap's roll-forward (`swap:committed`, `swap:old-moved-away`, ...), so a
test can prove that a process killed anywhere loses nothing and the next `make regen` finishes the job.
Unset (every real run), a point costs one environment lookup.
"""

from __future__ import annotations

import os
import signal
import sys

__all__ = ["KILL_AT_ENV", "kill_point"]

KILL_AT_ENV = "REGEN_KILL_AT"


def kill_point(name: str) -> None:
    """SIGKILL this process (no cleanup, like a power cut) when `REGEN_KILL_AT` names this point."""
    if os.environ.get(KILL_AT_ENV) == name:
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
