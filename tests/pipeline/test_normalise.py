"""normalise: the names users get, on the real snapshot and on small specs that isolate each rule."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest

from codegen.errors import RegenError
from codegen.normalise import normalise
from codegen.spec import NamingConfig, load_naming
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


def test_a_refd_component_is_named_by_its_role_not_by_the_vendor(naming: NamingConfig) -> None:
    widget = obj(id="string", size="integer")
    spec = spec_with(
        {
            "/v1/api/gadgets": {
                "get": op("/v1/api/gadgets", "get", response={"type": "array", "items": {"$ref": REF + "WidgetDto"}})
            }
        },
        {"WidgetDto": widget},
    )
    out, report = normalise(spec, naming)
    assert "WidgetDto" not in out["components"]["schemas"] and "Gadget" in out["components"]["schemas"]
    assert json_schema(out["paths"]["/v1/api/gadgets"]["get"], "200")["items"] == {"$ref": REF + "Gadget"}
    assert report.inlined_refs == ["WidgetDto"]


def test_a_component_no_operation_uses_keeps_its_name_and_lends_it_to_nothing(naming: NamingConfig) -> None:
    widget = obj(id="string", size="integer")
    spec = spec_with(
        {
            "/v1/api/gadgets": {
                "get": op("/v1/api/gadgets", "get", response={"type": "array", "items": copy.deepcopy(widget)})
            }
        },
        {"WebhookWidget": widget},
    )
    out, _ = normalise(spec, naming)
    assert {"WebhookWidget", "Gadget"} <= set(out["components"]["schemas"])
    assert json_schema(out["paths"]["/v1/api/gadgets"]["get"], "200")["items"] == {"$ref": REF + "Gadget"}


def test_a_recursive_component_keeps_its_name(naming: NamingConfig) -> None:
    node = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": REF + "TreeNodeDto"}},
        },
    }
    spec = spec_with(
        {"/v1/api/tree/{id}": {"get": op("/v1/api/tree/{id}", "get", response={"$ref": REF + "TreeNodeDto"})}},
        {"TreeNodeDto": node},
    )
    out, _ = normalise(spec, naming)
    assert json_schema(out["paths"]["/v1/api/tree/{id}"]["get"], "200") == {"$ref": REF + "TreeNodeDto"}
    assert out["components"]["schemas"]["TreeNodeDto"]["properties"]["children"]["items"] == {
        "$ref": REF + "TreeNodeDto"
    }


def test_union_members_are_named_by_what_tells_them_apart(naming: NamingConfig) -> None:
    active = obj(id="string", name="string")
    archived = {**obj(id="string", archived="boolean"), "required": ["archived"]}
    lookup = {"type": "array", "items": copy.deepcopy(active)}
    spec = spec_with(
        {
            "/v1/api/gadget/{id}": {"get": op("/v1/api/gadget/{id}", "get", response={"oneOf": [active, archived]})},
            "/v1/api/gadgets": {"get": op("/v1/api/gadgets", "get", response=lookup)},
        }
    )
    out, _ = normalise(spec, naming)
    members = json_schema(out["paths"]["/v1/api/gadget/{id}"]["get"], "200")["oneOf"]
    # The active member has the list item's shape, so it takes that name; the other is named by `archived`.
    assert members == [{"$ref": REF + "Gadget"}, {"$ref": REF + "GadgetArchived"}]


def test_a_taken_nested_name_takes_its_role_qualified_name_never_a_number(naming: NamingConfig) -> None:
    spec = spec_with(
        {
            "/v1/api/orders": {
                "get": op(
                    "/v1/api/orders",
                    "get",
                    response={
                        "type": "array",
                        "items": {"type": "object", "properties": {"summary": obj(total="string")}},
                    },
                )
            },
            "/v1/api/order": {
                "post": op(
                    "/v1/api/order",
                    "post",
                    body={"type": "object", "properties": {"summary": obj(total="string", tip="string")}},
                )
            },
        }
    )
    out, _ = normalise(spec, naming)
    names = set(out["components"]["schemas"])
    assert {"OrderSummary", "OrderCreateSummary"} <= names and not any(n[-1].isdigit() for n in names)


def test_a_collision_with_no_meaningful_name_left_stops_naming_the_config_entry(naming: NamingConfig) -> None:
    spec = spec_with(
        {
            "/v1/api/gadget/{id}": {"get": op("/v1/api/gadget/{id}", "get", response=obj(id="string"))},
            "/v1/api/gadget": {"post": op("/v1/api/gadget", "post", body=obj(a="string"), response=obj(b="string"))},
        },
        {"GadgetCreateResponse": obj(unrelated="string")},  # used by no operation: keeps the qualified name
    )
    with pytest.raises(RegenError) as caught:
        normalise(spec, naming)
    assert '"renames": {"GadgetCreateResponse": "<Name>"}' in caught.value.one_line()
    assert "codegen/config/naming.json" in caught.value.one_line()


def test_every_name_collision_is_in_the_one_stop(naming: NamingConfig) -> None:
    paths: dict[str, dict[str, Any]] = {}
    orphans: dict[str, Any] = {}
    for entity in ("gadget", "widget"):
        paths[f"/v1/api/{entity}/{{id}}"] = {"get": op(f"/v1/api/{entity}/{{id}}", "get", response=obj(id="string"))}
        paths[f"/v1/api/{entity}"] = {
            "post": op(f"/v1/api/{entity}", "post", body=obj(a="string"), response=obj(b="string"))
        }
        orphans[f"{entity.title()}CreateResponse"] = obj(unrelated="string")
    with pytest.raises(RegenError) as caught:
        normalise(spec_with(paths, orphans), naming)
    entries = [item.split("): ", 1)[1] for item in caught.value.items]
    assert entries == ['"renames": {"GadgetCreateResponse": "<Name>"}', '"renames": {"WidgetCreateResponse": "<Name>"}']
    assert "(+1 more" in caught.value.one_line()


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
                # `id` is a number here: not the same model with a field more or less (see below for that).
                "post": op("/v1/api/gadget", "post", body=obj(name="string"), response=obj(id="number"))
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


def test_a_nullable_ref_reads_like_the_same_schema_inline(naming: NamingConfig) -> None:
    def spec(owner: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
        holder = {"type": "object", "properties": {"owner": owner}}
        return spec_with({"/v1/api/pet/{id}": {"get": op("/v1/api/pet/{id}", "get", response=holder)}}, schemas)

    by_ref, report = normalise(
        spec({"$ref": REF + "OwnerDto", "nullable": True}, {"OwnerDto": obj(name="string")}), naming
    )
    inline, _ = normalise(spec({**obj(name="string"), "nullable": True}, {}), naming)
    assert report.nullable_refs == 1
    assert by_ref == inline
    assert by_ref["components"]["schemas"]["PetOwner"]["nullable"] is True


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


def test_union_members_nothing_tells_apart_are_named_by_position_in_one_run(naming: NamingConfig) -> None:
    # Same properties, different types: no discriminator, title or property of its own.
    members = [obj(value="string"), obj(value="integer")]
    spec = spec_with({"/v1/api/gadget/{id}": {"get": op("/v1/api/gadget/{id}", "get", response={"oneOf": members})}})
    out, report = normalise(spec, naming)
    refs = json_schema(out["paths"]["/v1/api/gadget/{id}"]["get"], "200")["oneOf"]
    assert refs == [{"$ref": REF + "GadgetVariant1"}, {"$ref": REF + "GadgetVariant2"}]
    # Both at once, each with the naming-map entry that names it better.
    notes = [line for line in report.lines() if "by its position" in line]
    assert len(notes) == 2 and '"renames": {"GadgetVariant2": "<Name>"}' in notes[1]
    both = NamingConfig(
        naming.entities, {**naming.renames, "GadgetVariant1": "GadgetText", "GadgetVariant2": "GadgetCount"}
    )
    out, report = normalise(spec, both)
    assert {"GadgetText", "GadgetCount"} <= set(out["components"]["schemas"])
    assert not report.positional_variants


def test_union_members_are_named_by_discriminator_value_before_title(naming: NamingConfig) -> None:
    card = {**obj(kind="string", last4="string"), "title": "Plastic"}
    card["properties"]["kind"] = {"type": "string", "const": "card"}
    cash = obj(kind="string", tendered="number")
    cash["properties"]["kind"] = {"type": "string", "enum": ["cash"]}
    union = {"oneOf": [card, cash], "discriminator": {"propertyName": "kind"}}
    spec = spec_with({"/v1/api/payment/{id}": {"get": op("/v1/api/payment/{id}", "get", response=union)}})
    out, _ = normalise(spec, naming)
    refs = json_schema(out["paths"]["/v1/api/payment/{id}"]["get"], "200")["oneOf"]
    assert refs == [{"$ref": REF + "PaymentCard"}, {"$ref": REF + "PaymentCash"}]


def test_a_default_beside_a_lone_allof_ref_overrides_the_targets_and_keeps_it_an_enum(naming: NamingConfig) -> None:
    status = {"type": "string", "enum": ["open", "closed"], "default": "open"}
    body = obj(name="string")
    body["properties"]["status"] = {"allOf": [{"$ref": REF + "Status"}], "default": "closed"}
    spec = spec_with({"/v1/api/gadget": {"post": op("/v1/api/gadget", "post", body=body)}}, {"Status": status})
    out, _ = normalise(spec, naming)
    create = out["components"]["schemas"]["GadgetCreate"]["properties"]["status"]
    enum = out["components"]["schemas"][create["$ref"].rsplit("/", 1)[1]]
    assert enum["enum"] == ["open", "closed"] and enum["default"] == "closed" and "allOf" not in enum
