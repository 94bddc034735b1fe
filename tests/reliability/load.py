"""Load: many requests through one client, and what the client holds afterwards.

The server runs in its own process (`servers.ServerProcess`), so this process's fd table and heap
hold only the client. Every request must end answered (with the Session it asked for: each asks
for its own id, so a mixed-up answer shows) or with a typed error; after `close()` the process
must hold no connection to the server and no more file descriptors than before the client existed.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from dataclasses import dataclass

import finalpos

from .probe import Outcome, async_probe, sync_probe
from .resources import connections_to, measure_memory, open_fds
from .servers import ServerProcess
from .table import CaseResult

__all__ = ["LoadSettings", "run_load"]

GROUP = "load"


@dataclass(frozen=True)
class LoadSettings:
    api_key: str
    async_concurrency: int = 200
    sync_threads: int = 8
    sync_per_thread: int = 50
    memory_requests: int = 2_000
    max_blocks_per_request: float = 0.5
    """Allocator blocks gained per request after warm-up above which memory is not flat (a leak of
    one object per request gains >= 1)."""
    max_bytes_per_request: float = 64.0
    """The same in bytes, when traced with tracemalloc."""
    trace_memory: bool = False
    timeout_s: float = 30.0


@dataclass
class _Usage:
    fds_before: int
    fds_after: int = 0
    connections_open: int = 0
    """Held to the server just before close() (the pool's keep-alive connections)."""
    connections_after: int = 0

    def figures(self) -> str:
        return (
            f"fds {self.fds_before}->{self.fds_after}, connections {self.connections_open} pooled -> "
            f"{self.connections_after} after close"
        )


def _judge(result: CaseResult, outcomes: list[Outcome], want_ids: list[str] | None, want_error: type | None) -> None:
    for index, outcome in enumerate(outcomes):
        if outcome.kind == "lost":
            result.tried += 1
            result.lose(f"request {index}: {outcome.error_name}: {str(outcome.error)[:120]}")
        elif outcome.kind == "answered":
            got = getattr(outcome.value, "id", None)
            ok = want_ids is not None and got == want_ids[index]
            result.check(ok, f"request {index}: answered with id {got!r}, asked for {want_ids and want_ids[index]!r}")
        else:
            ok = want_error is None or isinstance(outcome.error, want_error)
            result.check(ok, f"request {index}: {outcome.error_name}: {str(outcome.error)[:120]}")


def _close_books(result: CaseResult, usage: _Usage, port: int) -> None:
    gc.collect()
    usage.fds_after = open_fds()
    usage.connections_after = connections_to(port)
    if usage.connections_after:
        result.leak(
            f"{usage.connections_after} connection(s) to the server still open after close()", usage.connections_after
        )
    if usage.fds_after > usage.fds_before:
        result.leak(
            f"{usage.fds_after - usage.fds_before} more fd(s) open than before the client",
            usage.fds_after - usage.fds_before,
        )


def _async_case(
    server: ServerProcess, settings: LoadSettings, behaviour: str, max_retries: int, want_error: type | None
) -> CaseResult:
    n = settings.async_concurrency
    result = CaseResult(GROUP, f"async x{n} concurrent, {behaviour}")
    ids = [f"async-{behaviour}-{i}" for i in range(n)]
    usage = _Usage(open_fds())

    async def drive() -> tuple[list[Outcome], float]:
        client = finalpos.AsyncFinalPOS(
            api_key=settings.api_key,
            base_url=server.base_url(behaviour, "load"),
            timeout=settings.timeout_s,
            max_retries=max_retries,
        )
        started = time.monotonic()
        outcomes = await asyncio.gather(*(async_probe(client, session_id=i) for i in ids))
        elapsed = time.monotonic() - started
        usage.connections_open = connections_to(server.port)
        await client.close()
        return list(outcomes), elapsed

    outcomes, elapsed = asyncio.run(drive())
    _judge(result, outcomes, ids if want_error is None else None, want_error)
    _close_books(result, usage, server.port)
    result.figures = f"{n} in {elapsed:.2f}s; " + usage.figures()
    return result


def _sync_case(
    server: ServerProcess, settings: LoadSettings, behaviour: str, max_retries: int, want_error: type | None
) -> CaseResult:
    threads, per_thread = settings.sync_threads, settings.sync_per_thread
    result = CaseResult(GROUP, f"sync {threads} threads x{per_thread}, one client, {behaviour}")
    usage = _Usage(open_fds())
    client = finalpos.FinalPOS(
        api_key=settings.api_key,
        base_url=server.base_url(behaviour, "load"),
        timeout=settings.timeout_s,
        max_retries=max_retries,
    )
    ids = [[f"sync-{behaviour}-{t}-{i}" for i in range(per_thread)] for t in range(threads)]
    outcomes: list[list[Outcome]] = [[] for _ in range(threads)]

    def worker(t: int) -> None:
        for session_id in ids[t]:
            outcomes[t].append(sync_probe(client, session_id))

    started = time.monotonic()
    pool = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(settings.timeout_s * per_thread)
    elapsed = time.monotonic() - started
    stuck = sum(thread.is_alive() for thread in pool)
    if stuck:
        result.lose(f"{stuck} thread(s) still running after their bound", stuck)
    usage.connections_open = connections_to(server.port)
    client.close()
    flat = [o for per in outcomes for o in per]
    flat_ids = [session_id for t in range(threads) for session_id in ids[t][: len(outcomes[t])]]
    _judge(result, flat, flat_ids if want_error is None else None, want_error)
    missing = threads * per_thread - len(flat)
    if missing:
        result.lose(f"{missing} request(s) never ended", missing)
        result.tried += missing
    _close_books(result, usage, server.port)
    result.figures = f"{len(flat)} in {elapsed:.2f}s; " + usage.figures()
    return result


def _memory_case(server: ServerProcess, settings: LoadSettings) -> CaseResult:
    n = settings.memory_requests
    result = CaseResult(GROUP, f"memory over {n} requests (sync)")
    usage = _Usage(open_fds())
    client = finalpos.FinalPOS(
        api_key=settings.api_key, base_url=server.base_url("ok", "memory"), timeout=settings.timeout_s
    )
    sequence = iter(range(n * 2))

    def batch(size: int) -> None:
        # Tally in place, keep nothing per request: anything kept here would read as the client's leak.
        for _ in range(size):
            session_id = f"mem-{next(sequence)}"
            outcome = sync_probe(client, session_id)
            if outcome.kind == "lost":
                result.tried += 1
                result.lose(f"{session_id}: {outcome.error_name}")
            else:
                ok = outcome.kind == "answered" and outcome.value.id == session_id
                result.check(ok, f"{session_id}: {outcome.kind} {outcome.error_name}")

    profile = measure_memory(n, batch, trace=settings.trace_memory)
    usage.connections_open = connections_to(server.port)
    client.close()
    if profile.blocks_per_request > settings.max_blocks_per_request:
        result.leak(
            f"{profile.blocks_per_request:.2f} allocator blocks gained per request after warm-up "
            f"(limit {settings.max_blocks_per_request})"
        )
    per_byte = profile.bytes_per_request
    if per_byte is not None and per_byte > settings.max_bytes_per_request:
        result.leak(f"heap grows {per_byte:.0f} B/request after warm-up (limit {settings.max_bytes_per_request:.0f})")
    _close_books(result, usage, server.port)
    result.figures = profile.figures()
    return result


def run_load(settings: LoadSettings) -> list[CaseResult]:
    with ServerProcess() as server:
        return [
            _async_case(server, settings, "ok", 2, None),
            _sync_case(server, settings, "ok", 2, None),
            _async_case(server, settings, "reset-midway", 0, finalpos.APIConnectionError),
            _sync_case(server, settings, "storm-500", 0, finalpos.InternalServerError),
            _memory_case(server, settings),
        ]
