"""Override `delete-envelope`: every DELETE returns `finalpos.models.DeleteResponse` (`status_code: int`),
recognised by the envelope's shape, so a DELETE added by a future spec gets it with no override edit."""

from __future__ import annotations

import copy
import typing
from pathlib import Path
from typing import Any

from finalpos.models import DeleteResponse

from codegen.code_overrides import apply_code_overrides
from codegen.generate import generate
from codegen.spec_view import generator_view
from codegen.verify import check_custom_fields

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


def test_new_delete_operation_gets_delete_response(tmp_path: Path, committed_spec: dict[str, Any]) -> None:
    # A future spec adds DELETE /v1/api/customer/{id}, with the envelope inline as the vendor writes it
    # (and without `required`, unlike today's): normalise, overlay and generate as regen does.
    spec = copy.deepcopy(committed_spec)
    spec["paths"]["/v1/api/customer/{id}"]["delete"] = {
        "operationId": "CustomerController_delete",
        "tags": ["Customer"],
        "summary": "Delete a customer by ID",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "Deleted", "content": {"application/json": {"schema": ENVELOPE}}}},
    }
    view = generator_view(spec)  # refuses on drift; none here: same envelope, new site
    patched, notes = view.spec, view.notes
    result = generate(patched, tmp_path)
    apply_code_overrides(result.package_dir)
    check_custom_fields(result.package_dir, patched)  # verify's check: only the marked schemas got the mixin

    assert "overlay: delete-envelope -> DeleteResponse" in notes
    deleted = patched["paths"]["/v1/api/customer/{id}"]["delete"]["responses"]["200"]["content"]["application/json"]
    assert deleted["schema"] == {"$ref": "#/components/schemas/DeleteResponse"}
    models = result.package_dir / "models"
    assert sorted(p.name for p in models.glob("*delete*")) == ["delete_response.py"]
    assert "status_code: int" in (models / "delete_response.py").read_text()
    # The Customer override did not take the envelope for a Customer payload.
    assert "CustomFieldsMixin" not in (models / "delete_response.py").read_text()
