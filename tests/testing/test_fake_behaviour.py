"""What `finalpos.testing` promises users, one behaviour per test, through `FinalPOS`.

Auth (missing / wrong key), validation (400 naming the field), 404 in the documented shape, the Customer
tenant fields, paging, seeding, the store, faults (`fail_next`, `latency`) and the call record.
Retry waits are observed through the runtime's `_sleep` indirection, never timed.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import finalpos._base_client as base_client
import httpx
import pytest
from finalpos import (
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from finalpos.testing import FakeFinalPOS

from tests.testing.test_fake_contract import assert_documented_error

ANN = {"email": "ann@example.com", "first_name": "Ann", "last_name": "Lee"}


@pytest.fixture
def fake() -> FakeFinalPOS:
    return FakeFinalPOS()


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry waits the client asked for (it does not sleep)."""
    seen: list[float] = []
    monkeypatch.setattr(base_client, "_sleep", seen.append)
    return seen


def test_create_fills_server_fields_and_keeps_customer_custom_fields(fake: FakeFinalPOS) -> None:
    with fake.client() as client:
        customer = client.customers.create(**ANN, custom_fields={"loyaltyPoints": 120, "tier": "gold"})
        listed = list(client.customers.list())
    assert re.fullmatch(r"[0-9a-f]{24}", str(customer.id))
    assert customer.created_at == customer.updated_at
    assert isinstance(customer.created_at, datetime.datetime) and customer.created_at.tzinfo is not None
    assert customer.custom_fields == {"loyaltyPoints": 120, "tier": "gold"}
    assert [c.custom_fields for c in listed] == [{"loyaltyPoints": 120, "tier": "gold"}]
    (stored,) = fake.store["customers"]
    assert stored["firstName"] == "Ann" and stored["loyaltyPoints"] == 120 and stored["id"] == customer.id


def test_fields_the_response_does_not_declare_are_stored_not_returned(fake: FakeFinalPOS) -> None:
    """A non-dynamic entity answers with the fields its response schema declares (the store keeps all)."""
    with fake.client() as client:
        outlet = client.outlets.create(
            name="Main",
            address="1 High St",
            city="Berlin",
            state="BE",
            country="DE",
            post_code="10115",
            phone="+49",
            tax_id="DE123",
        )
    assert outlet.additional_properties == {}
    assert fake.store["outlets"][0]["taxId"] == "DE123"


def test_update_merges_and_keeps_server_fields(fake: FakeFinalPOS) -> None:
    with fake.client() as client:
        customer = client.customers.create(**ANN, phone="+1")
        updated = client.customers.update(customer.id, email="new@example.com", first_name="Ann", last_name="Lee")
    assert updated.email == "new@example.com" and updated.phone == "+1"
    assert updated.id == customer.id and updated.created_at == customer.created_at
    assert updated.updated_at >= customer.updated_at


def test_missing_key_and_wrong_key_are_401_in_the_documented_shape() -> None:
    fake = FakeFinalPOS(api_key="right-key")
    with fake.client(api_key="wrong-key") as client, pytest.raises(AuthenticationError) as wrong:
        client.sessions.retrieve("s1")
    assert wrong.value.body["message"] == "Invalid API key"
    assert_documented_error(wrong.value.body)
    with httpx.Client(transport=fake.transport, base_url="http://fake") as http:
        missing = http.get("/v1/api/customers")
    assert missing.status_code == 401 and "x-api-key" in missing.json()["message"]
    with fake.client() as client:  # the fake's own key
        assert list(client.customers.list()) == []


def test_any_key_is_accepted_when_none_is_configured(fake: FakeFinalPOS) -> None:
    with fake.client(api_key="anything") as client:
        assert list(client.customers.list()) == []


