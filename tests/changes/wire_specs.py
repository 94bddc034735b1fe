"""Wire constructs real vendor files carry, each added to the committed `openapi.json` by
code the way a vendor release would: parameters in every location, `components/parameters` and
`components/responses`, responses by content type, multipart and form bodies, readOnly/writeOnly,
and a public (`security: []`) operation. Each helper changes a document in place."""

from __future__ import annotations

import copy
from typing import Any

JSON = "application/json"


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": schema}}}


def _components(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"].setdefault(kind, {})
    return found


def report_parameters(doc: dict[str, Any]) -> None:
    """A path-item parameter and a header from `components/parameters`, a cookie, a query array, a
    `deepObject` filter; the 200 from `components/responses`."""
    _components(doc, "parameters").update(
        {
            "OutletId": {"name": "outletId", "in": "path", "required": True, "schema": {"type": "string"}},
            "OutletHeader": {
                "name": "x-outlet-id",
                "in": "header",
                "required": True,
                "description": "The outlet the report is for.",
                "schema": {"type": "string"},
            },
        }
    )
    _components(doc, "responses")["OutletReport"] = _json(
        {
            "type": "object",
            "properties": {"total": {"type": "number"}, "currency": {"type": "string"}},
            "required": ["total"],
        },
        "The report.",
    )
    doc["paths"]["/v1/api/report/{outletId}/sales"] = {
        "parameters": [{"$ref": "#/components/parameters/OutletId"}],
        "get": {
            "operationId": "ReportController_sales",
            "tags": ["Reports"],
            "summary": "Sales report of an outlet",
            "parameters": [
                {"$ref": "#/components/parameters/OutletHeader"},
                {"name": "pos_session", "in": "cookie", "required": False, "schema": {"type": "string"}},
                {
                    "name": "ids",
                    "in": "query",
                    "required": False,
                    "explode": True,
                    "schema": {"type": "array", "items": {"type": "string"}},
                },
                {
                    "name": "tags",
                    "in": "query",
                    "required": False,
                    "explode": False,
                    "schema": {"type": "array", "items": {"type": "string"}},
                },
                {
                    "name": "filter",
                    "in": "query",
                    "required": False,
                    "style": "deepObject",
                    "explode": True,
                    "schema": {
                        "type": "object",
                        "properties": {"status": {"type": "string"}, "since": {"type": "string"}},
                    },
                },
            ],
            "responses": {"200": {"$ref": "#/components/responses/OutletReport"}},
        },
    }


def public_categories(doc: dict[str, Any]) -> None:
    """The category list becomes public (a catalogue anyone may read): `security: []`."""
    doc["paths"]["/v1/api/categories"]["get"]["security"] = []


def other_schemes(doc: dict[str, Any]) -> None:
    """Operations naming other schemes: a bearer token alone, an OR (a query key first, else the API
    key), and an AND (the API key and a bearer token together)."""
    schemes = doc["components"]["securitySchemes"]
    schemes["bearerAuth"] = {"type": "http", "scheme": "bearer"}
    schemes["partnerKey"] = {"type": "apiKey", "in": "query", "name": "partner_key"}
    security = {
        "outlets": [{"bearerAuth": []}],
        "stations": [{"partnerKey": []}, {"X-Api-Key": []}],
        "variants": [{"X-Api-Key": [], "bearerAuth": []}],
    }
    for plural, requirements in security.items():  # new operations: a bump that breaks nobody
        listing = copy.deepcopy(doc["paths"][f"/v1/api/{plural}"]["get"])
        name = f"Partner{plural.capitalize()}"
        listing.update(operationId=f"{name}Controller_findAll", tags=[name], security=requirements)
        doc["paths"][f"/v1/api/partner-{plural}"] = {"get": listing}


def _binary(media_type: str) -> dict[str, Any]:
    return {"description": "The file.", "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}


def document_downloads(doc: dict[str, Any]) -> None:
    """One operation per kind of response: text, pdf, octet-stream, an image, `*/*`, and 204."""
    item = "/v1/api/document/{id}"
    path_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]

    def op(op_id: str, response: dict[str, Any], status: str = "200") -> dict[str, Any]:
        return {"operationId": op_id, "tags": ["Documents"], "parameters": path_id, "responses": {status: response}}

    doc["paths"][item] = {
        "get": op("DocumentController_findOne", _binary("application/pdf")),
        "delete": op("DocumentController_remove", {"description": "Deleted."}, "204"),
    }
    doc["paths"][item + "/text"] = {
        "get": op(
            "DocumentController_text",
            {"description": "As text.", "content": {"text/plain": {"schema": {"type": "string"}}}},
        )
    }
    doc["paths"][item + "/raw"] = {"get": op("DocumentController_raw", _binary("application/octet-stream"))}
    doc["paths"][item + "/thumbnail"] = {"get": op("DocumentController_thumbnail", _binary("image/png"))}
    doc["paths"][item + "/original"] = {"get": op("DocumentController_original", _binary("*/*"))}


def file_upload(doc: dict[str, Any]) -> None:
    """A multipart upload of a file entity: its response model is named `File`, as the generator's
    own upload type is."""
    _components(doc, "schemas")["File"] = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "name": {"type": "string"},
            "size": {"type": "number"},
        },
        "required": ["id", "name"],
    }
    doc["paths"]["/v1/api/file"] = {
        "post": {
            "operationId": "FileController_create",
            "tags": ["Files"],
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "file": {"type": "string", "format": "binary"},
                                "title": {"type": "string"},
                            },
                            "required": ["file"],
                        }
                    }
                },
            },
            "responses": {"201": _json({"$ref": "#/components/schemas/File"}, "Stored.")},
        }
    }
    path_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    doc["paths"]["/v1/api/file/{id}/content"] = {
        "get": {
            "operationId": "FileController_content",
            "tags": ["Files"],
            "parameters": path_id,
            "responses": {"200": _binary("application/octet-stream")},
        }
    }
    doc["paths"]["/v1/api/file/{id}"] = {
        "delete": {
            "operationId": "FileController_remove",
            "tags": ["Files"],
            "parameters": path_id,
            "responses": {"204": {"description": "Deleted."}},
        }
    }


