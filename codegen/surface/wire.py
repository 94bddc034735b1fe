"""What the spec says about an operation's wire format that the generator's endpoint does not carry:
the media type of its success response, `deepObject` query parameters, and `security: []`.

`collect.py` asks these per operation; the answers become the method's return type and parser, the
parameters' style, and whether the method sends the API key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..content_types import NO_CONTENT_STATUSES, kind_of
from ..spec_settings import has_public_security, operation_security

__all__ = [
    "ContentResponse",
    "content_response",
    "deep_object_params",
    "delimited_params",
    "is_public",
    "parameter_descriptions",
    "security_of",
]

# `style` of a query array sent as one value, and its separator (`form` with `explode: false` is commas).
DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}

# The runtime parser (codegen/runtime/_wire.py) and the return type of each kind of response body.
_BY_KIND = {"text": ("str", "text_parser"), "binary": ("bytes", "bytes_parser")}


@dataclass(frozen=True)
class ContentResponse:
    """A success response that is not JSON: its type, runtime parser, and the Accept header to send."""

    return_type: str
    parser: str
    accept: str = ""


def _operation(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    found = (spec.get("paths") or {}).get(path, {}).get(method) or {}
    return found if isinstance(found, dict) else {}


def content_response(spec: dict[str, Any], path: str, method: str) -> ContentResponse | None:
    """The first 2xx when it is a 204/205 (None) or has only text or binary content; None for JSON
    or no content (those keep the JSON parsers). With no 2xx, the `default` response is the success
    (so its text is asked for: a JSON Accept header makes a server answer 406)."""
    responses = _operation(spec, path, method).get("responses") or {}
    successes = sorted(str(s) for s in responses if str(s).startswith("2") and str(s).isdigit())
    if not successes and "default" in responses:
        successes = ["default"]
    if not successes:
        return None
    status = successes[0]
    if status in NO_CONTENT_STATUSES:
        return ContentResponse("None", "none_parser")
    content = (responses[status] or {}).get("content") or {}
    kinds = {kind_of(media): media for media in content}
    if not content or "json" in kinds:
        return None
    kind = "text" if "text" in kinds else "binary"
    return_type, parser = _BY_KIND[kind]
    return ContentResponse(return_type, parser, accept=", ".join(content))


def deep_object_params(spec: dict[str, Any], path: str, method: str) -> set[str]:
    """Wire names of the query parameters declared `style: deepObject`."""
    return {
        str(p.get("name"))
        for p in _operation(spec, path, method).get("parameters") or []
        if isinstance(p, dict) and p.get("in") == "query" and p.get("style") == "deepObject"
    }


def delimited_params(spec: dict[str, Any], path: str, method: str) -> dict[str, str]:
    """Wire name -> separator of the query arrays sent as one value (`ids=a,b`), not repeated
    (`ids=a&ids=b`, what `explode` (the default for `form`) asks for)."""
    found = {}
    for p in _operation(spec, path, method).get("parameters") or []:
        if not (isinstance(p, dict) and p.get("in") == "query" and (p.get("schema") or {}).get("type") == "array"):
            continue
        style = str(p.get("style") or "form")
        if style in DELIMITERS and p.get("explode", style == "form") is False:
            found[str(p.get("name"))] = DELIMITERS[style]
    return found


def is_public(spec: dict[str, Any], path: str, method: str) -> bool:
    """`security: []` on the operation (or an empty requirement among its alternatives): no key needed."""
    return has_public_security(_operation(spec, path, method))


def security_of(spec: dict[str, Any], path: str, method: str) -> tuple[tuple[str, ...], ...] | None:
    """The operation's own security requirements when they are not the API's default key alone."""
    return operation_security(spec, _operation(spec, path, method))


def parameter_descriptions(spec: dict[str, Any], path: str, method: str) -> dict[str, str]:
    """Wire name -> the spec's description of each parameter that has one (the generator keeps only
    its schema's)."""
    return {
        str(p.get("name")): " ".join(str(p["description"]).split())
        for p in _operation(spec, path, method).get("parameters") or []
        if isinstance(p, dict) and isinstance(p.get("description"), str) and p["description"].strip()
    }
