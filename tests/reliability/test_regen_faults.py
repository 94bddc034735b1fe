"""Regen faults (bounded): one workspace killed at fetch, at verify and at every step of the swap,
then a plain rerun; and generated/ on a read-only mount. Never a mix, always recovers."""

from __future__ import annotations

import pytest

from tests.reliability.regen_faults import PIPELINE_STAGES
from tests.reliability.suite import BOUNDED_CHAIN, BoundedRun


@pytest.mark.parametrize("case", [f"kill chain x{len(BOUNDED_CHAIN)}, rerun", "read-only generated/"])
def test_regen_fault_case(reliability_run: BoundedRun, case: str) -> None:
    row = reliability_run.row(reliability_run.regen.results, case)
    assert row.ok, row.explain()


def test_the_chain_saw_old_then_pending_then_new(reliability_run: BoundedRun) -> None:
    """The kills before the COMMIT marker leave the old state; those after it a pending roll-forward
    (or, once the last file is in place, the new state): the chain really crossed the point of no return."""
    row = reliability_run.row(reliability_run.regen.results, f"kill chain x{len(BOUNDED_CHAIN)}, rerun")
    states = row.figures.split("states ", 1)[1].split(" ", 1)[0].split(",")
    before_marker = sum(1 for point in BOUNDED_CHAIN if point in PIPELINE_STAGES)
    assert states[:before_marker] == ["o"] * before_marker, row.figures
    assert states[before_marker] == "p" and states[-1] == "n", row.figures
