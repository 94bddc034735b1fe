"""Request bodies the fake reads besides JSON: `multipart/form-data` and form-urlencoded.

A multipart part with a file name is a file (kept as bytes with its name and type); every other part,
and every urlencoded field, is a plain text field.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

__all__ = ["FORM_TYPES", "StoredFile", "decode_form"]

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass(frozen=True)
class StoredFile:
    """An uploaded file as the fake keeps it, to answer a download of it."""

    file_name: str
    content_type: str
    content: bytes

    def describe(self) -> dict[str, Any]:
        """How a call's body shows it (`fake.calls[...]`): no content, its size."""
        return {"file_name": self.file_name, "content_type": self.content_type, "size": len(self.content)}


def decode_form(content_type: str, raw: bytes) -> tuple[dict[str, Any], dict[str, StoredFile]]:
    """(text fields, files by field name) of a form body; ValueError when it cannot be read."""
    bare = content_type.split(";", 1)[0].strip().lower()
    if bare == "application/x-www-form-urlencoded":
        return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True)), {}
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
    )
    if not message.is_multipart():
        raise ValueError("not a multipart body")
    fields: dict[str, Any] = {}
    files: dict[str, StoredFile] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        file_name = part.get_filename()
        if file_name is not None:
            files[name] = StoredFile(file_name, part.get_content_type(), data)
        else:
            fields[name] = data.decode(part.get_content_charset() or "utf-8", "replace")
    return fields, files
