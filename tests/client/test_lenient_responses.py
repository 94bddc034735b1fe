"""Lenient, lossless responses by default; strict validation on request. Through `FinalPOS` against a
real local server: odd values never cost a record, are kept verbatim in `.unparsed`, warn once per
model and field (no key, no value), and `strict_response_validation=True` turns them into
`APIResponseValidationError`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import finalpos
import finalpos._lenient as lenient
import pytest
from finalpos import AsyncFinalPOS, FinalPOS
from finalpos.models import Address, Customer, Session
from finalpos.types import UNSET

from .conftest import CANARY_KEY, LocalServer, Reply

ODD_SESSION: dict[str, Any] = {
    "id": "s1",
    "closeTime": None,  # an open session: no close time yet
    "openTime": "2024-02-30T25:61:00Z",  # an impossible date
    "notes": "one note",  # a scalar where an array is declared
    "closingAmounts": ["cash", 10],  # an array where an object is declared
    "sessionNumber": 42,  # a number where a string is declared
    "tenantFlag": True,  # a field the spec does not list
}
CLEAN_CUSTOMER = {"id": "c1", "email": "a@b.c", "firstName": "Ann", "lastName": "Lee"}
CUSTOMER_ARGS = {"email": "a@b.c", "first_name": "Ann", "last_name": "Lee"}  # the API has no GET /customer/{id}


@pytest.fixture(autouse=True)
def _fresh_warnings() -> Iterator[None]:
    lenient._warned.clear()  # "once per model and field" is per process; each test starts clean
    yield
    lenient._warned.clear()


def test_odd_values_keep_the_record_and_round_trip_verbatim(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, ODD_SESSION))
    session = client.sessions.retrieve("s1")
    assert session.id == "s1"
    for attribute in ("close_time", "open_time", "notes", "closing_amounts", "session_number"):
        assert getattr(session, attribute) is UNSET, attribute
    assert session.unparsed == {
        k: ODD_SESSION[k] for k in ("closeTime", "openTime", "notes", "closingAmounts", "sessionNumber")
    }
    assert session.additional_properties == {"tenantFlag": True}
    assert session.to_dict() == ODD_SESSION  # lossless: everything goes back as received


def test_a_set_attribute_wins_over_the_kept_value(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, ODD_SESSION))
    session = client.sessions.retrieve("s1")
    session.session_number = "S-42"
    assert session.to_dict()["sessionNumber"] == "S-42"


def test_one_odd_row_costs_nothing_on_a_page(client: FinalPOS, server: LocalServer) -> None:
    rows = [{**CLEAN_CUSTOMER, "id": f"c{i}"} for i in range(100)]
    rows[37] = {**rows[37], "billing": None, "tags": "vip", "shipping": {"city": 10115}}
    server.reply(Reply(200, rows), Reply(200, []))
    customers = list(client.customers.list(limit=100))
    assert [c.id for c in customers] == [f"c{i}" for i in range(100)]
    odd = customers[37]
    assert odd.billing is UNSET and odd.tags is UNSET and odd.unparsed == {"billing": None, "tags": "vip"}
    assert isinstance(odd.shipping, Address) and odd.shipping.unparsed == {"city": 10115}  # nested: kept where it is
    assert all(not c.unparsed for i, c in enumerate(customers) if i != 37)


def test_warns_once_per_model_and_field_without_key_or_values(
    client: FinalPOS, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret_value = "2099-99-99T-secret-value"
    page = [{**CLEAN_CUSTOMER, "id": f"c{i}", "lastAction": 5, "createdAt": secret_value} for i in range(3)]
    server.reply(Reply(200, page), Reply(200, page))
    with caplog.at_level(logging.WARNING, logger="finalpos"):
        list(client.customers.list())
        list(client.customers.list())
    warnings = [r.getMessage() for r in caplog.records if r.name == "finalpos" and r.levelno == logging.WARNING]
    assert sorted(w.split(":")[0] for w in warnings) == ["Customer.createdAt", "Customer.lastAction"]
    text = "\n".join(warnings)
    assert CANARY_KEY not in text and secret_value not in text and "c0" not in text


def test_strict_client_raises_the_typed_error(server: LocalServer, waits: list[float]) -> None:
    with FinalPOS(api_key=CANARY_KEY, base_url=server.base_url, strict_response_validation=True) as strict:
        for field, value in [("closeTime", None), ("openTime", "2024-02-30"), ("notes", "x"), ("sessionNumber", 1)]:
            server.reply(Reply(200, {"id": "s1", field: value}))
            with pytest.raises(finalpos.APIResponseValidationError, match=f"Session.{field}") as caught:
                strict.sessions.retrieve("s1")
            assert caught.value.status_code == 200 and CANARY_KEY not in str(caught.value)
        # ...and back to lenient for one call chain, sharing the pool.
        server.reply(Reply(200, {"id": "s1", "closeTime": None}))
        assert strict.with_options(strict_response_validation=False).sessions.retrieve("s1").unparsed == {
            "closeTime": None
        }
        assert "strict_response_validation=True" in repr(strict)


def test_with_options_turns_strict_on_for_a_copy_only(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, [{**CLEAN_CUSTOMER, "billing": "not an object"}]))
    with pytest.raises(finalpos.APIResponseValidationError, match=r"Customer\.billing"):
        list(client.with_options(strict_response_validation=True).customers.list())
    server.reply(Reply(200, [{**CLEAN_CUSTOMER, "billing": "not an object"}]))
    assert list(client.customers.list())[0].unparsed == {"billing": "not an object"}


def test_strict_nested_mismatch_names_the_path(server: LocalServer, waits: list[float]) -> None:
    server.reply(Reply(200, {**CLEAN_CUSTOMER, "shipping": {"city": 1}}))
    with FinalPOS(api_key=CANARY_KEY, base_url=server.base_url, strict_response_validation=True) as strict:
        with pytest.raises(finalpos.APIResponseValidationError, match=r"Customer\.shipping: nested Address\.city"):
            strict.customers.update("c1", **CUSTOMER_ARGS)


def test_async_client_is_lenient_and_strict_alike(server: LocalServer, waits: list[float]) -> None:
    async def run() -> None:
        async with AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url) as client:
            server.reply(Reply(200, ODD_SESSION))
            assert (await client.sessions.retrieve("s1")).unparsed["closeTime"] is None
            server.reply(Reply(200, ODD_SESSION))
            with pytest.raises(finalpos.APIResponseValidationError):
                await client.with_options(strict_response_validation=True).sessions.retrieve("s1")

    asyncio.run(run())


def test_dict_arguments_are_checked_strictly(client: FinalPOS, server: LocalServer) -> None:
    with pytest.raises(finalpos.InvalidArgumentError, match="billing") as caught:
        client.customers.create(email="a@b.c", first_name="A", last_name="B", billing={"city": 12})
    assert caught.value.argument == "billing" and server.seen == []


def test_repr_shows_set_fields_custom_fields_and_unparsed(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, {**CLEAN_CUSTOMER, "loyaltyTier": "gold", "billing": None}))
    customer = client.customers.update("c1", **CUSTOMER_ARGS)
    assert repr(customer) == (
        "Customer(id='c1', email='a@b.c', first_name='Ann', last_name='Lee', "
        "custom_fields={'loyaltyTier': 'gold'}, unparsed={'billing': None})"
    )
    assert repr(Session(id="s1")) == "Session(id='s1')" and repr(UNSET) == "UNSET"
    assert repr(Session(id="s1", notes=["a", UNSET])) == "Session(id='s1', notes=['a', UNSET])"  # type: ignore[list-item]
    assert "object at 0x" not in repr(customer)


def test_equality_is_unchanged(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, CLEAN_CUSTOMER), Reply(200, CLEAN_CUSTOMER), Reply(200, {**CLEAN_CUSTOMER, "phone": 1}))
    first, second, odd = (client.customers.update("c1", **CUSTOMER_ARGS) for _ in range(3))
    assert first == second == Customer.from_dict(CLEAN_CUSTOMER)
    assert first != odd  # a kept value is part of the record
