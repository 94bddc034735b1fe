"""What goes on the wire beyond JSON: non-JSON responses, uploads, `deepObject` query parameters.

The resources pick a parser by the response's media type in the spec: `text/*` is read as `str`,
anything binary (`application/pdf`, `application/octet-stream`, `image/*`, `*/*`) as `bytes`, and a
204 as `None` whatever arrives. A multipart file field takes bytes, a binary file object, or a
`(file_name, content, content_type)` tuple, like httpx's `files=`.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Mapping
from typing import Any

import httpx

from ._exceptions import InvalidArgumentError
from .types import File, FileInput, Unset

__all__ = [
    "FileInput",
    "as_upload",
    "bytes_parser",
    "deep_object",
    "delimited",
    "none_parser",
    "text_parser",
    "with_accept",
]


def text_parser(response: httpx.Response) -> str:
    """A `text/*` response: its text, decoded by its charset (UTF-8 when none is given)."""
    return response.text


def bytes_parser(response: httpx.Response) -> bytes:
    """A binary response (pdf, image, octet-stream, `*/*`): its bytes, as sent."""
    return response.content


def none_parser(response: httpx.Response) -> None:
    """A 204 (or any operation the spec documents with no content): nothing to read."""
    return None


def with_accept(kwargs: dict[str, Any], media_type: str) -> dict[str, Any]:
    """The request asking for the operation's own media type, not the client's default JSON."""
    return {**kwargs, "headers": {**kwargs.get("headers", {}), "Accept": media_type}}


def _flat(prefix: str, value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, Mapping):
        return [pair for key, inner in value.items() for pair in _flat(f"{prefix}[{key}]", inner)]
    return [(prefix, value)]


def delimited(kwargs: dict[str, Any], name: str, separator: str) -> dict[str, Any]:
    """A query array the spec sends as one value (`explode: false`): `ids=a,b` (or `a|b`, `a b`)."""
    params = kwargs.get("params") or {}
    value = params.get(name)
    if not isinstance(value, (list, tuple)):
        return kwargs
    return {**kwargs, "params": {**params, name: separator.join(_query_text(v) for v in value)}}


def _query_text(value: Any) -> str:
    """How httpx writes one query value (True as `true`), so a joined list reads like a repeated one."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(getattr(value, "value", value))


def deep_object(kwargs: dict[str, Any], name: str, value: Any, *, flattened: bool = False) -> dict[str, Any]:
    """`style: deepObject`: an object parameter sent as `name[key]=value` (nested: `name[a][b]=`).

    `value` is a model (its `to_dict()`) or UNSET; fields left unset or None are not sent. The
    generated request builder sends an object parameter flat (`key=value`): an optional one is left
    out of it (UNSET), a required one arrives `flattened` and its flat keys are taken back out here.
    """
    if isinstance(value, Unset):
        return kwargs
    fields = value.to_dict() if hasattr(value, "to_dict") else value
    params = dict(kwargs.get("params") or {})
    if flattened:
        for key in fields:
            params.pop(key, None)
    for key, inner in _flat(name, fields):
        if inner is not None and not isinstance(inner, Unset):
            params[key] = inner
    return {**kwargs, "params": params}


def as_upload(argument: str, value: Any) -> Any:
    """A file field's value as the generated body model takes it (UNSET passes through).

    A part needs a file name and a type to be read as a file (multer and most servers read a part
    without a file name as a plain text field): when not given, the name is the file object's own
    (else "upload") and the type guessed from the name (else `application/octet-stream`).
    """
    if isinstance(value, (File, Unset)):
        return value
    name: str | None = None
    content_type: str | None = None
    content = value
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise InvalidArgumentError(
                f"`{argument}` must be (file_name, content) or (file_name, content, content_type)", argument=argument
            )
        name, content = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
    if isinstance(content, (bytes, bytearray, memoryview)):
        payload: Any = io.BytesIO(bytes(content))
    elif hasattr(content, "read"):
        payload = content
        own = getattr(content, "name", None)
        if name is None and isinstance(own, str):
            name = os.path.basename(own)
    else:
        raise InvalidArgumentError(
            f"`{argument}` must be bytes, a binary file object or a (file_name, content, content_type) tuple, "
            f"not {type(content).__name__}",
            argument=argument,
        )
    name = name or "upload"
    content_type = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return File(payload=payload, file_name=name, mime_type=content_type)
