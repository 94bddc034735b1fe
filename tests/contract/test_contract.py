"""Every operation of `openapi.json` answers as the spec says, called through `FinalPOS` against each mock.

Whatever spec was pulled: the operations, the mock (Prism of `openapi.json`) and the credential header
come from it, so after pulling another API's description `make contract` calls every one of its operations.

Per operation: the spec's own request examples, then schemathesis-generated valid inputs, must be accepted
(2xx), parse to the documented model and validate against the spec; without `x-api-key` the call must fail
with a typed authentication error where the mock checks the key (learned first, tests/contract/mocks.py);
where it does not, the keyless answer is still judged strictly and the check is counted "not enforced by
this mock". Each case is drawn once and sent to every mock. Operations come from the spec at test time.
"""

from __future__ import annotations

from typing import Any

import pytest
from finalpos import AuthenticationError, FinalPOS, FinalPOSError
from finalpos._spec_settings import AUTH_KIND
from hypothesis import HealthCheck, given, seed, settings
from schemathesis import Case, GenerationMode

from tests.contract.assertions import assert_accepted_and_typed
from tests.contract.binding import Endpoint, SpecOperation, bind, discover_endpoints
from tests.contract.harness import AUTH_NAME, CONTRACT_EXAMPLES, FUZZ_SEED, OPERATIONS, call, draw_one
from tests.contract.mocks import NOT_ENFORCED, PASSED, ContractMock, on_every_mock
from tests.contract.reproduce import with_reproduction

IDS = [op.operation_id for op in OPERATIONS]
QUIET = settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))


def smallest_valid_case(schema: Any, operation: SpecOperation) -> Case[Any]:
    """One seeded valid request for an operation: the same on every run, and needs no spec example."""
    api_op = schema[operation.path][operation.method.upper()]
    case: Case[Any] = draw_one(api_op.as_strategy(GenerationMode.POSITIVE))
    return case


def test_every_operation_is_bound_to_generated_code() -> None:
    bound = bind(OPERATIONS, discover_endpoints())  # raises, naming each operation it cannot bind
    assert set(bound) == set(OPERATIONS)
    assert len({e.name for e in bound.values()}) == len(OPERATIONS), "two operations share one module"


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_spec_examples(
    operation: SpecOperation, endpoint: Endpoint, positive_schema: Any, contract_mocks: list[ContractMock]
) -> None:
    api_op = positive_schema[operation.path][operation.method.upper()]
    cases = [draw_one(strategy) for strategy in api_op.get_strategies_from_examples()]
    if not cases:
        # No request example in the spec (a GET with optional paging, say): the smallest valid request,
        # so the mock still answers with the spec's response example.
        cases = [smallest_valid_case(positive_schema, operation)]

    def accepted(mock: ContractMock) -> str:
        for case in cases:
            with with_reproduction(case, mock.url, seeded=False):
                assert_accepted_and_typed(operation, endpoint, case, call(endpoint, case, mock.url))
        return PASSED

    on_every_mock(contract_mocks, "examples", operation, accepted)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_generated_valid_inputs(
    operation: SpecOperation, endpoint: Endpoint, positive_schema: Any, contract_mocks: list[ContractMock]
) -> None:
    api_op = positive_schema[operation.path][operation.method.upper()]
    cases: list[Case[Any]] = []

    @settings(QUIET, max_examples=CONTRACT_EXAMPLES)
    @seed(FUZZ_SEED)
    @given(case=api_op.as_strategy(GenerationMode.POSITIVE))
    def drawn(case: Case[Any]) -> None:
        cases.append(case)

    drawn()  # drawn once, sent to every mock

    def accepted(mock: ContractMock) -> str:
        for case in cases:
            with with_reproduction(case, mock.url):
                assert_accepted_and_typed(operation, endpoint, case, call(endpoint, case, mock.url))
        return PASSED

    on_every_mock(contract_mocks, "generated", operation, accepted)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_without_api_key_is_a_typed_authentication_error(
    operation: SpecOperation, endpoint: Endpoint, positive_schema: Any, contract_mocks: list[ContractMock]
) -> None:
    case = smallest_valid_case(positive_schema, operation)

    def refused(mock: ContractMock) -> str:
        with with_reproduction(case, mock.url, seeded=False):
            if not operation.needs_key or not mock.enforces_key:
                # The pulled spec asks no credential for it, or the mock answers without a key: what came
                # back is still held to the spec (a mock that skips the check counts it "not enforced").
                exchange = call(endpoint, case, mock.url, send_key=False)
                assert AUTH_NAME not in exchange.last.request.headers, "the test meant to send no key"
                assert_accepted_and_typed(operation, endpoint, case, exchange)
                return NOT_ENFORCED if operation.needs_key else PASSED
            with pytest.raises(AuthenticationError) as caught:
                call(endpoint, case, mock.url, send_key=False)
        assert caught.value.status_code == 401
        assert AUTH_NAME not in caught.value.request.headers, "the test meant to send no key"
        assert str(caught.value).startswith("Error code: 401"), str(caught.value)
        return PASSED

    on_every_mock(contract_mocks, "no-key", operation, refused)


def test_client_without_any_api_key_refuses_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINALPOS_API_KEY", raising=False)
    if AUTH_KIND == "none":
        # The pulled spec declares no credential: the client starts without one.
        assert FinalPOS(base_url="http://127.0.0.1:9").base_url.startswith("http://127.0.0.1:9")
        return
    with pytest.raises(FinalPOSError, match="(?i)api[ _-]?key"):
        FinalPOS(base_url="http://127.0.0.1:9")
