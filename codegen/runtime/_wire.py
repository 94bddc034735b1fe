"""What goes on the wire: each operation's request (`request_kwargs`), non-JSON responses, uploads,
`deepObject` and delimited query parameters.

A resource method states its operation's verb and path and passes its arguments by wire name;
`request_kwargs` turns them into httpx's arguments: path values quoted into the path, query values as
text (enums by value, dates ISO 8601, an object parameter spread into its fields, unset and None ones
left out), header and cookie values, and the body (a model's JSON, form fields or multipart parts, or
raw bytes) with its Content-Type.

The resources pick a parser by the response's media type in the spec: `text/*` is read as `str`,
anything binary (`application/pdf`, `application/octet-stream`, `image/*`, `*/*`) as `bytes`, and a
204 as `None` whatever arrives. A multipart file field takes bytes, a binary file object, or a
`(file_name, content, content_type)` tuple, like httpx's `files=`.
"""

from __future__ import annotations

import datetime
import enum
import io
import mimetypes
import os
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

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
    "request_kwargs",
    "text_parser",
    "with_accept",
]


class _NoBody:
    """No body argument at all (an operation without a request body), unlike an optional one left UNSET."""


NO_BODY: Any = _NoBody()


def request_kwargs(
    method: str,
    path: str,
    *,
    path_params: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    cookies: Mapping[str, Any] | None = None,
    json: Any = NO_BODY,
    data: Any = NO_BODY,
    files: Any = NO_BODY,
    content: Any = NO_BODY,
    content_type: str = "",
) -> dict[str, Any]:
    """httpx's arguments for one operation: `method` and the spec's `path` with each `{name}` replaced by
    its value (quoted whole: a `/` in a value stays inside the segment), then the parameters by wire
    name and at most one body. `content_type` is the body's media type (none for multipart: httpx
    writes the boundary), sent even when an optional body is left out."""
    url = path
    for name, value in (path_params or {}).items():
        url = url.replace("{" + name + "}", quote(str(value), safe=""))
    kwargs: dict[str, Any] = {"method": method, "url": url}
    if query is not None:
        params: dict[str, Any] = {}
        for name, value in query.items():
            if hasattr(value, "to_dict"):  # an object parameter (`style: form`): its fields, each a parameter
                params.update(value.to_dict())
            else:
                params[name] = _plain(value)
        kwargs["params"] = {k: v for k, v in params.items() if v is not None and not isinstance(v, Unset)}
    sent_headers = {
        name: _header_text(value) for name, value in (headers or {}).items() if not isinstance(value, Unset)
    }
    if cookies is not None:
        kwargs["cookies"] = {name: value for name, value in cookies.items() if not isinstance(value, Unset)}
    for key, body in (("json", json), ("data", data), ("files", files), ("content", content)):
        if body is NO_BODY:
            continue
        if not isinstance(body, Unset):
            kwargs[key] = _body(key, body)
        if content_type:
            sent_headers["Content-Type"] = content_type
    if headers is not None or any(b is not NO_BODY for b in (json, data, files, content)):
        kwargs["headers"] = sent_headers
    return kwargs


def _plain(value: Any) -> Any:
    """A value as JSON or a query string carries it: enums by value, dates ISO 8601, models as dicts."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _header_text(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, enum.Enum)):
        return str(value)
    return value


def _body(kind: str, body: Any) -> Any:
    if kind == "data":
        return body.to_dict()
    if kind == "files":
        return body.to_multipart()
    if kind == "content":  # raw bytes, read once: httpx then sends a Content-Length, not a chunked body
        return body.payload.read()
    return _plain(body)


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


def deep_object(kwargs: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    """`style: deepObject`: an object parameter sent as `name[key]=value` (nested: `name[a][b]=`).

    `value` is a model (its `to_dict()`), a mapping, or UNSET (nothing sent); fields left unset or None
    are not sent. The method leaves such a parameter out of `request_kwargs`' query and adds it here.
    """
    if isinstance(value, Unset):
        return kwargs
    fields = value.to_dict() if hasattr(value, "to_dict") else value
    params = dict(kwargs.get("params") or {})
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