def token_form(doc: dict[str, Any]) -> None:
    """An `application/x-www-form-urlencoded` body."""
    doc["paths"]["/v1/api/token"] = {
        "post": {
            "operationId": "TokenController_create",
            "tags": ["Tokens"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "properties": {"grant_type": {"type": "string"}, "code": {"type": "string"}},
                            "required": ["grant_type"],
                        }
                    }
                },
            },
            "responses": {
                "201": _json({"type": "object", "properties": {"access_token": {"type": "string"}}}, "Issued.")
            },
        }
    }


def gift_card_read_write_only(doc: dict[str, Any]) -> None:
    """One component as request and response body: a readOnly id, a writeOnly pin."""
    _components(doc, "schemas")["GiftCardDto"] = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "code": {"type": "string"},
            "pin": {"type": "string", "writeOnly": True},
            "balance": {"type": "number"},
        },
        "required": ["id", "code", "pin"],
    }
    ref = {"$ref": "#/components/schemas/GiftCardDto"}
    doc["paths"]["/v1/api/gift-card"] = {
        "post": {
            "operationId": "GiftCardController_create",
            "tags": ["GiftCards"],
            "requestBody": {"required": True, "content": {JSON: {"schema": ref}}},
            "responses": {"201": _json(ref, "Created.")},
        }
    }


def xml_import(doc: dict[str, Any]) -> None:
    """A request body of a media type with no typed form (XML): sent as given."""
    doc["paths"]["/v1/api/import"] = {
        "post": {
            "operationId": "ImportController_create",
            "tags": ["Imports"],
            "requestBody": {"required": True, "content": {"application/xml": {"schema": {"type": "string"}}}},
            "responses": {"201": _json({"type": "object", "properties": {"id": {"type": "string"}}}, "Imported.")},
        }
    }


EVERY_CONSTRUCT = (
    report_parameters,
    public_categories,
    other_schemes,
    document_downloads,
    file_upload,
    token_form,
    gift_card_read_write_only,
    xml_import,
)
