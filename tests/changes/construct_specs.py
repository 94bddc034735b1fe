"""Constructs of real vendor files (issue 18, types and names), each a change to a copy of the
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
