"""codegen/surface/: naming rules, unknown tags, clashes, custom fields, on derived spec copies."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import RegenError
from codegen.surface import (
    ResourceMap,
    collect,
    load_resource_map,
    method_name_for,
    plural_resource_name,
    write_surface,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi.json").read_text())


def _data(spec: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    from openapi_python_client.parser import GeneratorData

    from codegen.generate import generator_config
    from codegen.normalise import normalise
    from codegen.spec import load_naming
    from codegen.workspace import CONFIG_DIR

    normalised, _ = normalise(spec, load_naming(json.loads((CONFIG_DIR / "naming.json").read_text())))
    config = generator_config(Path("unused"))
    return GeneratorData.from_dict(normalised, config=config), normalised


def test_method_names_from_method_and_path_shape() -> None:
    assert method_name_for("post", "/v1/api/customer", "X_create", {}) == "create"
    assert method_name_for("get", "/v1/api/customer/{id}", "X_findOne", {}) == "retrieve"
    assert method_name_for("put", "/v1/api/customer/{id}", "X_update", {}) == "update"
    assert method_name_for("patch", "/v1/api/customer/{id}", "X_patch", {}) == "update"
    assert method_name_for("delete", "/v1/api/customer/{id}", "X_delete", {}) == "delete"
    assert method_name_for("get", "/v1/api/customers", "X_findAll", {}) == "list"
    assert method_name_for("post", "/v1/api/customer/{id}/refund", "RefundController_issueRefund", {}) == "issue_refund"
    assert method_name_for("get", "/v1/api/customers", "X_findAll", {"X_findAll": "list_all"}) == "list_all"


def test_unknown_tags_get_a_plural_resource() -> None:
    assert plural_resource_name("Gift Card") == "gift_cards"
    assert plural_resource_name("Gift Cards") == "gift_cards"
    assert plural_resource_name("Loyalty Policy") == "loyalty_policies"
    assert plural_resource_name("Tax") == "taxes"


def test_every_tag_in_the_spec_is_in_the_map() -> None:
    tags = {op["tags"][0] for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)}
    assert tags <= set(load_resource_map().resources)


def _add_operation(spec: dict[str, Any], path: str, verb: str, operation_id: str, tag: str) -> None:
    spec["paths"].setdefault(path, {})[verb] = {
        "operationId": operation_id,
        "tags": [tag],
        "summary": "Added by a future spec",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
        if "{id}" in path
        else [],
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}
                },
            }
        },
    }


def test_a_new_operation_and_tag_appear_and_are_reported(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    _add_operation(spec, "/v1/api/gift-card/{id}", "get", "GiftCardController_findOne", "Gift Card")
    _add_operation(spec, "/v1/api/customer/{id}/points", "get", "CustomerController_points", "Customer")
    data, normalised = _data(spec)
    (tmp_path / "finalpos").mkdir()
    notes = write_surface(data, normalised, tmp_path, "finalpos")
    assert notes[0] == "surface: 17 resources, 50 methods"
    assert any("`gift_cards` derived from tag 'Gift Card'" in n for n in notes)
    text = (tmp_path / "finalpos" / "resources" / "gift_cards.py").read_text()
    assert "def retrieve(" in text and "Added by a future spec" in text
    assert "def points(" in (tmp_path / "finalpos" / "resources" / "customers.py").read_text()
    api_md = (tmp_path / "api.md").read_text()
    assert "## `client.gift_cards`" in api_md and "`GET /v1/api/gift-card/{id}`" in api_md


def test_a_name_clash_is_resolved_by_rule_and_reported() -> None:
    """Two operations wanting `retrieve`: the first by path keeps it, the other is qualified by the
    segment that sets it apart, and the report names both and the `methods:` entry that would rename."""
    spec = copy.deepcopy(SPEC)
    _add_operation(spec, "/v1/api/customer/{id}", "get", "CustomerController_findOne", "Customer")
    _add_operation(spec, "/v1/api/customers/{id}", "get", "CustomersController_findOneLegacy", "Customers")
    data, normalised = _data(spec)
    resources, notes = collect(data, normalised, load_resource_map())
    customers = {m.name: m.path for r in resources if r.attr == "customers" for m in r.methods}
    assert customers["retrieve"] == "/v1/api/customer/{id}"
    assert customers["retrieve_customers"] == "/v1/api/customers/{id}"
    assert (
        "surface: client.customers.retrieve() is CustomerController_findOne (GET /v1/api/customer/{id});"
        " CustomersController_findOneLegacy (GET /v1/api/customers/{id}) is client.customers.retrieve_customers()"
        " by rule (another name: `CustomersController_findOneLegacy: <name>` under `methods:`"
        " in codegen/config/resources.yaml)"
    ) in notes
    renamed = ResourceMap(
        load_resource_map().resources,
        {**load_resource_map().methods, "CustomersController_findOneLegacy": "retrieve_legacy"},
    )
    resources, notes = collect(data, normalised, renamed)
    assert "retrieve_legacy" in {m.name for r in resources for m in r.methods}
    assert not any("by rule" in n for n in notes)


def test_a_clash_no_rule_settles_stops_naming_both_operations_and_the_entry() -> None:
    spec = copy.deepcopy(SPEC)
    _add_operation(spec, "/v1/api/customer/{id}", "get", "CustomerController_findOne", "Customer")
    _add_operation(spec, "/v1/api/customers/{id}", "get", "CustomersController_findOneLegacy", "Customers")
    _add_operation(spec, "/v1/api/customer/{id}/old", "get", "CustomerController_old", "Customer")
    data, normalised = _data(spec)
    taken = ResourceMap(
        load_resource_map().resources, {**load_resource_map().methods, "CustomerController_old": "retrieve_customers"}
    )
    with pytest.raises(RegenError) as caught:
        collect(data, normalised, taken)
    message = str(caught.value)
    assert "client.customers.retrieve()" in message and caught.value.stage == "generate"
    assert "CustomerController_findOne" in message and "CustomersController_findOneLegacy" in message
    assert "under `methods:` in codegen/config/resources.yaml (e.g. `CustomersController_findOneLegacy: <name>`)" in (
        message
    )


def test_patch_beside_put_and_an_action_sub_path_get_names_by_rule() -> None:
    paths = {"/v1/api/attachment", "/v1/api/attachment/upload", "/v1/api/order/{id}", "/v1/api/order/{id}/void"}
    assert method_name_for("patch", "/v1/api/customer/{id}", "X_patch", {}, paths, {"put", "patch"}) == "patch"
    assert method_name_for("put", "/v1/api/customer/{id}", "X_update", {}, paths, {"put", "patch"}) == "update"
    assert method_name_for("post", "/v1/api/attachment/upload", "X_create", {}, paths) == "upload"
    assert method_name_for("post", "/v1/api/attachment", "X_create", {}, paths) == "create"
    assert method_name_for("post", "/v1/api/order/{id}/void", "X_cancel", {}, paths) == "void"
    assert method_name_for("post", "/v1/api/order/{id}/void", "X_cancel", {"X_cancel": "cancel"}, paths) == "cancel"


def test_dynamic_body_takes_custom_fields(tmp_path: Path) -> None:
    data, normalised = _data(copy.deepcopy(SPEC))
    normalised["components"]["schemas"]["SessionCreate"]["x-finalpos-dynamic"] = True
    (tmp_path / "finalpos").mkdir()
    write_surface(data, normalised, tmp_path, "finalpos")
    text = (tmp_path / "finalpos" / "resources" / "sessions.py").read_text()
    assert "custom_fields: Mapping[str, Any] | None = None" in text and "custom_fields=custom_fields" in text
    plain = (tmp_path / "finalpos" / "resources" / "stations.py").read_text()
    assert "custom_fields" not in plain


def test_a_pager_of_lists_beside_a_list_method_names_the_builtin(tmp_path: Path) -> None:
    """Inside a class with a method `list`, `list[str]` would mean the method (mypy: not a type)."""
    spec = copy.deepcopy(SPEC)
    _add_operation(spec, "/v1/api/customer/{id}/codes", "get", "CustomerController_codes", "Customer")
    operation = spec["paths"]["/v1/api/customer/{id}/codes"]["get"]
    operation["parameters"] += [
        {"name": name, "in": "query", "required": False, "schema": {"type": "integer"}} for name in ("skip", "limit")
    ]
    codes = {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}
    operation["responses"]["200"]["content"]["application/json"]["schema"] = codes
    data, normalised = _data(spec)
    (tmp_path / "finalpos").mkdir()
    write_surface(data, normalised, tmp_path, "finalpos")
    text = (tmp_path / "finalpos" / "resources" / "customers.py").read_text()
    assert "def list(" in text and "def codes(" in text
    assert ") -> SyncPager[builtins.list[str]]:" in text and ") -> AsyncPager[builtins.list[str]]:" in text
    assert "-> SyncPager[builtins.list[str]]" not in (tmp_path / "api.md").read_text()
