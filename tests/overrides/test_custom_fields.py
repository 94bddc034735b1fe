"""Override `customer-dynamic-fields`: the tenant's custom fields survive every Customer model, are sent
as top-level JSON properties, and may not overwrite a static field."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import finalpos.models
import pytest
from finalpos import FinalPOS
from finalpos.models import Customer, CustomerCreate, CustomerUpdate
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.spec import DYNAMIC_EXTENSION
from tests.local_server import LocalServer, Reply

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def exact(value: Any) -> str:
    """JSON text: tells True from 1 and 1.0 from 1, which == does not."""
    return json.dumps(value, sort_keys=True)


def dynamic_names(spec: dict[str, Any]) -> list[str]:
    return sorted(n for n, s in spec["components"]["schemas"].items() if s.get(DYNAMIC_EXTENSION) is True)


def sample(schema: dict[str, Any], spec: dict[str, Any]) -> Any:
    """A valid wire value for a schema: every property filled, so static fields round-trip too."""
    if "$ref" in schema:
        return sample(spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]], spec)
    if "allOf" in schema:
        return sample(schema["allOf"][0], spec)
    kind = schema.get("type", "object")
    if kind == "array":
        return [sample(schema.get("items", {}), spec)]
    if kind == "object":
        return {name: sample(sub, spec) for name, sub in (schema.get("properties") or {}).items()}
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("format") == "date-time":
        return "2025-12-07T19:31:48.436000+00:00"
    return {"string": "text", "number": 12.5, "integer": 7, "boolean": False}[kind]


def test_the_customer_models_are_the_dynamic_ones(patched_spec: dict[str, Any]) -> None:
    # Selected by role (bodies of the Customer endpoints), not by name; today that is these three.
    assert dynamic_names(patched_spec) == ["Customer", "CustomerCreate", "CustomerUpdate"]
    for name in dynamic_names(patched_spec):
        model = getattr(finalpos.models, name)
        assert set(model._static_wire_names) == set(patched_spec["components"]["schemas"][name]["properties"])


@pytest.mark.parametrize("name", ["Customer", "CustomerCreate", "CustomerUpdate"])
def test_random_extra_fields_round_trip(name: str, patched_spec: dict[str, Any]) -> None:
    model = getattr(finalpos.models, name)
    schema = patched_spec["components"]["schemas"][name]
    static = sample(schema, patched_spec)

    @settings(max_examples=60, deadline=None)
    @given(
        extra=st.dictionaries(
            st.text(min_size=1, max_size=12).filter(lambda k: k not in static), JSON_VALUES, max_size=6
        )
    )
    def round_trip(extra: dict[str, Any]) -> None:
        wire = json.loads(json.dumps({**static, **extra}))  # what arrives from a server
        parsed = model.from_dict(wire)
        assert exact(parsed.custom_fields) == exact(extra)
        assert exact(parsed.to_dict()) == exact(wire)
        assert exact(model.from_dict(parsed.to_dict()).to_dict()) == exact(wire)

    round_trip()


def test_static_fields_keep_their_spec_types() -> None:
    customer = Customer.from_dict(
        {"id": "c1", "fromFinal": True, "createdAt": "2025-12-07T19:31:48+00:00", "tier": "gold"}
    )
    assert customer.id == "c1" and customer.from_final is True
    assert isinstance(customer.created_at, datetime)  # as `format: date-time` says
    assert customer.custom_fields == {"tier": "gold"}
    assert customer.to_dict()["createdAt"] == "2025-12-07T19:31:48+00:00"


def test_custom_fields_argument_is_sent_top_level() -> None:
    body = CustomerCreate(
        email="a@example.com", first_name="Ann", last_name="Lee", custom_fields={"tier": "gold", "points": 3}
    )
    assert body.to_dict() == {
        "email": "a@example.com",
        "firstName": "Ann",
        "lastName": "Lee",
        "tier": "gold",
        "points": 3,
    }
    update = CustomerUpdate(email="a@example.com", first_name="Ann", last_name="Lee", custom_fields={"vip": None})
    assert update.custom_fields == {"vip": None}


@pytest.mark.parametrize("wire_name", ["email", "firstName", "notes"])
def test_custom_field_named_like_a_static_field_is_refused(wire_name: str) -> None:
    with pytest.raises(ValueError, match=f"'{wire_name}' collide with static field"):
        CustomerCreate(email="a@example.com", first_name="Ann", last_name="Lee", custom_fields={wire_name: "x"})
    # Set behind the constructor's back: refused when the body is built, still before any request.
    body = CustomerCreate(email="a@example.com", first_name="Ann", last_name="Lee")
    body[wire_name] = "x"
    with pytest.raises(ValueError, match=wire_name):
        body.to_dict()


def test_python_name_of_a_static_field_is_a_legal_custom_field() -> None:
    # Only wire names collide: a tenant field literally called `first_name` is distinct from `firstName`.
    body = CustomerCreate(email="a@example.com", first_name="Ann", last_name="Lee", custom_fields={"first_name": "x"})
    assert body.to_dict()["first_name"] == "x" and body.to_dict()["firstName"] == "Ann"


def test_create_sends_custom_fields_and_reads_them_back(recording_server: LocalServer) -> None:
    saved = {"id": "c-1", "createdAt": "2025-12-07T19:31:48+00:00", "fromFinal": False}
    recording_server.default = lambda seen: Reply(201, {**seen.json(), **saved})  # the body sent, as stored
    custom = {"loyaltyPoints": 120, "newsletter": True, "tier": None, "interests": ["tea"], "prefs": {"a": 1.5}}
    client = FinalPOS(api_key="test-key", base_url=recording_server.base_url)
    created = client.customers.create(email="ann@example.com", first_name="Ann", last_name="Lee", custom_fields=custom)

    (request,) = recording_server.seen
    assert (request.method, request.path) == ("POST", "/v1/api/customer")
    sent = json.loads(request.body)
    assert exact(sent) == exact({"email": "ann@example.com", "firstName": "Ann", "lastName": "Lee", **custom})
    assert isinstance(created, Customer)
    assert created.id == "c-1" and exact(created.custom_fields) == exact(custom)


def test_collision_sends_nothing(recording_server: LocalServer) -> None:
    client = FinalPOS(api_key="test-key", base_url=recording_server.base_url)
    with pytest.raises(ValueError, match="'lastName' collide"):
        client.customers.create(
            email="a@example.com", first_name="Ann", last_name="Lee", custom_fields={"lastName": "x"}
        )
    assert recording_server.seen == []
