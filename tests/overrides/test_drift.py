"""The drift check: when the spec moves under an override, regen stops at the overlay stage, names the
override and the old and new shape, and leaves openapi.json and generated/ exactly as they were."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.__main__ import main
from codegen.fingerprint import tree_sha256
from codegen.normalise import normalise
from codegen.spec import load_naming_config
from codegen.spec_overrides import check_overrides

CUSTOMERS_LIST = ("/v1/api/customers", "get", "200")


def response_schema(spec: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
    return schema


def regen_copy(root: Path, spec: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    source = root.parent / "pulled.json"
    source.write_text(json.dumps(spec))
    code = main(["--root", str(root), "regen", "--url", source.as_uri()])
    return code, capsys.readouterr().err


def snapshot(root: Path) -> tuple[bytes, bytes, str]:
    return (
        (root / "openapi.json").read_bytes(),
        (root / "openapi.record.json").read_bytes(),
        tree_sha256(root / "generated"),
    )


def test_changed_customer_schema_stops_regen_and_changes_nothing(
    workspace_copy: Path, committed_spec: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = copy.deepcopy(committed_spec)
    # Every site of Customer retypes a field (on one site only, that site would leave the model: its name
    # moves, and the override gains a new target instead).
    for site in (CUSTOMERS_LIST, ("/v1/api/customer", "post", "201"), ("/v1/api/customer/{id}", "put", "200")):
        body = response_schema(spec, *site)
        item = body.get("items", body)
        item["properties"]["totalSpent"] = {"type": "number"}
        item["properties"]["loyaltyPoints"] = {"type": "integer"}
    before = snapshot(workspace_copy)

    code, err = regen_copy(workspace_copy, spec, capsys)

    assert code == 1
    line = err.strip().splitlines()[-1]
    # Customer is also a target of returned-entity-ids, which records only the id's type: that did not move.
    assert line.startswith("regen stopped at overlay: override customer-dynamic-fields: the spec moved under it")
    assert "returned-entity-ids" not in line
    assert "Customer changed shape (fingerprint" in line
    assert "+loyaltyPoints:integer?" in line and "~totalSpent:string?->number?" in line
    assert "codegen overrides --accept" in line
    assert snapshot(workspace_copy) == before


def test_override_matching_nothing_stops_regen(
    workspace_copy: Path, committed_spec: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = copy.deepcopy(committed_spec)
    for item in spec["paths"].values():
        if "delete" in item:  # the vendor renames the envelope's field: no schema has the shape any more
            props = response_schema(spec, *_delete_site(spec, item))["properties"]
            props["code"] = props.pop("statusCode")
    before = snapshot(workspace_copy)

    code, err = regen_copy(workspace_copy, spec, capsys)

    assert code == 1
    assert "regen stopped at overlay: override delete-envelope matched nothing" in err
    assert snapshot(workspace_copy) == before


def _delete_site(spec: dict[str, Any], item: dict[str, Any]) -> tuple[str, str, str]:
    path = next(p for p, i in spec["paths"].items() if i is item)
    status = next(s for s in item["delete"]["responses"] if s.startswith("2"))
    return path, "delete", status


def test_vendor_named_customer_dto_changes_no_target(committed_spec: dict[str, Any]) -> None:
    # The real file names its DTOs (CreateCustomerDto): names come from the operation a schema serves,
    # not from the vendor's component, so the override keeps its targets and nothing drifts.
    spec = copy.deepcopy(committed_spec)
    content = spec["paths"]["/v1/api/customer"]["post"]["requestBody"]["content"]["application/json"]
    spec["components"]["schemas"]["CreateCustomerDto"] = content["schema"]
    content["schema"] = {"$ref": "#/components/schemas/CreateCustomerDto"}
    naming = load_naming_config()

    restyled = check_overrides(normalise(spec, naming)[0], naming)
    committed = check_overrides(normalise(committed_spec, naming)[0], naming)
    assert restyled.drifted == committed.drifted == []
    assert restyled.notes == committed.notes
    restyled_schemas, committed_schemas = (
        restyled.patched["components"]["schemas"],
        committed.patched["components"]["schemas"],
    )
    assert "CreateCustomerDto" not in restyled_schemas
    assert restyled_schemas["CustomerCreate"] == committed_schemas["CustomerCreate"]
