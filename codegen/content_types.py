"""What a media type in the spec means on the wire: JSON, text, binary, or form bodies.

One definition for every stage: the generator is told to read every binary response as
`application/octet-stream` (it knows no other binary type and would otherwise drop the response),
and the resource layer picks each method's return type and parser from the same classification.
"""

from __future__ import annotations

from typing import Any

from .spec import operations

__all__ = ["kind_of", "binary_response_types", "generic_request_bodies", "wire_sig", "NO_CONTENT_STATUSES"]

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


GENERATOR_BODY_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream")
"""Request media types the generator builds a body for (besides JSON); others it drops the operation for."""


def generic_request_bodies(spec: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """(the spec with every request body of a media type the generator cannot build (XML, CSV, a
    vendor type) taken as raw bytes, those media types). Such a body is sent as given, under its own
    Content-Type: the method takes bytes, a file object or a tuple, like an upload."""
    import copy

    found: set[str] = set()
    out = copy.deepcopy(spec)
    for _path, _method, op in operations(out):
        content = (op.get("requestBody") or {}).get("content") if isinstance(op.get("requestBody"), dict) else None
        for media_type, media in (content or {}).items():
            bare = media_type.split(";", 1)[0].strip().lower()
            if kind_of(bare) != "json" and bare not in GENERATOR_BODY_TYPES and isinstance(media, dict):
                media["schema"] = {"type": "string", "format": "binary"}
                found.add(media_type)
    return out, found


def wire_sig(response: Any) -> str | None:
    """What the client returns for a response with no JSON content: `str` (text), `bytes` (binary);
    None when it has JSON or no content (the change report then compares JSON schemas)."""
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    kinds = {kind_of(str(media)) for media in content}
    if "json" in kinds:
        return None
    return "str" if "text" in kinds else "bytes"
