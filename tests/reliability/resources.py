"""Counting what a client holds: file descriptors, TCP connections to a server, memory.

Connections are counted from the kernel's view, not the client's: the sockets in this process's
fd table (`/proc/self/fd` -> `socket:[inode]`) matched against `/proc/net/tcp` rows whose remote
port is the server's. TIME_WAIT rows hold no fd and are not counted.
"""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MemoryProfile", "connections_to", "measure_memory", "open_fds", "rss_bytes"]

_TIME_WAIT = "06"
_LISTEN = "0A"


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _own_socket_inodes() -> set[str]:
    inodes: set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed between listdir and readlink
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def connections_to(port: int) -> int:
    """TCP connections this process holds open (any state but TIME_WAIT/LISTEN) to `port`."""
    mine = _own_socket_inodes()
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            cols = line.split()
            remote_port = int(cols[2].rsplit(":", 1)[1], 16)
            if remote_port == port and cols[3] not in (_TIME_WAIT, _LISTEN) and cols[9] in mine:
                count += 1
    return count


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


@dataclass(frozen=True)
class MemoryProfile:
    requests: int
    blocks_after_thirds: tuple[int, int, int]
    """Live allocator blocks (`sys.getallocatedblocks()`) after each third of the requests, after a
    full gc: a leak of even one small object per request shows as >= 1 block per request."""
    rss_after_thirds: tuple[int, int, int]
    traced_after_thirds: tuple[int, int, int] | None
    """Python heap bytes (tracemalloc) after each third, when traced (slow: full runs only)."""

    @property
    def blocks_per_request(self) -> float:
        """Growth from the end of the first third to the end of the last (warm-up excluded)."""
        return (self.blocks_after_thirds[2] - self.blocks_after_thirds[0]) / max(1, self.requests * 2 // 3)

    @property
    def bytes_per_request(self) -> float | None:
        if self.traced_after_thirds is None:
            return None
        return (self.traced_after_thirds[2] - self.traced_after_thirds[0]) / max(1, self.requests * 2 // 3)

    def figures(self) -> str:
        blocks = "/".join(str(v) for v in self.blocks_after_thirds)
        rss = "/".join(f"{v / 1024 / 1024:.1f}" for v in self.rss_after_thirds)
        text = f"blocks {blocks} ({self.blocks_per_request:+.2f}/request), RSS MiB {rss}"
        if self.traced_after_thirds is not None:
            heap = "/".join(f"{v / 1024:.0f}" for v in self.traced_after_thirds)
            text += f", heap KiB {heap} ({self.bytes_per_request:+.1f} B/request)"
        return text


def measure_memory(requests: int, run_batch: Callable[[int], None], trace: bool = False) -> MemoryProfile:
    """Run `requests` calls in three equal batches (`run_batch(n)`), sampling memory after each."""
    third = requests // 3
    blocks: list[int] = []
    traced: list[int] = []
    rss: list[int] = []
    started = trace and not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        for _ in range(3):
            run_batch(third)
            gc.collect()
            blocks.append(sys.getallocatedblocks())
            rss.append(rss_bytes())
            if trace:
                traced.append(tracemalloc.get_traced_memory()[0])
    finally:
        if started:
            tracemalloc.stop()
    return MemoryProfile(
        third * 3,
        (blocks[0], blocks[1], blocks[2]),
        (rss[0], rss[1], rss[2]),
        (traced[0], traced[1], traced[2]) if trace else None,
    )
