"""Specs derived from the committed `openapi.json`, one vendor change each (or several per bump).

Each helper takes a document and changes it in place the way a vendor release would; tests combine
them. Nothing here reads anything but the repository's own `openapi.json`.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
REF = "#/components/schemas/"


def committed() -> dict[str, Any]:
    return json.loads((REPO_ROOT / "openapi.json").read_text())


def derived(*changes: Any, version: str | None = None) -> dict[str, Any]:
    doc = copy.deepcopy(committed())
    for change in changes:
        change(doc)
    if version is not None:
        doc["info"]["version"] = version
    return doc


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]


def add_operation(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/api/gift-cards"] = {
        "get": {
            "operationId": "GiftCardsController_findAll",
            "tags": ["GiftCards"],
            "summary": "List gift cards",
            "parameters": [{"name": "limit", "in": "query", "required": False, "schema": {"type": "number"}}],
            "responses": {
                "200": {
                    "description": "The gift cards.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {"id": {"type": "string"}, "balance": {"type": "string"}},
                                },
                            }
                        }
                    },
                }
            },
        }
    }


def remove_operation(doc: dict[str, Any]) -> None:
    del doc["paths"]["/v1/api/zapier-triggers/{id}"]


def session_create_body(doc: dict[str, Any]) -> dict[str, Any]:
    """The `POST /session` body, inlined in place so an edit leaves the PUT (which `$ref`s the same
    vendor component) alone. Names do not depend on the `$ref`, so this alone changes nothing."""
    media = doc["paths"]["/v1/api/session"]["post"]["requestBody"]["content"]["application/json"]
    ref = media["schema"].get("$ref")
    if ref:
        media["schema"] = copy.deepcopy(schemas(doc)[ref.removeprefix(REF)])
        if f'"{ref}"' not in json.dumps(doc):  # POST was its only user: the vendor would not keep it
            del schemas(doc)[ref.removeprefix(REF)]
    body: dict[str, Any] = media["schema"]
    return body


def add_optional_request_field(doc: dict[str, Any]) -> None:
    session_create_body(doc)["properties"]["shiftName"] = {"type": "string", "description": "Shift name."}


def add_required_request_field(doc: dict[str, Any]) -> None:
    create = session_create_body(doc)
    create["properties"]["registerCode"] = {"type": "string"}
    create["required"] = [*create.get("required", []), "registerCode"]


def add_response_field(doc: dict[str, Any]) -> None:
    schemas(doc)["Session"]["properties"]["shiftName"] = {"type": "string"}


def make_request_field_required(doc: dict[str, Any]) -> None:
    create = session_create_body(doc)
    assert "closedBy" not in create["required"]
    create["required"] = [*create["required"], "closedBy"]


def make_shared_request_field_required(doc: dict[str, Any]) -> None:
    """Both bodies of /session (POST's `SessionCreate`, PUT's `SessionUpdate`) require `closedBy`."""
    for name in ("SessionCreate", "SessionUpdate"):
        body = schemas(doc)[name]
        body["required"] = [*body.get("required", []), "closedBy"]


def make_request_field_optional(doc: dict[str, Any]) -> None:
    create = session_create_body(doc)
    create["required"] = [name for name in create["required"] if name != "stationId"]


def make_response_field_required(doc: dict[str, Any]) -> None:
    # Not `id`: override returned-entity-ids already makes every returned entity's id required.
    schemas(doc)["Session"]["required"] = ["sessionNumber"]


def make_response_field_optional(doc: dict[str, Any]) -> None:
    del schemas(doc)["Session"]["required"]


def change_response_type(doc: dict[str, Any]) -> None:
    schemas(doc)["Session"]["properties"]["openingAmount"] = {"type": "number", "description": "Now a number."}


def change_request_type(doc: dict[str, Any]) -> None:
    session_create_body(doc)["properties"]["openingAmount"] = {"type": "number"}


def remove_response_field(doc: dict[str, Any]) -> None:
    del schemas(doc)["Session"]["properties"]["closedBy"]


def add_status_enum(doc: dict[str, Any]) -> None:
    """Baseline for enum changes: Session gets `status` (a response-only enum)."""
    schemas(doc)["Session"]["properties"]["status"] = {"type": "string", "enum": ["open", "closed", "suspended"]}


def add_enum_value(doc: dict[str, Any]) -> None:
    schemas(doc)["Session"]["properties"]["status"]["enum"].append("archived")


def remove_enum_value(doc: dict[str, Any]) -> None:
    schemas(doc)["Session"]["properties"]["status"]["enum"].remove("suspended")


def rename_model(doc: dict[str, Any]) -> None:
    """The vendor renames its `SessionCreate` component to `SessionCreateDto` (same fields, same uses).

    Our names come from what a schema is, so this changes nothing for code using `finalpos`."""
    schemas(doc)["SessionCreateDto"] = schemas(doc).pop("SessionCreate")
    text = json.dumps(doc).replace(f'"{REF}SessionCreate"', f'"{REF}SessionCreateDto"')
    doc.clear()
    doc.update(json.loads(text))


def add_required_query_parameter(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/api/customers"]["get"]["parameters"].append(
        {"name": "companyId", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def add_optional_query_parameter(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/api/customers"]["get"]["parameters"].append(
        {"name": "companyId", "in": "query", "required": False, "schema": {"type": "string"}}
    )


def make_shared_address_field_required(doc: dict[str, Any]) -> None:
    """`billing`/`shipping` require `city`.

    Both normalise into one `Address` model, sent in CustomerCreate and received in Customer.
    """

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for part in ("billing", "shipping"):
                prop = (node.get("properties") or {}).get(part)
                if isinstance(prop, dict):
                    prop["required"] = [*prop.get("required", []), "city"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc["paths"])
