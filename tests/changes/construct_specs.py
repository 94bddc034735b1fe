"""Constructs of real vendor files (types and names: nullable, 3.1, vendor DTO names...), each a change to a copy of the
committed `openapi.json` the way a vendor release would make it. Tests combine them with
`specs.derived`."""

from __future__ import annotations

import copy
from typing import Any

STATION = "/v1/api/station/{id}"
ATTACHMENT = "/v1/api/attachment"


def patch_beside_put(doc: dict[str, Any]) -> None:
    """PATCH on `/station/{id}` beside its PUT: a partial update of the same fields."""
    patch = copy.deepcopy(doc["paths"][STATION]["put"])
    patch["operationId"] = "StationController_patch"
    patch["summary"] = "Partially update a station by ID"
    doc["paths"][STATION]["patch"] = patch


def action_sub_path(doc: dict[str, Any]) -> None:
    """POST `/attachment/upload` beside POST `/attachment`: an action on the collection (register a file
    already uploaded to storage by its URL), answering the attachment. Its operationId's tail is
    `create` (as @nestjs/swagger writes a controller's one POST), so the path alone must name it."""
    create = doc["paths"][ATTACHMENT]["post"]
    body = {
        "type": "object",
        "properties": {
            "url": {"type": "string", "description": "Where the file was uploaded."},
            "name": {"type": "string", "description": "File name."},
        },
        "required": ["url"],
    }
    doc["paths"][ATTACHMENT + "/upload"] = {
        "post": {
            "operationId": "AttachmentUploadController_create",
            "tags": ["Attachment"],
            "summary": "Register an uploaded file",
            "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
            "responses": {"201": copy.deepcopy(create["responses"]["201"])},
        }
    }


PAYMENT = "/v1/api/payment/{id}"


def _payment_members(tags: str) -> dict[str, Any]:
    """Card and cash payments that share their required fields, so only the tag tells them apart.
    `tags`: "string" (a plain string property, the mapping says which value is which) or "enum" (each
    member's tag a one-value enum)."""

    def member(tag: str, extra: str) -> dict[str, Any]:
        method: dict[str, Any] = {"type": "string"} if tags == "string" else {"type": "string", "enum": [tag]}
        return {
            "type": "object",
            "required": ["method", "amount"],
            "properties": {"method": method, "amount": {"type": "number"}, extra: {"type": "string"}},
        }

    return {"CardPayment": member("card", "last4"), "CashPayment": member("cash", "tendered")}


def discriminated_payment(doc: dict[str, Any], *, mapping: bool = True, tags: str = "string") -> None:
    """GET `/payment/{id}` answering a card or a cash payment, told apart by `method` (@nestjs/swagger
    style: `$ref`d components, a `discriminator` with a `mapping`). A payment also sits in a receipt
    (`GET /receipt/{id}`: a union inside a model)."""
    schemas = doc["components"]["schemas"]
    schemas.update(_payment_members(tags))
    union: dict[str, Any] = {
        "oneOf": [{"$ref": "#/components/schemas/CardPayment"}, {"$ref": "#/components/schemas/CashPayment"}],
        "discriminator": {"propertyName": "method"},
    }
    if mapping:
        union["discriminator"]["mapping"] = {
            "card": "#/components/schemas/CardPayment",
            "cash": "#/components/schemas/CashPayment",
        }
    doc["paths"]["/v1/api/receipt/{id}"] = {
        "get": {
            "operationId": "ReceiptController_findOne",
            "tags": ["Receipt"],
            "summary": "Get a receipt by ID",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "The receipt, with the payment it records.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"number": {"type": "string"}, "payment": copy.deepcopy(union)},
                            }
                        }
                    },
                }
            },
        }
    }
    doc["paths"][PAYMENT] = {
        "get": {
            "operationId": "PaymentController_findOne",
            "tags": ["Payment"],
            "summary": "Get a payment by ID",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The payment.", "content": {"application/json": {"schema": union}}}},
        }
    }


def discriminated_payment_by_enum_tags(doc: dict[str, Any]) -> None:
    discriminated_payment(doc, mapping=False, tags="enum")


GIFT_CARD = "/v1/api/gift-card"


