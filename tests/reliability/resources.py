"""Counting what a client holds: file descriptors, TCP connections to a server, memory.

Connections are counted from the kernel's view, not the client's: the sockets in this process's
fd table (`/proc/self/fd` -> `socket:[inode]`) matched against `/proc/net/tcp` rows whose remote
port is the server's. TIME_WAIT rows hold no fd and are not counted.
"""

from __future__ import annotations

import gc
import os
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
    traced_after_thirds: tuple[int, int, int]
    """Python heap in use (tracemalloc) after each third of the requests, after a full gc."""
    rss_after_thirds: tuple[int, int, int]

    @property
    def growth_bytes(self) -> int:
        """Heap growth from the end of the first third to the end of the last (warm-up excluded)."""
        return self.traced_after_thirds[2] - self.traced_after_thirds[0]

    @property
    def growth_per_request(self) -> float:
        return self.growth_bytes / max(1, self.requests * 2 // 3)

    def figures(self) -> str:
        t = "/".join(f"{v / 1024:.0f}" for v in self.traced_after_thirds)
        r = "/".join(f"{v / 1024 / 1024:.1f}" for v in self.rss_after_thirds)
        return f"heap KiB after thirds {t} ({self.growth_per_request:+.1f} B/request), RSS MiB {r}"


def measure_memory(requests: int, run_batch: Callable[[int], None]) -> MemoryProfile:
    """Run `requests` calls in three equal batches (`run_batch(n)`), sampling memory after each."""
    third = requests // 3
    traced: list[int] = []
    rss: list[int] = []
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        for _ in range(3):
            run_batch(third)
            gc.collect()
            traced.append(tracemalloc.get_traced_memory()[0])
            rss.append(rss_bytes())
    finally:
        if started:
            tracemalloc.stop()
    return MemoryProfile(third * 3, (traced[0], traced[1], traced[2]), (rss[0], rss[1], rss[2]))
