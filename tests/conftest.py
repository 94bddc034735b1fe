"""Shared fixtures. Servers the tests need (Prism, local HTTP servers) are started by fixtures here
or in the sub-packages' conftest files, on free loopback ports, and always stopped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests import ledgers

# The Prism mock of openapi.json (or MOCK_URL), one per session: see tests/mock_server.py.
from tests.mock_server import mock_base_url  # noqa: F401
from tests.package_under_test import PACKAGE_PARENT, package_mismatch

# Tests sharing one costly session fixture run on one worker under `make test` (pytest-xdist --dist
# loadgroup), so the fixture is computed once: fixture name -> group.
SHARED_SESSION_WORK = {"reliability_run": "reliability"}


def pytest_report_header() -> str:
    return f"finalpos under test: {PACKAGE_PARENT / 'finalpos'}"


def pytest_sessionstart(session: pytest.Session) -> None:
    """A run must exercise the package it means to (generated/, or the wheel in make test-pythons)."""
    mismatch = package_mismatch()
    if mismatch:
        raise pytest.UsageError(mismatch)


@pytest.fixture(scope="session", autouse=True)
def shared_mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One mypy cache for every regen in the session (a cold verify costs ~5 s, a warm one <1 s)."""
    if os.environ.get("REGEN_MYPY_CACHE"):
        yield
        return
    os.environ["REGEN_MYPY_CACHE"] = str(tmp_path_factory.mktemp("mypy-cache"))
    try:
        yield
    finally:
        os.environ.pop("REGEN_MYPY_CACHE", None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture, group in SHARED_SESSION_WORK.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.xdist_group(group))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """An xdist worker hands its contract ledgers to the controller, which prints the summary."""
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:
        worker_output[ledgers.WORKER_OUTPUT_KEY] = ledgers.export()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """(xdist controller) A worker finished: add its ledgers to the controller's."""
    data = getattr(node, "workeroutput", {}).get(ledgers.WORKER_OUTPUT_KEY)
    if data:
        ledgers.merge(data)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for title, lines in ledgers.summary_sections():
        terminalreporter.write_sep("-", title)
        for line in lines:
            terminalreporter.write_line(line)
