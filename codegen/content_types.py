"""What a media type in the spec means on the wire: JSON, text, binary, or form bodies.

One definition for every stage: the generator is told to read every binary response as
`application/octet-stream` (it knows no other binary type and would otherwise drop the response),
and the resource layer picks each method's return type and parser from the same classification.
"""

from __future__ import annotations

from typing import Any

from .spec import operations

__all__ = ["kind_of", "binary_response_types", "NO_CONTENT_STATUSES"]

NO_CONTENT_STATUSES = frozenset({"204", "205"})
"""Statuses that carry no body by definition (RFC 9110): the method returns None."""


def _bare(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def kind_of(media_type: str) -> str:
    """ "json", "text" or "binary": how a response body of this media type is read."""
    bare = _bare(media_type)
    if bare == "application/json" or bare.endswith("+json"):
        return "json"
    if bare.startswith("text/"):
        return "text"
    return "binary"  # application/pdf, application/octet-stream, image/*, */*, application/zip, ...


def binary_response_types(spec: dict[str, Any]) -> set[str]:
    """Every response media type (as the spec spells it) that is read as bytes."""
    found: set[str] = set()
    for _path, _method, op in operations(spec):
        for response in (op.get("responses") or {}).values():
            if isinstance(response, dict):
                found |= {t for t in response.get("content") or {} if kind_of(t) == "binary"}
    return found
