"""Override `delete-envelope`: every DELETE returns `finalpos.models.DeleteResponse` (`status_code: int`),
recognised by the envelope's shape, so a DELETE added by a future spec gets it with no override edit."""

from __future__ import annotations

import copy
import json
import typing
from pathlib import Path
from typing import Any

import pytest

from codegen.__main__ import main
from finalpos.models import DeleteResponse

ENVELOPE = {
    "type": "object",
    "properties": {
        "statusCode": {"type": "number", "example": 200},
        "message": {"type": "string", "example": "Resource with Id 123 deleted successfully"},
    },
}


def test_every_delete_in_the_spec_returns_delete_response(patched_spec: dict[str, Any]) -> None:
    deletes = [(p, i["delete"]) for p, i in patched_spec["paths"].items() if "delete" in i]
    assert deletes
    for path, op in deletes:
        (body,) = [r["content"]["application/json"]["schema"] for s, r in op["responses"].items() if s.startswith("2")]
        assert body == {"$ref": "#/components/schemas/DeleteResponse"}, path
    assert patched_spec["components"]["schemas"]["DeleteResponse"]["properties"]["statusCode"]["type"] == "integer"


def test_delete_response_status_code_is_int() -> None:
    assert typing.get_type_hints(DeleteResponse)["status_code"] is int
    parsed = DeleteResponse.from_dict({"statusCode": 200, "message": "Resource with Id 123 deleted successfully"})
    assert parsed.status_code == 200 and parsed.message.endswith("deleted successfully")


def test_new_delete_operation_gets_delete_response(
    workspace_copy: Path, committed_spec: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    # A future spec adds DELETE /v1/api/customer/{id}, with the envelope inline as the vendor writes it.
    spec = copy.deepcopy(committed_spec)
    spec["paths"]["/v1/api/customer/{id}"]["delete"] = {
        "operationId": "CustomerController_delete",
        "tags": ["Customer"],
        "summary": "Delete a customer by ID",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "Deleted", "content": {"application/json": {"schema": ENVELOPE}}}},
    }
    source = workspace_copy.parent / "pulled.json"
    source.write_text(json.dumps(spec))

    code = main(["--root", str(workspace_copy), "regen", "--url", source.as_uri()])

    output = capsys.readouterr()
    assert code == 0, output.err
    package = workspace_copy / "generated" / "finalpos"
    operation = (package / "api" / "customer" / "customer_controller_delete.py").read_text()
    assert "from ...models.delete_response import DeleteResponse" in operation
    assert "-> Response[DeleteResponse]" in operation
    assert sorted(p.name for p in (package / "models").glob("*delete*")) == ["delete_response.py"]
    assert "status_code: int" in (package / "models" / "delete_response.py").read_text()