def test_a_body_failing_the_request_schema_is_400_naming_the_field(fake: FakeFinalPOS) -> None:
    with fake.client() as client:
        with pytest.raises(BadRequestError) as wrong_type:
            client.customers.create(email=5, first_name="Ann", last_name="Lee")  # type: ignore[arg-type]
        with pytest.raises(BadRequestError) as not_a_date:
            client.sessions.create(
                station_id="st1",
                session_number="S-1",
                opened_by="Jo",
                open_time="yesterday",
                opening_amount="10.00",
                notes=[],
                closing_amounts={},
                opening_note="",
            )
    assert wrong_type.value.body["message"] == "Validation failed: Field `email` must be a string."
    assert "`openTime`" in not_a_date.value.body["message"]
    for error in (wrong_type, not_a_date):
        assert_documented_error(error.value.body)
    assert fake.store["customers"] == [] and fake.store["sessions"] == []
    fake.seed("customers", [{"email": "one@example.com"}, {"email": "two@example.com"}])
    with httpx.Client(transport=fake.transport, base_url="http://fake", headers={"x-api-key": "k"}) as http:
        missing_field = http.post("/v1/api/customer", json={"email": "a@b.c", "firstName": "A"})
        # A wrong nested value: the client refuses it before sending, so it goes out raw here.
        nested = http.post(
            "/v1/api/customer", json={"email": "a@b.c", "firstName": "A", "lastName": "L", "billing": {"city": 3}}
        )
        bad_query = http.get("/v1/api/customers", params={"limit": "ten"})
        negative_skip = http.get("/v1/api/customers", params={"skip": "-2", "limit": "1.5"})
        infinite = http.get("/v1/api/customers", params={"limit": "inf"})
    assert missing_field.json()["message"] == "Validation failed: Field `lastName` is required."
    assert nested.status_code == 400 and "`billing.city`" in nested.json()["message"]
    assert_documented_error(nested.json())
    assert bad_query.status_code == 400 and "`limit`" in bad_query.json()["message"]
    # The spec allows any number for skip/limit: -2 reads as 0, 1.5 as 1.
    assert [c["email"] for c in negative_skip.json()] == ["one@example.com"]
    assert infinite.status_code == 400 and "`limit`" in infinite.json()["message"]


def test_an_unknown_id_or_route_is_404_in_the_documented_shape(fake: FakeFinalPOS) -> None:
    with fake.client() as client, pytest.raises(NotFoundError) as missing:
        client.accounts.delete("nope")
    assert missing.value.body == {"statusCode": 404, "message": "Resource with Id nope not found", "error": "Not Found"}
    with httpx.Client(transport=fake.transport, base_url="http://fake", headers={"x-api-key": "k"}) as http:
        unknown = http.get("/v1/api/no-such-thing")
    assert unknown.status_code == 404
    assert_documented_error(unknown.json())


def test_list_pages_with_skip_and_limit(fake: FakeFinalPOS) -> None:
    fake.seed("customers", [{"email": f"c{i}@example.com"} for i in range(5)])
    with fake.client() as client:
        emails = [c.email for c in client.customers.list(limit=2)]
        page = client.customers.with_raw_response.list(skip=2, limit=2)
    assert emails == [f"c{i}@example.com" for i in range(5)]
    assert [c.email for c in page.parsed] == ["c2@example.com", "c3@example.com"]
    assert [(c.query["skip"], c.query["limit"]) for c in fake.calls[:3]] == [("0", "2"), ("2", "2"), ("4", "2")]


def test_seed_checks_records_and_store_is_a_copy(fake: FakeFinalPOS) -> None:
    with pytest.raises(ValueError, match=r"seed\('customers'\): record 1: Field `email` must be a string"):
        fake.seed("customers", [{"email": "ok@example.com"}, {"email": 5}])
    with pytest.raises(ValueError, match="unknown collection 'shoppers'"):
        fake.seed("shoppers", [{}])
    (row,) = fake.seed("custom_table_rows", [{"tableId": {"$oid": "t1"}}])  # underscores work too
    assert row["_id"] == {"$oid": "000000000000000000000001"} and row["companyId"] is not None
    snapshot = fake.store
    snapshot["custom-table-rows"].clear()
    assert len(fake.store["custom-table-rows"]) == 1
    with fake.client() as client:
        assert [r["tableId"] for r in client.custom_table_rows.list(table_id="t1")] == [{"$oid": "t1"}]
        assert list(client.custom_table_rows.list(table_id="other")) == []


def test_fail_next_lets_users_test_their_retries(fake: FakeFinalPOS, waits: list[float]) -> None:
    fake.fail_next("customers.create", status=503, times=2, retry_after=0.25)
    with fake.client(max_retries=2).with_options(retry_posts=True) as client:
        raw = client.customers.with_raw_response.create(**ANN)
    assert raw.status_code == 201 and raw.retries_taken == 2
    assert waits == [0.25, 0.25]  # the client honoured the fake's Retry-After
    assert [c.status for c in fake.calls] == [503, 503, 201]
    assert len(fake.store["customers"]) == 1


