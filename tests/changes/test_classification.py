"""What `compare` calls each vendor change, and whether it breaks code using `finalpos`.

Spec pairs derived from `openapi.json`, compared the way `make regen` compares them (both sides
normalised, so names are the client's class names). The end-to-end runs are in test_regen_bumps.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from codegen.changes import RULES, Change, diff_specs, normalised_view

from . import specs

Edit = Callable[[dict[str, Any]], None]


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return diff_specs(normalised_view(old), normalised_view(new))


def all_changes(old_edits: tuple[Edit, ...], new_edits: tuple[Edit, ...]) -> list[Change]:
    return changes_between(specs.derived(*old_edits), specs.derived(*old_edits, *new_edits))


def only_change(old_edits: tuple[Edit, ...], new_edits: tuple[Edit, ...]) -> Change:
    found = all_changes(old_edits, new_edits)
    assert len(found) == 1, [c.text() for c in found]
    return found[0]


CASES = [
    # (id, baseline edits, vendor edits, kind, subject contains, breaking)
    ("add operation", (), (specs.add_operation,), "operation added", "GET /v1/api/gift-cards", False),
    ("remove operation", (), (specs.remove_operation,), "operation removed", "ZapierTriggersController_update", True),
    ("optional request field", (), (specs.add_optional_request_field,), "field added (optional)",
     "SessionCreate.shiftName (request)", False),
    ("required request field", (), (specs.add_required_request_field,), "field added (required)",
     "SessionCreate.registerCode (request)", True),
    ("new response field", (), (specs.add_response_field,), "field added (optional)", "Session.shiftName (response)",
     False),
    ("request field made required", (), (specs.make_request_field_required,), "field made required",
     "SessionCreate.closedBy (request)", True),
    ("request field made optional", (), (specs.make_request_field_optional,), "field made optional",
     "SessionCreate.stationId (request)", False),
    ("response field made required", (), (specs.make_response_field_required,), "field made required",
     "Session.sessionNumber (response)", False),
    ("response field made optional", (specs.make_response_field_required,), (specs.make_response_field_optional,),
     "field made optional", "Session.sessionNumber (response)", True),
    ("response field type", (), (specs.change_response_type,), "field type changed", "Session.openingAmount (response)",
     True),
    ("request field type", (), (specs.change_request_type,), "field type changed",
     "SessionCreate.openingAmount (request)", True),
    ("response field removed", (), (specs.remove_response_field,), "field removed", "Session.closedBy (response)",
     True),
    ("enum value added", (specs.add_status_enum,), (specs.add_enum_value,), "enum values added", "SessionStatus",
     False),
    ("enum value removed", (specs.add_status_enum,), (specs.remove_enum_value,), "enum values removed", "SessionStatus",
     True),
    ("required query parameter", (), (specs.add_required_query_parameter,), "parameter added (required)",
     "query parameter companyId", True),
    ("optional query parameter", (), (specs.add_optional_query_parameter,), "parameter added (optional)",
     "query parameter companyId", False),
    # Address is sent (CustomerCreate) and received (Customer): the stricter verdict, request-side, wins.
    ("shared model, both directions", (), (specs.make_shared_address_field_required,), "field made required",
     "Address.city (request+response)", True),
]  # fmt: skip


@pytest.mark.parametrize(("old_edits", "new_edits", "kind", "subject", "breaking"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_each_vendor_change_is_named_and_judged_for_client_code(old_edits, new_edits, kind, subject, breaking):
    found = all_changes(old_edits, new_edits)
    matching = [c for c in found if c.kind == kind]
    assert len(matching) == 1, [c.text() for c in found]
    assert subject in matching[0].subject
    assert matching[0].breaking is breaking
    # Nothing else in the same vendor change may flip the verdict (e.g. a spurious "model removed").
    assert any(c.breaking for c in found) is breaking, [c.text() for c in found]


def test_a_type_change_names_both_types():
    change = only_change((), (specs.change_response_type,))
    assert change.detail == "string -> number"


def test_the_vendor_renaming_a_component_changes_nothing():
    assert changes_between(specs.committed(), specs.derived(specs.rename_model)) == []


def test_a_rename_is_one_item_not_a_removal_plus_an_addition():
    """Our name for a shape changes (say a `renames` entry in codegen/config/naming.json): one item."""
    old = normalised_view(specs.committed())
    text = json.dumps(old).replace('"#/components/schemas/SessionCreate"', '"#/components/schemas/SessionOpen"')
    new = json.loads(text)
    new["components"]["schemas"]["SessionOpen"] = new["components"]["schemas"].pop("SessionCreate")
    found = diff_specs(old, new)
    assert [(c.kind, c.subject, c.detail, c.breaking) for c in found] == [
        ("model renamed", "SessionCreate", "now SessionOpen", True)
    ]


def test_enum_values_are_listed():
    change = only_change((specs.add_status_enum,), (specs.remove_enum_value,))
    assert change.detail == '"suspended"'


def test_identical_specs_and_annotation_only_edits_report_nothing():
    def reword(doc: dict[str, Any]) -> None:
        specs.schemas(doc)["Session"]["properties"]["openingAmount"]["description"] = "Reworded."
        doc["info"]["version"] = "1.2.5"

    assert changes_between(specs.committed(), specs.committed()) == []
    assert changes_between(specs.committed(), specs.derived(reword)) == []


def test_several_changes_at_once_list_breaking_first():
    found = changes_between(
        specs.committed(),
        specs.derived(specs.add_operation, specs.remove_operation, specs.add_optional_request_field),
    )
    assert [c.breaking for c in found] == [True, True, False, False, False]
    kinds = {c.kind for c in found}
    assert kinds == {"operation removed", "model removed", "operation added", "model added", "field added (optional)"}


def test_every_rule_has_a_row_in_the_docs_table():
    section = (specs.REPO_ROOT / "docs" / "versioning.md").read_text()
    for kind, (sent, received) in RULES.items():
        row = f"| {kind} | {'breaking' if sent else 'no'} | {'breaking' if received else 'no'} |"
        assert row in section, row
