"""Shared fixtures. Servers the tests need (Prism, local HTTP servers) are started by fixtures here
or in the sub-packages' conftest files, on free loopback ports, and always stopped."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

# The Prism mock of openapi.json (or MOCK_URL), one per session: see tests/mock_server.py.
from tests.mock_server import mock_base_url  # noqa: F401
from tests.package_under_test import PACKAGE_PARENT, package_mismatch


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
