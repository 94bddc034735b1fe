"""More vendor bumps, derived from the committed `openapi.json` by code (see `specs.py`): the ones the
drift/auth/servers/messages tests need. Each helper changes a document in place."""

from __future__ import annotations

from typing import Any

CUSTOMER_PATHS = ("/v1/api/customer", "/v1/api/customer/{id}", "/v1/api/customers")


def _customer_bodies(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The inline object schemas of every 2xx Customer response (list items included), not DELETE."""
    found = []
    for path in CUSTOMER_PATHS:
        for method, op in doc["paths"].get(path, {}).items():
            if method in ("parameters", "delete"):
                continue
            for status, response in op.get("responses", {}).items():
                if not status.startswith("2"):
                    continue
                schema = (response.get("content") or {}).get("application/json", {}).get("schema")
                if isinstance(schema, dict) and schema.get("type") == "array":
                    schema = schema.get("items")
                if isinstance(schema, dict) and "properties" in schema:
                    found.append(schema)
    assert found, "no Customer response bodies in openapi.json"
    return found


def add_optional_customer_response_field(doc: dict[str, Any]) -> None:
    for body in _customer_bodies(doc):
        body["properties"]["loyaltyPoints"] = {"type": "integer", "description": "Points earned."}


def delete_envelope_status_code_integer(doc: dict[str, Any]) -> None:
    """The vendor fixes what override delete-envelope patches: `statusCode` is an integer."""
    fixed = 0
    for item in doc["paths"].values():
        op = item.get("delete")
        if not op:
            continue
        for status, response in op["responses"].items():
            schema = (response.get("content") or {}).get("application/json", {}).get("schema") or {}
            props = schema.get("properties") or {}
            if status.startswith("2") and props.get("statusCode", {}).get("type") == "number":
                props["statusCode"]["type"] = "integer"
                fixed += 1
    assert fixed, "no DELETE envelope found"


def bearer_auth(doc: dict[str, Any]) -> None:
    doc["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    doc["security"] = [{"bearer": []}]
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "security" in op:
                op["security"] = [{"bearer": []}]


def query_key_auth(doc: dict[str, Any]) -> None:
    doc["components"]["securitySchemes"] = {"key": {"type": "apiKey", "in": "query", "name": "apiKey"}}
    doc["security"] = [{"key": []}]


def production_server_moved(doc: dict[str, Any]) -> None:
    for server in doc["servers"]:
        if server["url"] == "https://api.finalpos.com":
            server["url"] = "https://api.finalpos.com/v2"
            return
    raise AssertionError("no production server in openapi.json")


def enum_query_parameter(doc: dict[str, Any]) -> None:
    """`GET /orders` gets `status`, an enum of order states."""
    doc["paths"]["/v1/api/orders"]["get"].setdefault("parameters", []).append(
        {"name": "status", "in": "query", "required": False, "schema": {"type": "string", "enum": ["open", "paid"]}}
    )


def new_tag_with_delete(doc: dict[str, Any]) -> None:
    """A new entity (`GiftCard`) with its own tag: retrieve and delete (the delete answers the envelope)."""
    envelope = {
        "type": "object",
        "properties": {"statusCode": {"type": "number"}, "message": {"type": "string"}},
        "required": ["statusCode", "message"],
    }
    card = {"type": "object", "properties": {"id": {"type": "string"}, "balance": {"type": "string"}}}
    param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    doc["paths"]["/v1/api/gift-card/{id}"] = {
        "get": {
            "operationId": "GiftCardController_findOne",
            "tags": ["GiftCard"],
            "parameters": param,
            "responses": {"200": {"description": "The card.", "content": {"application/json": {"schema": card}}}},
        },
        "delete": {
            "operationId": "GiftCardController_remove",
            "tags": ["GiftCard"],
            "parameters": param,
            "responses": {"200": {"description": "Deleted.", "content": {"application/json": {"schema": envelope}}}},
        },
    }
