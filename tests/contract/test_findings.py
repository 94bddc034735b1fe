"""Regression tests for the client findings of the contract/fuzz suite (findings.py), all fixed.

F1/F2: a model-typed argument takes the model or a dict of its fields; anything else, or a dict that is
not a valid model, raises `InvalidArgumentError` naming the argument before anything is sent. N1: a list
the vendor documents with no content returns what a real server sends, in the per-operation module and
in `FinalPOS`; only for those does an empty body (what a mock of the docs sends) read as an empty page.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator, Sequence
from types import UnionType
from typing import Any

import attrs
import pytest
from finalpos import APIConnectionError, APIResponseValidationError, FinalPOS, InvalidArgumentError
from finalpos.models import CustomerNote

from tests.contract.findings import F1, F2, INVALID_VALUES, N1
from tests.contract.typed_surface import TypedMethod, typed_methods
from tests.local_server import LocalServer, Reply, serve

REFUSING_URL = "http://127.0.0.1:9"  # discard port on loopback: a call that sends anything fails to connect


def _hints(method: TypedMethod) -> dict[str, Any]:
    return method.hints


def _options(hint: Any) -> tuple[Any, ...]:
    """The members of a union hint, else the hint itself."""
    return typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, UnionType) else (hint,)


def _model_arguments() -> list[Any]:
    """(method, argument, model, is_list) for every typed-method argument that takes a model (from hints)."""
    found = []
    for method in sorted(typed_methods().values(), key=lambda m: m.label):
        hints = _hints(method)
        for name in method.parameters:
            for option in _options(hints[name]):
                inner = typing.get_args(option)[0] if typing.get_origin(option) is Sequence else option
                for candidate in typing.get_args(inner) or (inner,):
                    if hasattr(candidate, "from_dict"):
                        param = pytest.param(method, name, candidate, inner is not option, id=f"{method.label}:{name}")
                        found.append(param)
    return found


MODEL_ARGUMENTS = _model_arguments()


def _other_required(method: TypedMethod) -> dict[str, Any]:
    """Well-shaped values for the method's required arguments, so only the argument under test is wrong."""
    hints = _hints(method)
    values: dict[str, Any] = {}
    for name, required in zip(method.parameters, method.required, strict=True):
        if required:
            options = _options(hints[name])
            if any(typing.get_origin(o) in (list, Sequence) for o in options):
                values[name] = []
            elif any(hasattr(o, "from_dict") for o in options):
                model = next(o for o in options if hasattr(o, "from_dict"))
                # An instance, not a dict: attrs field names are not the wire names a dict needs.
                values[name] = model(**{f.name: "x" for f in attrs.fields(model) if f.default is attrs.NOTHING})
            else:
                values[name] = True if bool in options else "x"
    return values


@pytest.fixture
def refusing_client() -> Iterator[FinalPOS]:
    with FinalPOS(api_key="k", base_url=REFUSING_URL, max_retries=0) as client:
        yield client


def test_model_arguments_are_discovered_from_the_surface() -> None:
    ids = {p.id for p in MODEL_ARGUMENTS}
    expected = {"client.customers.create:billing", "client.customers.update:notes", "client.refunds.create:line_items"}
    assert expected <= ids


@pytest.mark.parametrize(("method", "argument", "model", "is_list"), MODEL_ARGUMENTS)
def test_invalid_model_argument_is_refused_before_sending(
    refusing_client: FinalPOS, method: TypedMethod, argument: str, model: Any, is_list: bool
) -> None:
    """F1/F2: a value that is neither the model nor a dict of its fields raises InvalidArgumentError
    naming the argument (also a TypeError and a ValueError), and nothing is sent."""
    call = method.bind(refusing_client)
    expected = f"{argument}[0]" if is_list else argument
    for bad in INVALID_VALUES:
        with pytest.raises(InvalidArgumentError) as caught:
            call(**{**_other_required(method), argument: [bad] if is_list else bad})
        assert caught.value.argument == expected, F2
        assert isinstance(caught.value, TypeError) and isinstance(caught.value, ValueError)
        assert f"`{expected}`" in str(caught.value)


@pytest.mark.parametrize(("method", "argument", "model", "is_list"), MODEL_ARGUMENTS)
def test_dict_missing_a_required_field_is_refused_naming_it(
    refusing_client: FinalPOS, method: TypedMethod, argument: str, model: Any, is_list: bool
) -> None:
    """F1: the KeyError `from_dict` raises for a missing required field becomes InvalidArgumentError."""
    call = method.bind(refusing_client)
    arguments = {**_other_required(method), argument: [{}] if is_list else {}}
    if all(f.default is not attrs.NOTHING for f in attrs.fields(model)):
        with pytest.raises(APIConnectionError):  # every field optional: `{}` is valid, so it is sent
            call(**arguments)
        return
    with pytest.raises(InvalidArgumentError, match="missing required field") as caught:
        call(**arguments)
    assert caught.value.argument == (f"{argument}[0]" if is_list else argument), F1


