"""Stage 2, validate: is what arrived an OpenAPI 3.0/3.1 description we can generate from?

Refuses, naming what arrived: an HTML page, an empty or truncated body, Swagger 2.0, any other
JSON/YAML document, or an OpenAPI file that fails openapi-spec-validator. Linting with Redocly
(rules picked for code generation) lives in `lint.py`: findings are reported, and only those that
break generation stop the run.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from .errors import RegenError

__all__ = ["parse_document", "validate_spec", "load_and_validate"]

STAGE = "validate"


def _describe(body: bytes) -> str:
    head = body[:80].decode("utf-8", "replace").strip().replace("\n", " ")
    return repr(head[:60] + ("..." if len(head) > 60 else ""))


def parse_document(body: bytes, content_type: str | None = None) -> dict[str, Any]:
    """JSON or YAML bytes -> a mapping, or a refusal that names what arrived."""
    if not body or not body.strip():
        raise RegenError(STAGE, "the spec body is empty", "check SPEC_URL")
    stripped = body.lstrip()
    if stripped[:1] == b"<":
        # Sniff the body, not the Content-Type: servers mislabel JSON as text/html and vice versa.
        lowered = stripped[:1024].lower()
        kind = "an HTML page" if b"<html" in lowered or b"<!doctype html" in lowered else "XML or other markup"
        hint = f" (Content-Type {content_type})" if content_type else ""
        raise RegenError(
            STAGE, f"got {kind}{hint}, not an OpenAPI description (starts {_describe(body)})", "check SPEC_URL"
        )
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegenError(
            STAGE, f"the spec is not UTF-8 text ({exc.reason} at byte {exc.start})", "check SPEC_URL"
        ) from None
    document: Any
    if stripped[:1] in (b"{", b"["):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RegenError(
                STAGE,
                f"the spec is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}; truncated download?)",
                "check SPEC_URL or try again",
            ) from None
    else:
        try:
            document = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            raise RegenError(STAGE, f"the spec is neither JSON nor valid YAML{where}", "check SPEC_URL") from None
    if isinstance(document, str | int | float):
        raise RegenError(
            STAGE, f"got plain text, not a JSON or YAML document (starts {_describe(body)})", "check SPEC_URL"
        )
    if not isinstance(document, dict):
        kind = "a JSON/YAML list" if isinstance(document, list) else f"a {type(document).__name__}"
        raise RegenError(STAGE, f"the spec is {kind}, not an object (starts {_describe(body)})", "check SPEC_URL")
    return document


def validate_spec(document: dict[str, Any]) -> None:
    """Must be OpenAPI 3.0.x/3.1.x with paths, and pass openapi-spec-validator."""
    if "swagger" in document:
        raise RegenError(
            STAGE,
            f"got Swagger {document.get('swagger')} (OpenAPI 2.0); only OpenAPI 3.0 and 3.1 are supported",
            "convert it to OpenAPI 3 or point SPEC_URL at the OpenAPI 3 description",
        )
    version = document.get("openapi")
    if isinstance(version, int | float):
        raise RegenError(STAGE, f"'openapi' is the number {version}, not a version string", "quote it in the YAML")
    if not isinstance(version, str):
        keys = ", ".join(sorted(map(str, document))[:6]) or "none"
        raise RegenError(
            STAGE, f"the document has no 'openapi' version field (top-level keys: {keys})", "check SPEC_URL"
        )
    if not version.startswith(("3.0.", "3.1.")) and version not in ("3.0", "3.1"):
        raise RegenError(STAGE, f"OpenAPI {version} is not supported (3.0.x or 3.1.x only)", "")
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise RegenError(STAGE, "the OpenAPI document has no paths", "check SPEC_URL")
    from openapi_spec_validator import validate  # imported late: slow, and only needed here
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = _where([str(p) for p in getattr(exc, "path", []) or []])
        message = _short(str(getattr(exc, "message", exc)))
        raise RegenError(
            STAGE, f"invalid OpenAPI {version}: {message}" + (f" at {where}" if where else ""), ""
        ) from None
    except Exception as exc:  # the validator raises assorted errors on very broken input
        raise RegenError(STAGE, f"invalid OpenAPI {version}: {_short(str(exc))}", "") from None


MAX_REASON = 200
MAX_QUOTED = 40


def _short(message: str) -> str:
    """The validator's reason as one readable, bounded line.

    It quotes the offending value in full (`{'content': {...}} is not valid under ...`) and, for a
    missing `$ref`, the whole document ("... does not exist within {...}"): long quoted values become
    `{...}` and the line is cut at a word, never mid-word.
    """
    first = (message.strip().splitlines() or [""])[0]
    first = first.split(" within {", 1)[0]
    return _cut_at_word(_abbreviate_brackets(first), MAX_REASON)


def _abbreviate_brackets(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "{[":
            end = _closing(text, i)
            if end is not None and end - i + 1 > MAX_QUOTED:
                out.append(ch + "..." + text[end])
                i = end + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _closing(text: str, start: int) -> int | None:
    """Index of the bracket closing the one at `start` (quoted text skipped), or None if unbalanced."""
    depth, quote, escaped = 0, "", False
    for j in range(start, len(text)):
        ch = text[j]
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return j
    return None


def _cut_at_word(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 3].rsplit(" ", 1)[0].rstrip(" ,;:") + "..."


def _where(parts: list[str]) -> str:
    """A validator path as a reader says it: `POST /v1/api/customer responses/200`."""
    if (
        len(parts) >= 3
        and parts[0] == "paths"
        and parts[2] in ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    ):
        return " ".join([parts[2].upper(), parts[1], "/".join(parts[3:])]).strip()
    return "/".join(parts)


def load_and_validate(body: bytes, content_type: str | None = None) -> dict[str, Any]:
    document = parse_document(body, content_type)
    validate_spec(document)
    return document