def test_fail_next_by_operation_id_and_for_every_operation(fake: FakeFinalPOS, waits: list[float]) -> None:
    fake.fail_next("CustomersController_findAll", status=429)
    fake.fail_next(status=500, body={"statusCode": 500, "message": "boom", "error": "Internal Server Error"})
    with fake.client(max_retries=0) as client:
        with pytest.raises(RateLimitError):
            list(client.customers.list())
        with pytest.raises(InternalServerError) as boom:
            client.sessions.retrieve("s1")
        assert list(client.customers.list()) == []  # both faults used up
    assert boom.value.body["message"] == "boom" and waits == []
    with pytest.raises(ValueError, match="unknown operation 'customers.explode'"):
        fake.fail_next("customers.explode")


def test_latency_longer_than_the_timeout_is_a_timeout(fake: FakeFinalPOS) -> None:
    fake.latency(0.2, "sessions.retrieve")
    with fake.client(max_retries=0, timeout=0.05) as client:
        with pytest.raises(APITimeoutError):
            client.sessions.retrieve("s1")
        with pytest.raises(NotFoundError):  # other operations are not delayed
            client.accounts.retrieve("a1")
    fake.latency(0, "sessions.retrieve")
    with fake.client(max_retries=0, timeout=0.05) as client, pytest.raises(NotFoundError):
        client.sessions.retrieve("s1")


async def test_async_client_latency_faults_and_state(fake: FakeFinalPOS, monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_wait(delay: float) -> None:
        return None

    monkeypatch.setattr(base_client, "_async_sleep", no_wait)
    fake.fail_next("sessions.create", status=502)
    fake.latency(0.2)
    async with fake.async_client(max_retries=0, timeout=0.05) as client:
        with pytest.raises(APITimeoutError):
            await client.customers.create(**ANN)
    fake.latency(0)
    async with fake.async_client(max_retries=1, retry_posts=True) as client:
        customer = await client.customers.create(**ANN)
        found = [c.id async for c in client.customers.list()]
    assert found == [customer.id]
    assert fake.calls[-1].operation == "customers.list"


def test_calls_record_what_was_sent_with_the_key_masked(fake: FakeFinalPOS) -> None:
    with fake.client(api_key="secret-key") as client:
        client.customers.create(**ANN, custom_fields={"tier": "gold"})
    (call,) = fake.calls
    assert (call.operation, call.operation_id, call.method, call.path, call.status) == (
        "customers.create",
        "CustomerController_create",
        "POST",
        "/v1/api/customer",
        201,
    )
    assert call.body == {"email": "ann@example.com", "firstName": "Ann", "lastName": "Lee", "tier": "gold"}
    assert call.headers["x-api-key"] == "***" and "secret-key" not in repr(fake.calls)


def test_transport_in_a_users_own_http_client_under_any_base_path(fake: FakeFinalPOS) -> None:
    from finalpos import FinalPOS

    with (
        httpx.Client(transport=fake.transport) as http,
        FinalPOS(api_key="k", base_url="https://docs.finalpos.com/_mock/openapi", http_client=http) as client,
    ):
        created = client.customers.create(**ANN)
    assert fake.calls[0].path == "/_mock/openapi/v1/api/customer" and fake.calls[0].status == 201
    assert fake.store["customers"][0]["id"] == created.id


def test_reset_forgets_everything(fake: FakeFinalPOS) -> None:
    fake.seed("customers", [{}])
    fake.fail_next(status=503)
    fake.latency(1.0)
    fake.reset()
    with fake.client(max_retries=0) as client:
        assert list(client.customers.list()) == []
    assert [c.status for c in fake.calls] == [200]


def test_every_operation_is_derived_or_named_as_example_only(fake: FakeFinalPOS) -> None:
    kinds = {name: fake.kind_of(name) for name in fake.operations}
    assert set(kinds.values()) <= {"create", "retrieve", "update", "delete", "list", "example"}
    assert fake.example_only_operations == tuple(n for n, k in kinds.items() if k == "example")
    assert len(fake.operations) == sum(len(methods) for methods in _spec_paths().values())


def _spec_paths() -> dict[str, Any]:
    from tests.testing.support import SPEC

    return {p: {m for m in item if m in ("get", "put", "post", "delete", "patch")} for p, item in SPEC["paths"].items()}
