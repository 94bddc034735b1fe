"""Secrets (bounded): the run's canary API key appears in no exception, repr, debug log, redirect
target, regen report or generated file; and every source scanned actually produced output."""

from __future__ import annotations

import pytest

from tests.reliability.suite import BoundedRun

SOURCES = [
    "exceptions: str and repr",
    "exceptions: full tracebacks",
    "reprs of clients and results",
    "debug logs in-process (finalpos, httpx, httpcore)",
    "FINALPOS_LOG=debug process output",
    "headers the redirect target received",
    "regen output (change report, refusals)",
    "regen files (generated/, openapi.json, record)",
]


@pytest.mark.parametrize("source", SOURCES)
def test_canary_key_never_appears(reliability_run: BoundedRun, source: str) -> None:
    row = reliability_run.row(reliability_run.secrets, source)
    assert row.ok, row.explain()
