"""The bumps the impact tests cross with the sample apps (`impact_apps/`), derived from `openapi.json`.

Each reuses a helper of specs.py / surface_bumps.py where one exists; the two new ones are below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import specs, surface_bumps
from .specs import schemas


def rename_session_update_keyword(doc: dict[str, Any]) -> None:
    """PUT /session/{id} takes `closingComment` where it took `closingNote` (`closing_note=` -> `closing_comment=`)."""
    body = schemas(doc)["SessionUpdate"]["properties"]
    body["closingComment"] = body.pop("closingNote")


def remove_error_enum_value(doc: dict[str, Any]) -> None:
    """The error body's `error` no longer lists "Conflict" (`ErrorResponseError.CONFLICT` goes)."""
    schemas(doc)["ErrorResponse"]["properties"]["error"]["enum"].remove("Conflict")


Change = Callable[[dict[str, Any]], None]

# bump name (the `# impact:` tag in the apps) -> the vendor's changes
BUMPS: dict[str, tuple[Change, ...]] = {
    "required_field": (specs.add_required_request_field,),
    "keyword_renamed": (rename_session_update_keyword,),
    "operation_removed": (specs.remove_operation,),
    "return_type_changed": (surface_bumps.one_of_category,),
    "path_parameter_renamed": (surface_bumps.camel_case_customer_id,),
    "enum_value_removed": (remove_error_enum_value,),
    "not_breaking": (specs.add_operation, specs.add_optional_request_field, specs.add_response_field),
}
