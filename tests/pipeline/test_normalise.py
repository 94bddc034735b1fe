"""normalise: the names users get, on the real snapshot and on small specs that isolate each rule."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest

from codegen.normalise import NamingConfig, load_naming, normalise
from codegen.workspace import CONFIG_DIR

REF = "#/components/schemas/"


@pytest.fixture(scope="module")
def naming() -> NamingConfig:
    return load_naming(json.loads((CONFIG_DIR / "naming.json").read_text()))


@pytest.fixture(scope="module")
def real(committed_spec: bytes, naming: NamingConfig) -> dict[str, Any]:
    return normalise(json.loads(committed_spec), naming)[0]


def json_schema(op: dict[str, Any], status: str | None = None) -> dict[str, Any]:
    holder = op["requestBody"] if status is None else op["responses"][status]
    schema: dict[str, Any] = holder["content"]["application/json"]["schema"]
    return schema


def op(path: str, method: str, *, body: Any = None, response: Any = None, status: str = "200") -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": f"{method}_{path.strip('/').replace('/', '_')}", "responses": {}}
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    if response is not None:
        operation["responses"][status] = {"description": "ok", "content": {"application/json": {"schema": response}}}
    else:
        operation["responses"][status] = {"description": "ok"}
    return operation


def spec_with(paths: dict[str, dict[str, Any]], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def obj(**props: str) -> dict[str, Any]:
    return {"type": "object", "properties": {name: {"type": kind} for name, kind in props.items()}}


# --- the real snapshot --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Customer",
        "CustomerCreate",
        "CustomerUpdate",
        "Address",
        "DeleteResponse",
        "Product",
        "Order",
        "Session",
        "ErrorResponse",
    ],
)
def test_real_spec_has_the_names_users_expect(real: dict[str, Any], name: str) -> None:
    assert name in real["components"]["schemas"]


def test_no_generator_style_names_are_left(real: dict[str, Any]) -> None:
    assert [n for n in real["components"]["schemas"] if "Controller" in n or "Response200" in n] == []


def test_real_operations_point_at_the_named_models(real: dict[str, Any]) -> None:
    paths = real["paths"]
    assert json_schema(paths["/v1/api/customer"]["post"]) == {"$ref": REF + "CustomerCreate"}
    assert json_schema(paths["/v1/api/customers"]["get"], "200")["items"] == {"$ref": REF + "Customer"}
    customer = real["components"]["schemas"]["Customer"]["properties"]
    assert customer["billing"] == {"$ref": REF + "Address"} and customer["shipping"] == {"$ref": REF + "Address"}


def test_every_delete_returns_the_one_delete_response(real: dict[str, Any]) -> None:
    deletes = [
        (path, item["delete"])
        for path, item in real["paths"].items()
        if "delete" in item and "200" in item["delete"]["responses"]
    ]
    assert deletes
    for path, operation in deletes:
        schema = json_schema(operation, "200")
        assert schema == {"$ref": REF + "DeleteResponse"}, path


# --- the rules, one small spec each ---------------------------------------------------------------


def test_vendor_named_component_keeps_its_name_and_inline_copies_become_refs(naming: NamingConfig) -> None:
    widget = obj(id="string", size="integer")
    spec = spec_with(
        {
            "/v1/api/gadgets": {
                "get": op("/v1/api/gadgets", "get", response={"type": "array", "items": copy.deepcopy(widget)})
            }
        },
        {"WidgetDto": widget},
    )
    out, _ = normalise(spec, naming)
    assert "WidgetDto" in out["components"]["schemas"] and "Gadget" not in out["components"]["schemas"]
    assert json_schema(out["paths"]["/v1/api/gadgets"]["get"], "200")["items"] == {"$ref": REF + "WidgetDto"}


def test_identical_shapes_merge_under_their_shared_name(naming: NamingConfig) -> None:
    envelope = {"type": "object", "properties": {"statusCode": {"type": "number"}, "message": {"type": "string"}}}
    paths = {
        f"/v1/api/{thing}/{{id}}": {"delete": op(f"/v1/api/{thing}/{{id}}", "delete", response=copy.deepcopy(envelope))}
        for thing in ("station", "order", "refund")
    }
    paths["/v1/api/order/{id}"]["delete"]["responses"]["200"]["content"]["application/json"]["schema"][
        "description"
    ] = "differs only here"
    out, report = normalise(spec_with(paths), naming)
    assert [n for n in out["components"]["schemas"] if n.endswith("DeleteResponse")] == ["DeleteResponse"]
    assert report.merged["DeleteResponse"] == ["OrderDeleteResponse", "RefundDeleteResponse", "StationDeleteResponse"]


def test_different_shapes_that_want_one_name_stay_two_classes(naming: NamingConfig) -> None:
    spec = spec_with(
        {
            "/v1/api/gadget/{id}": {"get": op("/v1/api/gadget/{id}", "get", response=obj(id="string", name="string"))},
            "/v1/api/gadget": {
                "post": op("/v1/api/gadget", "post", body=obj(name="string"), response=obj(id="string"))
            },
        }
    )
    out, report = normalise(spec, naming)
    names = set(out["components"]["schemas"])
    assert {"Gadget", "GadgetCreate"} <= names
    assert out["components"]["schemas"]["Gadget"]["properties"].keys() == {"id", "name"}  # the GET one keeps the name
    assert len(names) == 3 and report.qualified  # the POST response got a qualified name


def test_shuffled_path_order_gives_identical_output(committed_spec: bytes, naming: NamingConfig) -> None:
    spec = json.loads(committed_spec)
    expected = json.dumps(normalise(spec, naming)[0])
    rng = random.Random(1234)
    for _ in range(3):
        shuffled = copy.deepcopy(spec)
        items = list(shuffled["paths"].items())
        rng.shuffle(items)
        shuffled["paths"] = dict(items)
        schemas = list(shuffled["components"]["schemas"].items())
        rng.shuffle(schemas)
        shuffled["components"]["schemas"] = dict(schemas)
        out = normalise(shuffled, naming)[0]
        out["paths"] = {k: out["paths"][k] for k in spec["paths"]}  # paths keep the vendor's order; compare contents
        assert json.dumps(out) == expected


def test_input_is_not_modified(committed_spec: bytes, naming: NamingConfig) -> None:
    spec = json.loads(committed_spec)
    normalise(spec, naming)
    assert json.dumps(spec) == json.dumps(json.loads(committed_spec))


def test_nullable_ref_is_wrapped_in_all_of(naming: NamingConfig) -> None:
    holder = {
        "type": "object",
        "properties": {"owner": {"$ref": REF + "Owner", "nullable": True}, "backup": {"$ref": REF + "Owner"}},
    }
    spec = spec_with(
        {"/v1/api/pet/{id}": {"get": op("/v1/api/pet/{id}", "get", response=holder)}}, {"Owner": obj(name="string")}
    )
    out, report = normalise(spec, naming)
    pet = out["components"]["schemas"]["Pet"]["properties"]
    assert pet["owner"] == {"allOf": [{"$ref": REF + "Owner"}], "nullable": True}
    assert pet["backup"] == {"$ref": REF + "Owner"}
    assert report.nullable_refs == 1


def test_missing_operation_id_is_derived_from_method_and_path(naming: NamingConfig) -> None:
    operation = op("/v1/api/pet/{id}", "get", response=obj(id="string"))
    del operation["operationId"]
    out, report = normalise(spec_with({"/v1/api/pet/{id}": {"get": operation}}), naming)
    assert out["paths"]["/v1/api/pet/{id}"]["get"]["operationId"] == "get_pet_id"
    assert report.operation_ids == ["GET /v1/api/pet/{id} -> get_pet_id"]


def test_contentless_get_success_is_typed_as_any_json(naming: NamingConfig) -> None:
    """A list GET documented with no content becomes an array of any JSON (so the data a real server sends
    is kept), marked so the client reads an empty body (what a mock of the docs sends) as an empty page."""
    out, report = normalise(spec_with({"/v1/api/tables": {"get": op("/v1/api/tables", "get")}}), naming)
    schema = {"type": "array", "items": {}, "x-finalpos-documented-without-content": True}
    content = out["paths"]["/v1/api/tables"]["get"]["responses"]["200"]["content"]
    assert content == {"application/json": {"schema": schema}}
    assert report.untyped_responses == ["GET /v1/api/tables 200"]