def all_of_entity_with_integer_enums(doc: dict[str, Any]) -> None:
    """Gift cards, @nestjs/swagger style: the entity is `allOf` a base DTO (id, timestamps) and its own
    fields; `kind` an integer enum named by `x-enum-varnames`, `tier` one named by `x-enumNames`
    (NSwag's spelling). POST creates one (the enums as arguments), GET by id answers it."""
    schemas = doc["components"]["schemas"]
    schemas["BaseEntityDto"] = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"}},
    }
    fields = {
        "code": {"type": "string", "description": "The code printed on the card."},
        "balance": {"type": "number"},
        "kind": {"type": "integer", "enum": [1, 2, 3], "x-enum-varnames": ["PHYSICAL", "DIGITAL", "PROMO"]},
        "tier": {"type": "integer", "enum": [10, 20], "x-enumNames": ["Standard", "Premium"]},
    }
    schemas["CreateGiftCardDto"] = {"type": "object", "required": ["code", "kind"], "properties": fields}
    schemas["GiftCardDto"] = {
        "allOf": [
            {"$ref": "#/components/schemas/BaseEntityDto"},
            {"type": "object", "properties": copy.deepcopy(fields)},
        ]
    }
    answer = {
        "description": "The gift card.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GiftCardDto"}}},
    }
    doc["paths"][GIFT_CARD] = {
        "post": {
            "operationId": "GiftCardController_create",
            "tags": ["Gift Card"],
            "summary": "Create a gift card",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateGiftCardDto"}}},
            },
            "responses": {"201": copy.deepcopy(answer)},
        }
    }
    doc["paths"][GIFT_CARD + "/{id}"] = {
        "get": {
            "operationId": "GiftCardController_findOne",
            "tags": ["Gift Card"],
            "summary": "Get a gift card by ID",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": copy.deepcopy(answer)},
        }
    }


def page_envelope_list(doc: dict[str, Any]) -> None:
    """GET `/gift-cards?skip&limit` answering a page envelope, @nestjs/swagger style:
    `{data: [GiftCardDto], meta: {total, skip, limit}}` (with the gift card create and retrieve)."""
    all_of_entity_with_integer_enums(doc)
    doc["components"]["schemas"]["PageMetaDto"] = {
        "type": "object",
        "required": ["total", "skip", "limit"],
        "properties": {"total": {"type": "integer"}, "skip": {"type": "integer"}, "limit": {"type": "integer"}},
    }
    envelope = {
        "type": "object",
        "required": ["data", "meta"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/GiftCardDto"}},
            "meta": {"$ref": "#/components/schemas/PageMetaDto"},
        },
    }
    page = [{"name": n, "in": "query", "required": False, "schema": {"type": "integer"}} for n in ("skip", "limit")]
    doc["paths"]["/v1/api/gift-cards"] = {
        "get": {
            "operationId": "GiftCardsController_findAll",
            "tags": ["Gift Cards"],
            "summary": "List gift cards",
            "parameters": page,
            "responses": {
                "200": {"description": "A page of gift cards.", "content": {"application/json": {"schema": envelope}}}
            },
        }
    }


def _gift_card_list(doc: dict[str, Any], params: list[str], envelope: dict[str, Any]) -> None:
    all_of_entity_with_integer_enums(doc)
    doc["paths"]["/v1/api/gift-cards"] = {
        "get": {
            "operationId": "GiftCardsController_findAll",
            "tags": ["Gift Cards"],
            "summary": "List gift cards",
            "parameters": [
                {
                    "name": n,
                    "in": "query",
                    "required": False,
                    "schema": {"type": "integer" if n == "limit" else "string"},
                }
                for n in params
            ],
            "responses": {
                "200": {"description": "A page of gift cards.", "content": {"application/json": {"schema": envelope}}}
            },
        }
    }


def cursor_envelope_list(doc: dict[str, Any]) -> None:
    """GET `/gift-cards?cursor&limit` answering `{data: [GiftCardDto], nextCursor: string | null}`
    (with the gift card create and retrieve)."""
    items = {"type": "array", "items": {"$ref": "#/components/schemas/GiftCardDto"}}
    envelope = {
        "type": "object",
        "required": ["data"],
        "properties": {"data": items, "nextCursor": {"type": "string", "nullable": True}},
    }
    _gift_card_list(doc, ["cursor", "limit"], envelope)


def link_envelope_list(doc: dict[str, Any]) -> None:
    """GET `/gift-cards?limit&code` answering `{data: [GiftCardDto], links: {next: string | null}}`,
    the next link a URL with the next page's query (with the gift card create and retrieve)."""
    doc["components"]["schemas"]["PageLinksDto"] = {
        "type": "object",
        "properties": {"next": {"type": "string", "nullable": True, "format": "uri"}},
    }
    items = {"type": "array", "items": {"$ref": "#/components/schemas/GiftCardDto"}}
    envelope = {
        "type": "object",
        "required": ["data", "links"],
        "properties": {"data": items, "links": {"$ref": "#/components/schemas/PageLinksDto"}},
    }
    _gift_card_list(doc, ["limit", "code"], envelope)


