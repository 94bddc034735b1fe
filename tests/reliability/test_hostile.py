"""Hostile responses (bounded): each case x {sync, async} ends as a typed error (or an answer where
that is right), within its retry count and time bound, holding no connection afterwards."""

from __future__ import annotations

import pytest

from tests.reliability.hostile import CASES
from tests.reliability.suite import BoundedRun


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", [c.name for c in CASES])
def test_hostile_case(reliability_run: BoundedRun, case: str, mode: str) -> None:
    row = reliability_run.row(reliability_run.hostile.results, f"{case} [{mode}]")
    assert row.ok, row.explain()
    assert row.tried == 1
