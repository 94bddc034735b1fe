"""Contract-suite fixtures.

Every contract test runs against each mock in `contract_mocks` (tests/contract/mocks.py: MOCK=..., or
MOCK_URL) and records, per mock, which operation it proved or found not enforced by that mock; the
`contract: N/N operations against <mock>` lines count an operation as covered only when every contract kind
did (tests/ledgers.py; the root conftest prints them). The count is over the operations in `openapi.json`,
so an operation the suite could not exercise shows as missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.contract.binding import BindingError, Endpoint, SpecOperation, bind, discover_endpoints
from tests.contract.harness import OPERATIONS, SPEC, load_schema
from tests.contract.mocks import ContractMock, hosted_mock, selected_mock_names, started_mocks

# test_findings.py pins fixes found on Final POS's own operations (it imports its models by name), so it
# belongs to that API; after pulling another API's description the rest of the suite follows that spec.
FINDINGS_API = "Final POS API"
collect_ignore = [] if SPEC.get("info", {}).get("title") == FINDINGS_API else ["test_findings.py"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: schemathesis fuzzing (FUZZ_EXAMPLES cases per operation and mode)")


@pytest.fixture(scope="session")
def contract_mocks(request: pytest.FixtureRequest) -> Iterator[list[ContractMock]]:
    """Every mock this run checks, each with what it was found to enforce: MOCK_URL, else MOCK's local mocks."""
    hosted = os.environ.get("MOCK_URL", "").strip()
    if hosted:
        yield [hosted_mock(hosted.rstrip("/"))]
        return
    try:
        names = selected_mock_names()
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None
    with started_mocks(names, lambda: str(request.getfixturevalue("mock_base_url"))) as mocks:
        yield mocks


@pytest.fixture(scope="session")
def primary_mock(contract_mocks: list[ContractMock]) -> ContractMock:
    """The first mock selected: the fuzz tests run against it alone (their cost is in generating cases)."""
    return contract_mocks[0]


@pytest.fixture(scope="session")
def bindings() -> tuple[dict[SpecOperation, Endpoint], str]:
    """Every operation bound to its generated module, plus the binding problems (empty when all bound)."""
    endpoints = discover_endpoints()
    try:
        return bind(OPERATIONS, endpoints), ""
    except BindingError as exc:
        # Bind what can be bound so one unbindable operation fails only its own tests (and the census).
        bound: dict[SpecOperation, Endpoint] = {}
        for op in OPERATIONS:
            try:
                bound.update(bind([op], endpoints))
            except BindingError:
                pass
        return bound, str(exc)


@pytest.fixture
def endpoint(request: pytest.FixtureRequest, bindings: tuple[dict[SpecOperation, Endpoint], str]) -> Endpoint:
    operation: SpecOperation = request.getfixturevalue("operation")
    bound, problems = bindings
    if operation not in bound:
        pytest.fail(f"cannot exercise {operation.label}: {problems}")
    return bound[operation]


@pytest.fixture(scope="session")
def positive_schema() -> Any:
    return load_schema("positive")


@pytest.fixture(scope="session")
def negative_schema() -> Any:
    return load_schema("negative")
