"""Real-world data (bounded): customer pages with 10% odd rows under concurrent load lose no record,
strict mode raises the typed error, and warnings are once per model and field with no key or value."""

from __future__ import annotations

import pytest

from tests.reliability.suite import BOUNDED, BoundedRun

WALKED = BOUNDED.real_world_records
ROWS = [
    (
        f"async x{BOUNDED.real_world_walkers} walkers (prefetch=2), 10% odd rows, lenient",
        BOUNDED.real_world_walkers * WALKED,
    ),
    (f"sync {BOUNDED.real_world_threads} threads, 10% odd rows, lenient", BOUNDED.real_world_threads * WALKED),
    ("strict_response_validation=True: each odd page raises the typed error", WALKED // 50),
]


@pytest.mark.parametrize(("case", "records"), ROWS, ids=[name for name, _ in ROWS])
def test_real_world_case(reliability_run: BoundedRun, case: str, records: int) -> None:
    row = reliability_run.row(reliability_run.real_world, case)
    assert row.ok, row.explain()
    assert row.tried == records, f"{row.tried} judged, {records} sent"


def test_warnings_once_per_field_without_key_or_values(reliability_run: BoundedRun) -> None:
    row = reliability_run.row(reliability_run.real_world, "warnings: once per model and field, no key, no values")
    assert row.ok, row.explain()