def deprecations(doc: dict[str, Any]) -> None:
    """GET `/station/{id}` marked deprecated, and the station's `deviceName` (in every station schema)."""
    doc["paths"][STATION]["get"]["deprecated"] = True
    for item in (doc["paths"][STATION], doc["paths"]["/v1/api/station"], doc["paths"]["/v1/api/stations"]):
        for op in item.values():
            for response in op.get("responses", {}).values():
                schema = response.get("content", {}).get("application/json", {}).get("schema") or {}
                schema = schema.get("items", schema)
                props = schema.get("properties") or doc["components"]["schemas"].get(
                    str(schema.get("$ref", "")).rsplit("/", 1)[-1], {}
                ).get("properties", {})
                if "deviceName" in props:
                    props["deviceName"]["deprecated"] = True


def tenant_server(doc: dict[str, Any]) -> None:
    """Production becomes `https://{tenant}.finalpos.com` (tenant defaulting to `api`: today's host)."""
    for server in doc["servers"]:
        if server["url"].rstrip("/") == "https://api.finalpos.com":
            server["url"] = "https://{tenant}.finalpos.com"
            server["variables"] = {"tenant": {"default": "api", "description": "Your tenant's subdomain."}}


def production_server_dropped(doc: dict[str, Any]) -> None:
    """Only the docs mock is left: `FinalPOS()` would call it (with the user's real key)."""
    doc["servers"] = [s for s in doc["servers"] if "api.finalpos.com" not in s["url"]]


def nullable_uuid_outlet(doc: dict[str, Any]) -> None:
    """Creating a station takes `outletId` as a nullable `format: uuid` (null: no outlet yet)."""
    body = doc["paths"]["/v1/api/station"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["outletId"].update({"format": "uuid", "nullable": True})


def all_servers_dropped(doc: dict[str, Any]) -> None:
    """No server at all (as in many generator test files): `FinalPOS()` then needs base_url=."""
    doc["servers"] = []


def sandbox_server(port: int) -> Any:
    """A loopback `sandbox` server whose path carries the tenant: `http://127.0.0.1:<port>/t/{tenant}`."""

    def change(doc: dict[str, Any]) -> None:
        doc["servers"].append(
            {
                "url": "http://127.0.0.1:{port}/t/{tenant}",
                "description": "Sandbox",
                "variables": {"port": {"default": str(port)}, "tenant": {"default": "demo", "enum": ["demo", "acme"]}},
            }
        )

    return change


def _schema_31(schema: Any) -> None:
    """One schema and everything under it in JSON Schema 2020-12 terms (as a 3.1 file writes it)."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        schema["examples"] = [schema.pop("example")]
    if schema.pop("nullable", False):
        if isinstance(schema.get("type"), str) and schema["type"] != "object":
            schema["type"] = [schema["type"], "null"]
        else:
            inner = {k: schema.pop(k) for k in list(schema) if k not in ("description", "examples")}
            schema["anyOf"] = [inner, {"type": "null"}]
    for sub in (schema.get("properties") or {}).values():
        _schema_31(sub)
    for key in ("items", "additionalProperties"):
        _schema_31(schema.get(key))
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            _schema_31(sub)


def openapi_31(doc: dict[str, Any]) -> None:
    """The same API written as OpenAPI 3.1.0: schema examples as `examples: [...]`, nullable as a
    `"null"` type (or an `anyOf` with `{type: "null"}` for a `$ref`)."""
    doc["openapi"] = "3.1.0"
    for schema in doc["components"]["schemas"].values():
        _schema_31(schema)
    for item in doc["paths"].values():
        for op in item.values():
            for parameter in op.get("parameters") or []:
                _schema_31(parameter.get("schema"))
            for container in [op.get("requestBody") or {}, *(op.get("responses") or {}).values()]:
                for media in (container.get("content") or {}).values():
                    _schema_31(media.get("schema"))


def nullable_customer_note(doc: dict[str, Any]) -> None:
    """The station's `deviceName` may be null, and its answers gain a nullable `location` object, written
    the 3.0 way (`nullable: true`; a 3.1 file writes the object as `anyOf [{...}, {type: null}]`)."""
    for item in (doc["paths"][STATION], doc["paths"]["/v1/api/station"], doc["paths"]["/v1/api/stations"]):
        for op in item.values():
            for container in [op.get("requestBody") or {}, *(op.get("responses") or {}).values()]:
                for media in (container.get("content") or {}).values():
                    schema = media.get("schema") or {}
                    props = schema.get("items", schema).get("properties") or {}
                    if "deviceName" in props:
                        props["deviceName"]["nullable"] = True
                    if "deviceName" in props and container is not op.get("requestBody"):
                        props["location"] = {
                            "type": "object",
                            "nullable": True,
                            "description": "Where the station stands.",
                            "properties": {"lat": {"type": "number", "example": 52.5}, "lng": {"type": "number"}},
                        }


def uuid_station_id(doc: dict[str, Any]) -> None:
    """The station id path parameter is `format: uuid`."""
    for op in doc["paths"][STATION].values():
        for parameter in op.get("parameters") or []:
            if parameter.get("in") == "path":
                parameter["schema"]["format"] = "uuid"
