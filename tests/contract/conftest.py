"""Contract-suite fixtures.

Every contract test records which operation it proved (`ledger.passed(kind, operation)`); the
`contract: N/N operations` line counts an operation as covered only when every contract kind passed for
it (tests/ledgers.py; the root conftest prints it). The count is over the operations in `openapi.json`,
so an operation the suite could not exercise shows as missing.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.contract.binding import BindingError, Endpoint, SpecOperation, bind, discover_endpoints
from tests.contract.harness import OPERATIONS, SPEC, load_schema
from tests.ledgers import CONTRACT_LEDGER, Ledger

# test_findings.py pins fixes found on Final POS's own operations (it imports its models by name), so it
# belongs to that API; after pulling another API's description the rest of the suite follows that spec.
FINDINGS_API = "Final POS API"
collect_ignore = [] if SPEC.get("info", {}).get("title") == FINDINGS_API else ["test_findings.py"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: schemathesis fuzzing (FUZZ_EXAMPLES cases per operation and mode)")


@pytest.fixture(scope="session")
def ledger() -> Ledger:
    CONTRACT_LEDGER.ran = True
    return CONTRACT_LEDGER


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
