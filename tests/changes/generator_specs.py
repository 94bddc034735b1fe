"""Constructs of openapi-python-client's own end-to-end spec that the client got wrong (issue 23), each
added to the committed `openapi.json` by code as a vendor release would: a body field that is a union
of objects or a nullable object, a request body the spec does not require, a `default`-only text
response, and a body schema given as a `$ref` with siblings (which OpenAPI 3.0 ignores). Each helper
changes a document in place."""

from __future__ import annotations

from typing import Any

JSON = "application/json"
REDEEM, CHECK, STATUS = "/v1/api/voucher/redeem", "/v1/api/voucher/check", "/v1/api/voucher/status"


def _created() -> dict[str, Any]:
    schema = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    return {"201": {"description": "Created.", "content": {JSON: {"schema": schema}}}}


def _object(title: str, field: str) -> dict[str, Any]:
    return {"type": "object", "title": title, "properties": {field: {"type": "string"}}, "required": [field]}


def union_body_fields(doc: dict[str, Any]) -> None:
    """A body whose `method` is one of two objects and whose `holder` is a nullable object."""
    holder = {"type": "object", "nullable": True, "properties": {"name": {"type": "string"}}, "required": ["name"]}
    body = {
        "type": "object",
        "properties": {"method": {"oneOf": [_object("Code", "code"), _object("Card", "cardNumber")]}, "holder": holder},
        "required": ["method", "holder"],
    }
    doc["paths"][REDEEM] = {
        "post": {
            "operationId": "VoucherController_redeem",
            "tags": ["Vouchers"],
            "requestBody": {"required": True, "content": {JSON: {"schema": body}}},
            "responses": _created(),
        }
    }


def optional_body(doc: dict[str, Any]) -> None:
    """A body that is a list of objects, which the spec does not require (`required` left out)."""
    doc["paths"][CHECK] = {
        "post": {
            "operationId": "VoucherController_check",
            "tags": ["Vouchers"],
            "requestBody": {"content": {JSON: {"schema": {"type": "array", "items": _object("Code", "code")}}}},
            "responses": _created(),
        }
    }


def default_text_response(doc: dict[str, Any]) -> None:
    """An operation documenting only a `default` response, as text."""
    doc["paths"][STATUS] = {
        "get": {
            "operationId": "VoucherController_status",
            "tags": ["Vouchers"],
            "responses": {
                "default": {"description": "The status.", "content": {"text/plain": {"schema": {"type": "string"}}}}
            },
        }
    }


def body_ref_with_siblings(doc: dict[str, Any]) -> None:
    """The customer create body as a `$ref` whose siblings repeat its title and required list beside an
    empty `properties` (how openapi-python-client's own spec writes its upload body)."""
    media = doc["paths"]["/v1/api/customer"]["post"]["requestBody"]["content"][JSON]
    schema = media["schema"]
    doc["components"]["schemas"]["CreateCustomerDto"] = schema
    media["schema"] = {
        "$ref": "#/components/schemas/CreateCustomerDto",
        "title": "CreateCustomerDto",
        "required": list(schema.get("required") or []),
        "properties": {},
    }


EVERY_CONSTRUCT = (union_body_fields, optional_body, default_text_response, body_ref_with_siblings)
