"""Load (bounded: async x200, sync 8 threads x50, 2,000 requests for memory): every request answered
with its own Session or a typed error; no fd, connection or memory growth."""

from __future__ import annotations

import pytest

from tests.reliability.suite import BOUNDED, BoundedRun

ROWS = [
    (f"async x{BOUNDED.async_concurrency} concurrent, ok", BOUNDED.async_concurrency),
    (
        f"sync {BOUNDED.sync_threads} threads x{BOUNDED.sync_per_thread}, one client, ok",
        BOUNDED.sync_threads * BOUNDED.sync_per_thread,
    ),
    (f"async x{BOUNDED.async_concurrency} concurrent, reset-midway", BOUNDED.async_concurrency),
    (
        f"sync {BOUNDED.sync_threads} threads x{BOUNDED.sync_per_thread}, one client, storm-500",
        BOUNDED.sync_threads * BOUNDED.sync_per_thread,
    ),
    (f"memory over {BOUNDED.memory_requests} requests (sync)", BOUNDED.memory_requests // 3 * 3),
]


@pytest.mark.parametrize(("case", "requests"), ROWS, ids=[name for name, _ in ROWS])
def test_load_case(reliability_run: BoundedRun, case: str, requests: int) -> None:
    row = reliability_run.row(reliability_run.load, case)
    assert row.ok, row.explain()
    assert row.tried == requests, f"{row.tried} requests judged, {requests} sent"
