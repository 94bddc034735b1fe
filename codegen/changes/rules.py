"""The rule table: which change kinds break code using `finalpos`, for a model sent, received or both.

The same table is in docs/versioning.md (with the reason for each row); a test keeps the two equal.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["REQUEST", "RESPONSE", "RULES", "Change", "verdict"]

REQUEST, RESPONSE = "request", "response"


# kind -> (breaking when the model/slot is sent by the caller, breaking when it is received).
# A model used both ways takes the stricter verdict. docs/versioning.md says why for each row.
RULES: dict[str, tuple[bool, bool]] = {
    "operation added": (False, False),
    "operation removed": (True, True),
    "operation renamed": (True, True),
    "operationId changed": (False, False),
    "operation deprecated": (False, False),
    "path parameter renamed": (True, True),
    "parameter added (required)": (True, True),
    "parameter added (optional)": (False, False),
    "parameter removed": (True, True),
    "parameter made required": (True, True),
    "parameter made optional": (False, False),
    "parameter type changed": (True, True),
    "parameter format added": (False, False),
    "request body added (required)": (True, True),
    "request body added (optional)": (False, False),
    "request body removed": (True, True),
    "request body made required": (True, True),
    "request body made optional": (False, False),
    "request body type changed": (True, True),
    "request body model changed": (False, False),
    "response added": (False, False),
    "response removed": (True, True),
    "response type changed": (True, True),
    "operation made public": (False, False),
    "operation now needs the key": (True, True),
    "operation security changed": (True, True),
    "operation security alternatives added": (False, False),
    "model added": (False, False),
    "model removed": (True, True),
    "model renamed": (True, True),
    "model name moved": (True, True),
    "field added (required)": (True, False),
    "field added (optional)": (False, False),
    "field removed": (True, True),
    "field made required": (True, False),
    "field made optional": (False, True),
    "field type changed": (True, True),
    "field deprecated": (False, False),
    "field became an enum": (True, False),
    "field made nullable": (False, True),
    "field no longer nullable": (True, False),
    "enum values added": (False, False),
    "enum values removed": (True, True),
    # Settings the runtime reads from the spec (spec_settings.py), not tied to a model or operation.
    "auth changed": (True, True),
    "server added": (False, False),
    "server variables added": (False, False),
    "server removed": (True, True),
    "server moved": (True, True),
    "default server changed": (True, True),
    "package version went backwards": (True, True),
}


@dataclass(frozen=True)
class Change:
    kind: str
    subject: str
    detail: str = ""
    breaking: bool = False
    # What the item is about, for matching griffe's findings to it (`python_surface.fold`); not printed.
    operation: str = ""
    """`METHOD /path` for operation, parameter, request body and response items."""
    model: str = ""
    """The model (old name for a rename) for model, field and enum items."""
    name: str = ""
    """The parameter or field name."""
    renamed_from: tuple[str, str] = ("", "")
    """(old `METHOD /path`, old parameter name) for a renamed path parameter."""

    def text(self) -> str:
        return f"{self.subject}: {self.kind}" + (f" ({self.detail})" if self.detail else "")


def verdict(kind: str, directions: set[str]) -> bool:
    """Breaking or not, for a model or slot used in these directions (none known: the strictest reading)."""
    sent, received = RULES[kind]
    if not directions:  # not reachable from any operation: judge by the strictest reading
        return sent or received
    return (REQUEST in directions and sent) or (RESPONSE in directions and received)
