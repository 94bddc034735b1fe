"""`UNSET` and its type `Unset`: "no value" on a model field (the public part of this module).

`UNSET` is one object for the life of every process: `copy.copy`, `copy.deepcopy` and `pickle` (so
multiprocessing, Celery, a Redis cache) all give back this same object, because the generated models
test `value is not UNSET` and a second instance would be sent as data. `Unset()` returns it too.

`FileInput` is what an upload argument takes (bytes, a binary file object, or a `(name, content[,
content_type])` tuple). `File`, `FileTypes` and `RequestFiles` are what openapi-python-client's
generated code uses for multipart bodies; they stay importable for that code but are not exported.
"""

from collections.abc import Mapping
from typing import IO, Any, BinaryIO, Literal

from attrs import define

__all__ = ["UNSET", "FileInput", "Unset"]


class Unset:
    """The type of `UNSET`: "no value" (a field the response did not carry, or whose value did not fit)."""

    __slots__ = ()
    _the_one: "Unset | None" = None

    def __new__(cls) -> "Unset":
        if cls._the_one is None:
            cls._the_one = super().__new__(cls)
        return cls._the_one

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    # One object across copies and processes: pickle stores the module-level name, copies are itself.
    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

# What a file field of a multipart body takes (`client.files.create(file=...)`): the content (bytes or a
# binary file object), or (file_name, content) or (file_name, content, content_type). Ours, not the generator's.
FileInput = bytes | IO[bytes] | tuple[str | None, bytes | IO[bytes]] | tuple[str | None, bytes | IO[bytes], str | None]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type
