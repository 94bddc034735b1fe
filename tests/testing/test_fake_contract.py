"""The contract suite against `finalpos.testing` (served over loopback by `fake.serve()`).

The same three kinds as tests/contract/ against Prism, per operation of `openapi.json`: the spec's request
examples, schemathesis-generated valid inputs (2xx, the documented model, schemathesis' response checks on
the raw response), and no key (401, typed `AuthenticationError`, the documented error shape). The fake is
stateful, so an operation on `.../{id}` first gets a record with the case's id (`fake.seed`): the answer
then comes from the store, not from an example. Error bodies (401, 404, 400) are checked against the
spec's documented error schema with jsonschema.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest
from finalpos import AuthenticationError
from finalpos.testing import FakeFinalPOS
from hypothesis import given, seed, settings
from schemathesis import Case, GenerationMode

from tests.contract.assertions import documents_no_content, is_instance_of
from tests.contract.binding import Endpoint, SpecOperation, bind, discover_endpoints
from tests.contract.harness import (
    API_KEY,
    CONTRACT_EXAMPLES,
    FUZZ_SEED,
    OPERATIONS,
    SPEC,
    Exchange,
    call,
    draw_one,
    validate_raw,
)
from tests.contract.reproduce import with_reproduction
from tests.contract.test_contract import QUIET, smallest_valid_case
from tests.ledgers import FAKE_LEDGER

IDS = [op.operation_id for op in OPERATIONS]


def error_schema() -> dict[str, Any]:
    """The spec's documented error shape (a 4xx JSON schema), with its components, for jsonschema."""
    for item in SPEC["paths"].values():
        for op in item.values():
            for code, response in op.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if code.startswith("4") and schema:
                    return {**schema, "components": SPEC["components"]}
    raise AssertionError("the spec documents no error shape")


ERROR_SCHEMA = error_schema()


def assert_documented_error(body: Any) -> None:
    jsonschema.validate(body, ERROR_SCHEMA)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeFinalPOS, str]]:
    fake = FakeFinalPOS(api_key=API_KEY)
    with fake.serve() as url:
        yield fake, url


@pytest.fixture(scope="module")
def bound() -> dict[SpecOperation, Endpoint]:
    return bind(OPERATIONS, discover_endpoints())


def prepare(fake: FakeFinalPOS, operation: SpecOperation, case: Case[Any]) -> None:
    """An operation on `.../{id}` finds a record with the case's id (seeded from the spec's examples)."""
    route = next(r for r in fake_routes(fake) if r["operation_id"] == operation.operation_id)
    if route["id_param"] is None or route["kind"] == "example":
        return
    record_id = unquote(str((case.path_parameters or {})[route["id_param"]]))
    meta = fake_collections(fake)[route["collection"]]
    record = fake.schemas.example(meta["record_schema"]) if meta["record_schema"] else {}
    record[meta["id_field"]] = {meta["id_wrapper"]: record_id} if meta["id_wrapper"] else record_id
    fake.seed(route["collection"], [record])


def fake_routes(fake: FakeFinalPOS) -> list[dict[str, Any]]:
    return list(fake._table["routes"])


def fake_collections(fake: FakeFinalPOS) -> dict[str, Any]:
    return dict(fake._table["collections"])


def assert_answered(operation: SpecOperation, endpoint: Endpoint, case: Case[Any], exchange: Exchange) -> None:
    raw = exchange.last
    assert exchange.result is not None
    documented = SPEC["paths"][operation.path][operation.method]["responses"]
    assert 200 <= raw.status_code < 300, f"{operation.label}: the fake refused: {raw.status_code} {raw.text[:400]}"
    assert str(raw.status_code) in documented, f"{operation.label}: undocumented status {raw.status_code}"
    parsed = exchange.result.parsed
    if documents_no_content(operation, raw.status_code) and typing.get_origin(endpoint.typed.returns) is not list:
        assert raw.content == b"" and parsed is None, f"{operation.label}: documented without content: {raw.content!r}"
    else:
        # Lists the vendor documents without content answer with the stored rows (a JSON array), as
        # the real API does (the normaliser types them as arrays).
        assert is_instance_of(parsed, endpoint.typed.returns), f"{operation.label}: parsed {type(parsed).__name__}"
    validate_raw(case, raw)


def run_case(served: tuple[FakeFinalPOS, str], operation: SpecOperation, endpoint: Endpoint, case: Case[Any]) -> None:
    fake, url = served
    prepare(fake, operation, case)
    with with_reproduction(case, url, seeded=False):
        assert_answered(operation, endpoint, case, call(endpoint, case, url))


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_spec_examples_against_fake(
    operation: SpecOperation, bound: dict[SpecOperation, Endpoint], positive_schema: Any, served: Any
) -> None:
    api_op = positive_schema[operation.path][operation.method.upper()]
    cases = [draw_one(strategy) for strategy in api_op.get_strategies_from_examples()]
    for case in cases or [smallest_valid_case(positive_schema, operation)]:
        run_case(served, operation, bound[operation], case)
    FAKE_LEDGER.passed("examples", operation)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_generated_valid_inputs_against_fake(
    operation: SpecOperation, bound: dict[SpecOperation, Endpoint], positive_schema: Any, served: Any
) -> None:
    api_op = positive_schema[operation.path][operation.method.upper()]

    @settings(QUIET, max_examples=CONTRACT_EXAMPLES)
    @seed(FUZZ_SEED)
    @given(case=api_op.as_strategy(GenerationMode.POSITIVE))
    def accepted(case: Case[Any]) -> None:
        run_case(served, operation, bound[operation], case)

    accepted()
    FAKE_LEDGER.passed("generated", operation)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_without_api_key_against_fake(
    operation: SpecOperation, bound: dict[SpecOperation, Endpoint], positive_schema: Any, served: Any
) -> None:
    fake, url = served
    case = smallest_valid_case(positive_schema, operation)
    with pytest.raises(AuthenticationError) as caught:
        call(bound[operation], case, url, send_key=False)
    assert caught.value.status_code == 401
    assert_documented_error(caught.value.body)
    assert fake.calls[-1].operation_id == operation.operation_id and fake.calls[-1].status == 401
    FAKE_LEDGER.passed("no-key", operation)
