"""Contract-suite fixtures and the `contract: N/N operations` line.

Every contract test records which operation it proved (`ledger.passed(kind, operation)`); the terminal
summary counts an operation as covered only when every contract kind passed for it. The count is over the
operations in `openapi.json`, so an operation the suite could not exercise shows as missing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from tests.contract.binding import BindingError, Endpoint, SpecOperation, bind, discover_endpoints
from tests.contract.findings import unexpressible
from tests.contract.harness import MOCK_RESETS, OPERATIONS, load_schema

CONTRACT_KINDS = ("examples", "generated", "no-key")


class Ledger:
    def __init__(self) -> None:
        self.proved: dict[str, set[SpecOperation]] = defaultdict(set)
        self.ran = False

    def passed(self, kind: str, operation: SpecOperation) -> None:
        assert kind in CONTRACT_KINDS
        self.proved[kind].add(operation)

    def covered(self) -> list[SpecOperation]:
        return [op for op in OPERATIONS if all(op in self.proved[k] for k in CONTRACT_KINDS)]


LEDGER = Ledger()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: schemathesis fuzzing (FUZZ_EXAMPLES cases per operation and mode)")


@pytest.fixture(scope="session")
def ledger() -> Ledger:
    LEDGER.ran = True
    return LEDGER


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


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if LEDGER.ran:
        covered = LEDGER.covered()
        terminalreporter.write_sep("-", "contract")
        terminalreporter.write_line(f"contract: {len(covered)}/{len(OPERATIONS)} operations")
        for op in OPERATIONS:
            if op not in covered:
                missing = [k for k in CONTRACT_KINDS if op not in LEDGER.proved[k]]
                terminalreporter.write_line(f"  not covered: {op.label} (missing: {', '.join(missing)})")
    if MOCK_RESETS:
        terminalreporter.write_line(f"contract: {len(MOCK_RESETS)} call(s) retried after a mock connection reset:")
        for line in MOCK_RESETS:
            terminalreporter.write_line(f"  {line}")
    if unexpressible:
        terminalreporter.write_line(
            f"fuzz: {sum(unexpressible.values())} negative cases in {len(unexpressible)} operations cannot be "
            "passed to the typed method at all (unknown parameter, non-object body or missing required field; "
            "tests/contract/findings.py)"
        )