@pytest.fixture
def recording_server() -> Iterator[LocalServer]:
    """A loopback server that records each request and answers a POST with a Customer."""
    with serve() as server:
        server.add(
            "POST /v1/api/customer",
            Reply(201, {"_id": "c1", "email": "ann@example.com", "firstName": "Ann", "lastName": "Lee"}),
        )
        yield server


def test_dict_for_a_nested_model_is_sent_as_its_fields(recording_server: LocalServer) -> None:
    """F2: `billing={...}` (a dict where a model is expected) is accepted and sent as the model's JSON;
    a list of models takes dicts and models mixed."""
    with FinalPOS(api_key="k", base_url=recording_server.base_url, max_retries=0) as client:
        customer = client.customers.create(
            email="ann@example.com",
            first_name="Ann",
            last_name="Lee",
            billing={"city": "Berlin", "postCode": "10115"},
            notes=[{"message": "VIP", "createdAt": "2024-01-01"}, CustomerNote(message="late")],
        )
    assert customer.email == "ann@example.com"
    (sent,) = [request.json() for request in recording_server.seen]
    assert sent["billing"] == {"city": "Berlin", "postCode": "10115"}
    assert sent["notes"] == [{"message": "VIP", "createdAt": "2024-01-01"}, {"message": "late"}]


@pytest.mark.parametrize(
    ("nested", "argument"),
    [({"billing": "Berlin"}, "billing"), ({"notes": [False]}, "notes[0]"), ({"notes": {"message": "x"}}, "notes")],
    ids=["str-for-model", "bool-in-list", "dict-for-list"],
)
def test_wrong_nested_value_is_refused_before_sending(
    refusing_client: FinalPOS, nested: dict[str, Any], argument: str
) -> None:
    """F2: what is neither the model nor a dict of its fields is refused before sending, naming it."""
    with pytest.raises(InvalidArgumentError) as caught:
        refusing_client.customers.create(email="ann@example.com", first_name="Ann", last_name="Lee", **nested)
    assert caught.value.argument == argument, F2


@pytest.mark.parametrize("segment", ["", ".", ".."])
def test_dot_segment_id_is_refused_before_sending(segment: str) -> None:
    """Found by fuzzing: httpx drops "." and ".." path segments, so `sessions.delete("..")` used to send
    `DELETE /v1/api`. Fixed in codegen/runtime/_arguments.py (`require_path_param`)."""
    with FinalPOS(api_key="k", base_url=REFUSING_URL, max_retries=0) as client:
        with pytest.raises(InvalidArgumentError, match="non-empty value for `id`"):
            client.sessions.delete(segment)


@pytest.fixture
def json_list_server() -> Iterator[str]:
    """A loopback server answering GET with a JSON array, as the real API does for these lists, and an
    empty 200 under /empty/ (what a mock of the docs sends)."""
    with serve() as server:
        server.default = lambda seen: Reply(200, b"" if seen.path.startswith("/empty/") else [{"name": "row"}])
        yield server.base_url


def test_finalpos_returns_the_rows_a_contentless_list_sends(json_list_server: str) -> None:
    with FinalPOS(api_key="k", base_url=json_list_server, max_retries=0) as client:
        assert list(client.custom_tables.list()) == [{"name": "row"}], N1
        assert client.custom_table_rows.with_raw_response.list_values(table_id="t1").parsed == [{"name": "row"}]


def test_empty_body_is_an_empty_page_only_where_documented_without_content(json_list_server: str) -> None:
    with FinalPOS(api_key="k", base_url=json_list_server + "/empty", max_retries=0) as client:
        assert list(client.custom_tables.list()) == []
        assert client.custom_table_rows.with_raw_response.list(table_id="t1").parsed == []
        with pytest.raises(APIResponseValidationError):  # a documented list: an empty body does not fit
            client.customers.with_raw_response.list()


@pytest.fixture
def object_body_server() -> Iterator[str]:
    """Answers every call with `{}`, as Steady does where the spec documents no content."""
    with serve() as server:
        server.default = Reply(200, {})
        yield server.base_url


def test_a_body_where_the_spec_documents_none_is_returned_as_received_and_refused_when_strict(
    object_body_server: str,
) -> None:
    trigger = {"triggerType": "new_order", "triggerId": "t", "apiKey": "z", "triggerUrl": "https://x.test/h"}
    with FinalPOS(api_key="k", base_url=object_body_server, max_retries=0) as client:
        assert client.custom_tables.with_raw_response.list().parsed == {}
        assert client.zapier_triggers.with_raw_response.create(**_snake(trigger)).parsed == {}
        strict = client.with_options(strict_response_validation=True)
        with pytest.raises(APIResponseValidationError, match="documents no content"):
            strict.custom_tables.with_raw_response.list()
        with pytest.raises(APIResponseValidationError, match="documents no content"):
            strict.zapier_triggers.with_raw_response.create(**_snake(trigger))


def _snake(wire: dict[str, Any]) -> dict[str, Any]:
    return {"".join(f"_{c.lower()}" if c.isupper() else c for c in k): v for k, v in wire.items()}
