"""The five groups at two scales: BOUNDED (under pytest, part of `make test`) and FULL
(`make reliability`). One canary API key per run goes into every client and every regen.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .hostile import HostileSettings, Transcript, run_hostile
from .load import LoadSettings, run_load
from .real_world import RealWorldSettings, run_real_world
from .regen_faults import PIPELINE_STAGES, SWAP_STEPS, fault_area, kill_chain_case, kill_then_rerun_case, read_only_case
from .secrets_scan import capture_debug_logs, log_subprocess, regen_texts, scan_source
from .table import CaseResult

__all__ = [
    "BOUNDED",
    "BoundedRun",
    "FULL",
    "HostileRun",
    "RegenRun",
    "Scale",
    "hostile_group",
    "load_group",
    "real_world_group",
    "regen_group",
    "secrets_group",
]

Progress = Callable[[CaseResult], None]

BOUNDED_CHAIN = ("fetch", "verify") + SWAP_STEPS
"""The bounded suite's cheap way through the kill points, on one workspace: the first stage, the
last before the swap (every stage of the build done, nothing visible written), then every step of
the swap; one full build in all. The full run kills every stage on its own copy."""


@dataclass(frozen=True)
class Scale:
    name: str
    hostile_timeout_s: float
    hostile_max_retries: int
    hostile_repeat: int
    async_concurrency: int
    sync_threads: int
    sync_per_thread: int
    memory_requests: int
    trace_memory: bool
    regen_full: bool
    real_world_walkers: int = 20
    real_world_threads: int = 4
    real_world_records: int = 300
    real_world_prefetch: int = 2


# Timeouts of 1 s, not less: a whole-attempt deadline must not trip on a busy 2-core machine.
BOUNDED = Scale("bounded", 1.0, 1, 1, 200, 8, 50, 2_000, False, regen_full=False)
FULL = Scale(
    "full",
    1.0,
    2,
    3,
    200,
    8,
    250,
    10_000,
    False,
    regen_full=True,
    # 100 walkers x (1 page + 1 prefetched) = 200 requests in flight, the load group's async concurrency.
    # (200 walkers x prefetch 2 = 600 in flight on one event loop collapsed: requests queued behind the
    # parsing of other pages ran past their 30 s attempt deadline, and retries added to the queue.)
    real_world_walkers=100,
    real_world_threads=8,
    real_world_records=1_000,
    real_world_prefetch=1,
)


@dataclass
class HostileRun:
    results: list[CaseResult]
    transcript: Transcript
    log_lines: list[str]


@dataclass
class RegenRun:
    results: list[CaseResult]
    outputs: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def hostile_group(key: str, scale: Scale) -> HostileRun:
    transcript = Transcript()
    settings = HostileSettings(
        api_key=key,
        timeout_s=scale.hostile_timeout_s,
        max_retries=scale.hostile_max_retries,
        repeat=scale.hostile_repeat,
    )
    with capture_debug_logs() as lines:
        results = run_hostile(settings, transcript)
    return HostileRun(results, transcript, list(lines))


def load_group(key: str, scale: Scale) -> list[CaseResult]:
    settings = LoadSettings(
        api_key=key,
        async_concurrency=scale.async_concurrency,
        sync_threads=scale.sync_threads,
        sync_per_thread=scale.sync_per_thread,
        memory_requests=scale.memory_requests,
        trace_memory=scale.trace_memory,
    )
    return run_load(settings)


def real_world_group(key: str, scale: Scale) -> list[CaseResult]:
    settings = RealWorldSettings(
        api_key=key,
        async_walkers=scale.real_world_walkers,
        sync_threads=scale.real_world_threads,
        records=scale.real_world_records,
        prefetch=scale.real_world_prefetch,
    )
    return run_real_world(settings)


def _regen_env(key: str) -> dict[str, str]:
    # A shared mypy cache keeps each verify warm (the lead's REGEN_MYPY_CACHE convention).
    cache = os.environ.get("REGEN_MYPY_CACHE") or str(Path(tempfile.gettempdir()) / "finalpos-reliability-mypy-cache")
    return {"FINALPOS_API_KEY": key, "REGEN_MYPY_CACHE": cache}


def regen_group(key: str, scale: Scale, progress: Progress | None = None, workers: int = 2) -> RegenRun:
    """The cases run two at a time: each is mostly a subprocess, and this machine has two cores."""
    run = RegenRun([])
    with fault_area(_regen_env(key)) as area:
        jobs: list[Callable[[], CaseResult]] = []
        if scale.regen_full:
            jobs.append(lambda: kill_chain_case(area, PIPELINE_STAGES + SWAP_STEPS))
            jobs.append(lambda: read_only_case(area, rerun=True))
            jobs += [partial(kill_then_rerun_case, area, point) for point in PIPELINE_STAGES + SWAP_STEPS]
        else:
            jobs.append(lambda: kill_chain_case(area, BOUNDED_CHAIN))
            jobs.append(lambda: read_only_case(area, rerun=False))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(lambda job: job(), jobs):
                run.results.append(result)
                if progress is not None:
                    progress(result)
        run.outputs, run.files = regen_texts(area.outputs, [fw.root for fw in area.workspaces])
    return run


def secrets_group(key: str, hostile: HostileRun, regen: RegenRun) -> list[CaseResult]:
    texts = hostile.transcript.texts
    other_host = [repr(sorted(h.items())) for h in hostile.transcript.other_host_headers]
    subprocess_lines, subprocess_figures = log_subprocess(key)
    rows = [
        scan_source(key, "exceptions: str and repr", texts.get("exceptions", [])),
        scan_source(key, "exceptions: full tracebacks", texts.get("tracebacks", [])),
        scan_source(key, "reprs of clients and results", texts.get("reprs", [])),
        scan_source(key, "debug logs in-process (finalpos, httpx, httpcore)", hostile.log_lines),
        scan_source(key, "FINALPOS_LOG=debug process output", subprocess_lines),
        scan_source(key, "headers the redirect target received", other_host, allow_empty=True),
        scan_source(key, "regen output (change report, refusals)", regen.outputs),
        scan_source(key, "regen files (generated/, openapi.json, record)", regen.files),
    ]
    rows[4].figures += f"; {subprocess_figures}"
    return rows


@dataclass
class BoundedRun:
    """Every group's results from one bounded run (the pytest session fixture's value)."""

    hostile: HostileRun
    regen: RegenRun
    load: list[CaseResult]
    secrets: list[CaseResult]
    real_world: list[CaseResult] = field(default_factory=list)

    def row(self, group: list[CaseResult], case: str) -> CaseResult:
        matches = [r for r in group if r.case == case]
        assert matches, f"no result row {case!r}; rows: {[r.case for r in group]}"
        return matches[0]
