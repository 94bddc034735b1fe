"""Vendor changes judged on the surface users call (`FinalPOS` methods, `finalpos.models`).

Each helper edits a document derived from the repository's `openapi.json` in place, as a vendor
release would (see specs.py for the rest).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from .specs import REF, schemas


def _rename_path(doc: dict[str, Any], old: str, new: str, parameter: tuple[str, str]) -> None:
    item = doc["paths"].pop(old)
    for operation in item.values():
        for param in operation.get("parameters") or []:
            if param.get("in") == "path" and param.get("name") == parameter[0]:
                param["name"] = parameter[1]
    doc["paths"][new] = item


def camel_case_customer_id(doc: dict[str, Any]) -> None:
    """`/v1/api/customer/{id}` -> `/v1/api/customer/{customerId}` (NestJS `@Param('customerId')`)."""
    _rename_path(doc, "/v1/api/customer/{id}", "/v1/api/customer/{customerId}", ("id", "customerId"))


def snake_case_customer_id(doc: dict[str, Any]) -> None:
    """`{customerId}` -> `{customer_id}`: the same Python keyword, so nothing changes for users."""
    _rename_path(doc, "/v1/api/customer/{customerId}", "/v1/api/customer/{customer_id}", ("customerId", "customer_id"))


def rename_operation_id(doc: dict[str, Any]) -> None:
    """`SessionController_findOne` -> `SessionController_getSession`: still `client.sessions.retrieve()`."""
    doc["paths"]["/v1/api/session/{id}"]["get"]["operationId"] = "SessionController_getSession"


def session_update_as_create(doc: dict[str, Any]) -> None:
    """Before revision 2: PUT /session/{id} sent the create body (`SessionCreate`, 8 fields required)."""
    body = doc["paths"]["/v1/api/session/{id}"]["put"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"$ref": REF + "SessionCreate"}
    schemas(doc).pop("SessionUpdate", None)


ARCHIVED_CATEGORY = {
    "type": "object",
    "description": "A category that was archived: only its id and when.",
    "properties": {
        "id": {"type": "string", "example": "c1"},
        "archived": {"type": "boolean", "enum": [True]},
        "archivedAt": {"type": "string", "format": "date-time", "example": "2026-01-02T03:04:05.000Z"},
    },
    "required": ["id", "archived", "archivedAt"],
}


def one_of_category(doc: dict[str, Any]) -> None:
    """GET /category/{id} answers either the category or an archived stub (`oneOf` of two objects).

    The archived stub is the example, so a mock of the spec answers with it."""
    media = doc["paths"]["/v1/api/category/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    current = media["schema"]
    media["schema"] = {"oneOf": [current, copy.deepcopy(ARCHIVED_CATEGORY)]}
    media.pop("examples", None)
    media["example"] = {"id": "c1", "archived": True, "archivedAt": "2026-01-02T03:04:05.000Z"}


def one_of_category_body(doc: dict[str, Any]) -> None:
    """POST /category takes the category fields or an import reference (`oneOf` of two objects)."""
    media = doc["paths"]["/v1/api/category"]["post"]["requestBody"]["content"]["application/json"]
    reference = {
        "type": "object",
        "properties": {"importId": {"type": "string"}, "source": {"type": "string"}},
        "required": ["importId"],
    }
    media["schema"] = {"oneOf": [media["schema"], reference]}


def dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1)
