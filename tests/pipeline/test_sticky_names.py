"""Shapes that differ only by optional fields are one model, and names are sticky (a model keeps its name
from one release to the next).

Small specs that isolate each rule (`codegen/shape_merge.py`, `codegen/sticky_names.py`), then the
real snapshot: its recorded names reproduce it exactly, and a name that moves is one breaking report
item naming the site, the old and the new name.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from codegen.changes import diff_specs
from codegen.changes.names import with_moved_names
from codegen.normalise import normalise
from codegen.shape_merge import compatible, union
from codegen.spec import NamingConfig, load_naming
from codegen.workspace import CONFIG_DIR

from .test_normalise import obj, op, spec_with

REF = "#/components/schemas/"


@pytest.fixture(scope="module")
def naming() -> NamingConfig:
    return load_naming(json.loads((CONFIG_DIR / "naming.json").read_text()))


def gadget_spec(list_item: dict[str, Any], create_response: dict[str, Any]) -> dict[str, Any]:
    return spec_with(
        {
            "/v1/api/gadgets": {"get": op("/v1/api/gadgets", "get", response={"type": "array", "items": list_item})},
            "/v1/api/gadget": {"post": op("/v1/api/gadget", "post", body=obj(name="string"), response=create_response)},
        }
    )


def response_ref(spec: dict[str, Any], path: str, method: str, status: str = "200") -> str:
    schema = spec["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
    ref: str = (schema.get("items") or schema)["$ref"]
    return ref.removeprefix(REF)


# --- shape_merge ---------------------------------------------------------------------------------


def test_compatible_means_differing_only_by_optional_fields_at_any_depth() -> None:
    base: dict[str, Any] = {"type": "object", "properties": {"id": {"type": "string"}, "address": obj(city="string")}}
    grown = copy.deepcopy(base)
    grown["properties"]["points"] = {"type": "integer", "description": "wording does not count"}
    grown["properties"]["address"]["properties"]["district"] = {"type": "string"}
    assert compatible(base, grown) and compatible(grown, base)

    required_extra = copy.deepcopy(grown)
    required_extra["required"] = ["points"]
    retyped = copy.deepcopy(base)
    retyped["properties"]["id"] = {"type": "integer"}
    nullable = copy.deepcopy(base)
    nullable["properties"]["id"]["nullable"] = True
    assert not compatible(base, required_extra)  # a required field more is not optional
    assert not compatible(base, retyped) and not compatible(base, nullable)
    assert not compatible(obj(id="string"), obj(b="string"))  # nothing shared: two things, not one grown


def test_union_keeps_the_first_wording_and_order_and_adds_the_rest() -> None:
    first = {"type": "object", "description": "first", "properties": {"id": {"type": "string"}}}
    second = {"type": "object", "description": "second", "properties": {"points": {"type": "integer"}}}
    merged = union(first, second)
    assert merged["description"] == "first" and list(merged["properties"]) == ["id", "points"]
    assert union(first, copy.deepcopy(first)) is first  # identical shapes keep their very schema


# --- one model for shapes that differ only by optional fields -----------------------------------


def test_an_optional_field_on_one_site_gives_one_model_with_the_union(naming: NamingConfig) -> None:
    grown = obj(id="string", name="string", points="integer")
    out, _ = normalise(gadget_spec(grown, obj(id="string", name="string")), naming)
    assert response_ref(out, "/v1/api/gadgets", "get") == response_ref(out, "/v1/api/gadget", "post", "200")
    assert list(out["components"]["schemas"]["Gadget"]["properties"]) == ["id", "name", "points"]
    assert "GadgetCreateResponse" not in out["components"]["schemas"]


def test_separate_in_the_naming_map_keeps_a_site_apart_on_purpose(naming: NamingConfig) -> None:
    apart = NamingConfig(naming.entities, naming.renames, frozenset({"GadgetCreateResponse"}))
    out, _ = normalise(gadget_spec(obj(id="string", name="string", points="integer"), obj(id="string")), apart)
    assert response_ref(out, "/v1/api/gadgets", "get") == "Gadget"
    assert response_ref(out, "/v1/api/gadget", "post") == "GadgetCreateResponse"


def test_request_and_response_shapes_are_not_merged_without_history(naming: NamingConfig) -> None:
    # Within one direction only: a response's extra field does not become a request keyword by itself.
    spec = gadget_spec(obj(id="string", name="string"), obj(id="string", name="string"))
    spec["paths"]["/v1/api/gadget"]["post"]["requestBody"]["content"]["application/json"]["schema"] = obj(
        name="string", id="string", color="string"
    )
    out, _ = normalise(spec, naming)
    assert "color" not in out["components"]["schemas"]["Gadget"]["properties"]


# --- sticky names -------------------------------------------------------------------------------


def test_recorded_names_reproduce_the_snapshot_exactly(committed_spec: bytes, naming: NamingConfig) -> None:
    fresh, report = normalise(json.loads(committed_spec), naming)
    again, second = normalise(json.loads(committed_spec), naming, report.site_names)
    assert json.dumps(again, sort_keys=True) == json.dumps(fresh, sort_keys=True)
    assert second.site_names == report.site_names and second.moved == []
    assert report.site_names["POST /v1/api/customer 201.billing"] == "Address"
    assert report.site_names["GET /v1/api/customers 200[]"] == "Customer"


def test_a_new_better_placed_shape_never_takes_a_kept_name(naming: NamingConfig) -> None:
    old, report = normalise(gadget_spec(obj(id="string", name="string"), obj(id="string", name="string")), naming)
    spec = gadget_spec(obj(id="string", name="string"), obj(id="string", name="string"))
    # A new GET one (the best source of a name) answers something else that wants `Gadget` too.
    spec["paths"]["/v1/api/gadget/{id}"] = {
        "get": op("/v1/api/gadget/{id}", "get", response=obj(serial="number", batch="number"))
    }
    new, second = normalise(spec, naming, report.site_names)
    assert response_ref(new, "/v1/api/gadgets", "get") == "Gadget" == response_ref(new, "/v1/api/gadget", "post")
    assert response_ref(new, "/v1/api/gadget/{id}", "get") == "GadgetRetrieveResponse"
    assert second.moved == [] and [c for c in diff_specs(old, new) if c.breaking] == []


def test_a_renames_entry_beats_a_kept_name(naming: NamingConfig) -> None:
    spec = gadget_spec(obj(id="string", name="string"), obj(id="string", name="string"))
    _, report = normalise(spec, naming)
    renamed = NamingConfig(naming.entities, {**naming.renames, "Gadget": "Widget"}, naming.separate)
    out, second = normalise(spec, renamed, report.site_names)
    assert response_ref(out, "/v1/api/gadgets", "get") == "Widget"
    assert "GET /v1/api/gadgets 200[]: Gadget -> Widget" in second.moved


def test_a_name_that_moves_is_one_breaking_item_naming_the_site(committed_spec: bytes, naming: NamingConfig) -> None:
    committed = json.loads(committed_spec)
    old, report = normalise(committed, naming)
    bumped = copy.deepcopy(committed)
    media = bumped["paths"]["/v1/api/customer"]["post"]["responses"]["201"]["content"]["application/json"]
    media["schema"]["properties"]["email"] = {"type": "integer"}  # not additive: the create response retypes it
    new, second = normalise(bumped, naming, report.site_names)
    assert second.moved == ["POST /v1/api/customer 201: Customer -> CustomerCreateResponse"]
    items = with_moved_names(diff_specs(old, new), second.moved)
    breaking = [c.text() for c in items if c.breaking]
    assert breaking[0] == "POST /v1/api/customer 201: model name moved (Customer -> CustomerCreateResponse)"
    # The diff's `response type changed (Customer -> CustomerCreateResponse)` says the same: folded.
    assert not any("response type changed" in b for b in breaking), breaking


def test_a_new_site_of_a_shape_merged_under_a_kept_name_joins_it(committed_spec: bytes, naming: NamingConfig) -> None:
    committed = json.loads(committed_spec)
    _, report = normalise(committed, naming)
    bumped = copy.deepcopy(committed)
    product = bumped["paths"]["/v1/api/products"]["get"]
    bumped["paths"]["/v1/api/gift-cards"] = {"get": {**copy.deepcopy(product), "operationId": "GiftCards_findAll"}}
    out, second = normalise(bumped, naming, report.site_names)
    # `metadata[]` of the new list is the shape three entities share as `Metadata`: no `GiftCardMetadata`.
    assert second.site_names["GET /v1/api/gift-cards 200[].metadata[]"] == "Metadata"
    assert "GiftCardMetadata" not in out["components"]["schemas"] and second.moved == []
