"""The change rules restated for what users call: `FinalPOS` methods, `finalpos.models`, errors.

Spec pairs derived from `openapi.json` (surface_bumps.py), compared as regen compares them. A request
body's fields are keyword arguments, so the body's model class is not part of the surface; a path
parameter is a positional-or-keyword argument; the operationId names no method users call.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from codegen.changes import Change, diff_specs, normalised_view

from . import specs, surface_bumps

REF = "#/components/schemas/"


def texts(found: list[Change]) -> list[tuple[bool, str]]:
    return [(c.breaking, c.text()) for c in found]


def view(*edits: Any) -> dict[str, Any]:
    return normalised_view(specs.derived(*edits))


def with_update_body(old_view: dict[str, Any], edit: Any) -> dict[str, Any]:
    """`old_view` with PUT /session/{id} sending a new `SessionUpdate`: a copy of its body model, edited."""
    new = copy.deepcopy(old_view)
    body = new["paths"]["/v1/api/session/{id}"]["put"]["requestBody"]["content"]["application/json"]
    current = body["schema"]["$ref"].removeprefix(REF)
    update = copy.deepcopy(new["components"]["schemas"][current])
    edit(update)
    new["components"]["schemas"]["SessionUpdateFields"] = update
    body["schema"] = {"$ref": REF + "SessionUpdateFields"}
    return new


def test_a_body_model_swapped_behind_the_same_keywords_is_not_breaking() -> None:
    # Revision 2 of the stand-in: the PUT body becomes its own model with every field optional.
    # `client.sessions.update(id, **fields)` keeps working, so nothing here may gate.
    old = view(surface_bumps.session_update_as_create)
    new = with_update_body(old, lambda schema: schema.pop("required", None))
    found = diff_specs(old, new)
    assert not any(c.breaking for c in found), texts(found)
    swap = [c for c in found if c.kind == "request body model changed"]
    assert [c.detail for c in swap] == ["SessionUpdate -> SessionUpdateFields; keyword arguments changed, see below"]
    assert any(c.kind == "field made optional" and c.name == "stationId" for c in found), texts(found)


def test_the_revision_2_body_change_reports_nothing_breaking() -> None:
    # openapi.json is revision 2: compare it with the body it had before.
    found = diff_specs(view(surface_bumps.session_update_as_create), view())
    assert found and not any(c.breaking for c in found), texts(found)
    assert {c.kind for c in found} == {"field made optional"}
    assert {c.model for c in found} == {"SessionUpdate"}


def test_behind_a_swapped_body_a_keyword_made_required_removed_or_retyped_is_breaking() -> None:
    def require(schema: dict[str, Any]) -> None:
        schema["required"] = [*schema.get("required", []), "closedBy"]

    def remove(schema: dict[str, Any]) -> None:
        del schema["properties"]["openingNote"]

    def retype(schema: dict[str, Any]) -> None:
        schema["properties"]["openingAmount"] = {"type": "number"}

    old = view()
    for edit, kind, name in (
        (require, "field made required", "closedBy"),
        (remove, "field removed", "openingNote"),
        (retype, "field type changed", "openingAmount"),
    ):
        found = diff_specs(old, with_update_body(old, edit))
        breaking = [c for c in found if c.breaking]
        assert [(c.kind, c.name) for c in breaking] == [(kind, name)], texts(found)
        assert breaking[0].subject.startswith("PUT /v1/api/session/{id} (SessionController_update) body."), texts(found)


def test_a_body_that_is_not_keyword_arguments_still_breaks_on_a_type_change() -> None:
    old = view()
    new = copy.deepcopy(old)
    body = new["paths"]["/v1/api/session/{id}"]["put"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"type": "array", "items": body["schema"]}
    found = diff_specs(old, new)
    assert [(c.kind, c.breaking) for c in found] == [("request body type changed", True)], texts(found)


def test_a_renamed_path_parameter_is_one_item() -> None:
    found = diff_specs(view(), view(surface_bumps.camel_case_customer_id))
    assert texts(found) == [
        (
            True,
            "PUT /v1/api/customer/{customerId} (CustomerController_update): path parameter renamed "
            "(`id` -> `customer_id`: positional calls keep working, calls passing `id=` break)",
        )
    ]
    assert found[0].renamed_from == ("PUT /v1/api/customer/{id}", "id")


def test_a_path_parameter_renamed_to_the_same_python_name_is_no_change() -> None:
    camel = view(surface_bumps.camel_case_customer_id)
    assert diff_specs(camel, view(surface_bumps.camel_case_customer_id, surface_bumps.snake_case_customer_id)) == []


def test_a_renamed_operation_id_that_keeps_the_method_is_not_breaking() -> None:
    found = diff_specs(view(), view(surface_bumps.rename_operation_id))
    assert texts(found) == [
        (
            False,
            "GET /v1/api/session/{id} (SessionController_getSession): operationId changed (operationId/tag "
            "SessionController_findOne/Session -> SessionController_getSession/Session; "
            "client.sessions.retrieve() unchanged)",
        )
    ]


def test_an_operation_moving_to_another_resource_is_breaking() -> None:
    def retag(doc: dict[str, Any]) -> None:
        doc["paths"]["/v1/api/session/{id}"]["get"]["tags"] = ["Shift"]

    found = diff_specs(view(), view(retag))
    assert [(c.kind, c.breaking) for c in found] == [("operation renamed", True)], texts(found)
    assert found[0].detail.startswith("client.sessions.retrieve() -> client.shifts.retrieve()")


def test_the_fixtures_are_derived_not_copied() -> None:
    # The helpers edit the committed spec; none of them may leave it unchanged (a test that cannot fail).
    for edit in (
        surface_bumps.camel_case_customer_id,
        surface_bumps.rename_operation_id,
        surface_bumps.session_update_as_create,
        surface_bumps.one_of_category,
    ):
        assert json.dumps(specs.derived(edit)) != json.dumps(specs.committed()), edit.__name__


def test_a_string_field_becoming_an_enum_breaks_senders_only() -> None:
    # Revision 2 lists `ErrorResponse.error`'s values; the generated enum is a StrEnum (a str).
    def error_string(doc: dict[str, Any]) -> None:  # before revision 2 listed the values
        specs.schemas(doc)["ErrorResponse"]["properties"]["error"].pop("enum", None)

    def status_enum(doc: dict[str, Any]) -> None:
        specs.session_create_body(doc)["properties"]["openedBy"]["enum"] = ["John Doe", "Jane Smith"]

    received = diff_specs(view(error_string), view())
    assert [(c.kind, c.breaking) for c in received if c.kind != "model added"] == [("field became an enum", False)]
    assert any(c.detail == "string -> ErrorResponseError" for c in received), texts(received)
    sent = diff_specs(view(error_string), view(error_string, status_enum))
    assert [(c.kind, c.breaking) for c in sent if c.kind != "model added"] == [("field became an enum", True)]
