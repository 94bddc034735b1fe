"""Schemathesis fuzzing of the generated models and `FinalPOS`, per operation.

Positive inputs: the request model round-trips (`from_dict` then `to_dict` gives the same data) and the
call is accepted, typed and valid, as in the contract tests. Negative inputs, passed as a user would
(body fields as keyword arguments, nested objects as dicts): the client refuses them before sending
with a `FinalPOSError` (`InvalidArgumentError`), or the mock's 4xx comes back as an `APIStatusError`;
if the mock accepts (the negation did not survive serialisation), the answer must still be typed and
valid. Nothing else may escape. A case the method's signature cannot take at all is counted (findings.py).
`FUZZ_EXAMPLES` cases per operation and mode, seeded by `FUZZ_SEED`.
"""

from __future__ import annotations

from typing import Any

import pytest
from finalpos import APIConnectionError, APIStatusError, FinalPOSError
from hypothesis import HealthCheck, given, seed, settings
from schemathesis import Case, GenerationMode
from schemathesis.core.control import SkipTest

from tests.contract.assertions import assert_accepted_and_typed
from tests.contract.binding import Endpoint, SpecOperation
from tests.contract.findings import unexpressible, unrefused_negatives
from tests.contract.harness import FUZZ_EXAMPLES, FUZZ_SEED, OPERATIONS, Exchange, call, case_kwargs
from tests.contract.mocks import ContractMock
from tests.contract.reproduce import with_reproduction
from tests.contract.typed_surface import Unexpressible

pytestmark = pytest.mark.fuzz

IDS = [op.operation_id for op in OPERATIONS]
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_positive_inputs_round_trip_and_are_accepted(
    operation: SpecOperation, endpoint: Endpoint, positive_schema: Any, primary_mock: ContractMock
) -> None:
    api_op = positive_schema[operation.path][operation.method.upper()]

    @FUZZ
    @seed(FUZZ_SEED)
    @given(case=api_op.as_strategy(GenerationMode.POSITIVE))
    def accepted(case: Case[Any]) -> None:
        with with_reproduction(case, primary_mock.url):
            if hasattr(endpoint.body_type, "from_dict"):
                model = endpoint.body_type.from_dict(case.body)
                assert model.to_dict() == case.body, f"{endpoint.body_type.__name__} does not round-trip"
            assert_accepted_and_typed(operation, endpoint, case, call(endpoint, case, primary_mock.url))

    accepted()


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_negative_inputs_are_refused_or_typed_errors(
    operation: SpecOperation, endpoint: Endpoint, negative_schema: Any, primary_mock: ContractMock
) -> None:
    api_op = negative_schema[operation.path][operation.method.upper()]

    @FUZZ
    @seed(FUZZ_SEED)
    @given(case=api_op.as_strategy(GenerationMode.NEGATIVE))
    def refused(case: Case[Any]) -> None:
        with with_reproduction(case, primary_mock.url):
            try:
                kwargs = case_kwargs(endpoint, case)
            except Unexpressible:
                # The method's own signature cannot take this case (a non-object body, say); counted.
                unexpressible[operation.operation_id] += 1
                return
            exchange = Exchange()
            try:
                exchange = call(endpoint, case, primary_mock.url, kwargs=kwargs)
            except APIStatusError as error:
                assert 400 <= error.status_code < 500, f"{operation.label}: negative input gave {error}"
                return
            except FinalPOSError as error:
                assert not isinstance(error, APIConnectionError), f"{operation.label}: {error!r}"
                assert str(error), f"{operation.label}: {type(error).__name__} without a message"
                return  # refused before sending, with a typed error
            # The mock accepted what the client sent: the negation did not survive serialisation (a
            # number in a string path segment, say), or the mock does not validate bodies (counted as not
            # enforced by it). Either way the answer is held to the spec.
            if not primary_mock.refuses_bad_body:
                unrefused_negatives[primary_mock.label] += 1
            assert_accepted_and_typed(operation, endpoint, case, exchange)

    try:
        refused()
    except SkipTest as nothing_to_negate:
        # Schemathesis cannot make an invalid request when every input is a string path segment (any
        # string is valid there): assert that this is the case, rather than skip silently.
        assert "Impossible to generate negative" in str(nothing_to_negate)
        assert not operation.has_body and all(location == "path" for location, _ in operation.parameters), (
            f"{operation.label}: schemathesis made no negative case, yet it has inputs it could negate"
        )
