"""Child processes that run beside the build (the spec's validation and Redocly lint) at a lower CPU priority.

The build and verify are the regen's critical path; the checks beside them finish well before verify does.
On two busy cores, three processes taking equal turns slowed the generator to half speed; niced, the
checks take the CPU the build leaves. Their verdicts are unchanged, only when they arrive.
"""

from __future__ import annotations

import os
import subprocess
from typing import Any

__all__ = ["NICENESS", "start_beside_build"]

NICENESS = 10


def start_beside_build(command: list[str], **popen_kwargs: Any) -> subprocess.Popen[str]:
    """`Popen(command, text=True, ...)`, the child's niceness raised by NICENESS (at most to 19)."""
    process: subprocess.Popen[str] = subprocess.Popen(command, text=True, **popen_kwargs)
    try:
        niceness = min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS)
        os.setpriority(os.PRIO_PROCESS, process.pid, niceness)
    except (AttributeError, OSError):  # no priorities on this platform, or the child is already gone
        pass
    return process
