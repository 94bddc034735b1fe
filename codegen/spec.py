"""What every stage knows about an OpenAPI description and the package made from it, defined once.

The names (`PACKAGE`, the `x-finalpos-*` extensions), the walk over operations, `$ref`s and JSON
bodies, the naming map (`codegen/config/naming.json`) and `snake()` (Python names as the generator
writes them). Stages import these; none defines its own. This module imports no other stage, so any
stage may use it. Paths belong to `workspace.py`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .workspace import CONFIG_DIR

__all__ = [
    "ANNOTATIONS",
    "CONTENTLESS_EXTENSION",
    "RECONSTRUCTED_EXTENSION",
    "reconstructed_notes",
    "DYNAMIC_EXTENSION",
    "HTTP_METHODS",
    "NamingConfig",
    "OPENAPI_METHODS",
    "PACKAGE",
    "REF_PREFIX",
    "component_of",
    "is_json",
    "json_media",
    "json_schema",
    "load_naming",
    "load_naming_config",
    "operations",
    "ref_name",
    "ref_to",
    "refs_in",
    "snake",
    "DIST_NAME",
]

PACKAGE = "finalpos"
"""The generated package's import name (`import finalpos`)."""
DIST_NAME = "finalpos-client"
"""Its distribution name (`pip install finalpos-client`), as reports and CHANGELOG.md name releases."""

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
"""The operations the pipeline reads and the client generates, in this order within a path."""
OPENAPI_METHODS = (*HTTP_METHODS, "head", "options", "trace")
"""Every operation key an OpenAPI path item may hold (lint names a place in any of them)."""

REF_PREFIX = "#/components/schemas/"

ANNOTATIONS = frozenset({"description", "example", "examples", "title", "deprecated", "externalDocs", "xml"})
"""Schema keywords that say nothing about the shape on the wire (shapes are compared without them)."""

DYNAMIC_EXTENSION = "x-finalpos-dynamic"
"""On a component: its payloads carry tenant custom fields (set by an override, read by the templates)."""
CONTENTLESS_EXTENSION = "x-finalpos-documented-without-content"
"""On a list response the normaliser typed: the docs show no body, so an empty one is an empty page."""
RECONSTRUCTED_EXTENSION = "x-reconstructed"
"""A note where a description was rebuilt from the vendor's docs pages rather than taken from its file."""


def reconstructed_notes(document: Any) -> int:
    """How many distinct `x-reconstructed` notes a description carries (0 for the vendor's own file).

    Distinct by text, so a schema written once and `$ref`d (the NestJS style) or copied inline at each
    use gives the same count: the guide that states it stays the same across such restyles."""
    return len(set(_reconstructed_texts(document)))


def _reconstructed_texts(document: Any) -> Iterator[str]:
    if isinstance(document, dict):
        if RECONSTRUCTED_EXTENSION in document:
            yield json.dumps(document[RECONSTRUCTED_EXTENSION], sort_keys=True)
        for value in document.values():
            yield from _reconstructed_texts(value)
    elif isinstance(document, list):
        for value in document:
            yield from _reconstructed_texts(value)


# --- operations --------------------------------------------------------------------------------


def operations(spec: dict[str, Any], *, sort: bool = True) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in `HTTP_METHODS`.

    Sorted by path, so results never depend on the file's ordering; `sort=False` keeps the file's
    order, for output that lists operations as the vendor does (the fake's route table).
    """
    paths = spec.get("paths") or {}
    for path in sorted(paths) if sort else paths:
        item = paths[path]
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, item[method]


# --- $refs -------------------------------------------------------------------------------------


def ref_name(node: Any) -> str | None:
    """The component a `{"$ref": "#/components/schemas/<name>"}` points at, else None."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        return ref[len(REF_PREFIX) :]
    return None


def ref_to(name: str) -> str:
    return REF_PREFIX + name


def refs_in(node: Any) -> Iterator[str]:
    """Every component `node` refers to, at any depth, in document order (repeats included)."""
    if isinstance(node, dict):
        name = ref_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def component_of(schema: Any) -> str | None:
    """The component a body schema stands for: a `$ref`, a one-member `allOf` wrapper, or array items."""
    if not isinstance(schema, dict):
        return None
    name = ref_name(schema)
    if name is not None:
        return name
    members = schema.get("allOf")
    if isinstance(members, list) and len(members) == 1:
        return component_of(members[0])
    if schema.get("type") == "array":
        return component_of(schema.get("items"))
    return None


# --- JSON bodies -------------------------------------------------------------------------------


def is_json(media: str) -> bool:
    """`application/json` (parameters such as `; charset=utf-8` aside) or a `+json` type."""
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def json_media(container: Any) -> dict[str, Any] | None:
    """The JSON media-type object of a request body or response: `application/json` first, else the
    first JSON type by name; None when it has no JSON content."""
    content = container.get("content") if isinstance(container, dict) else None
    if not isinstance(content, dict):
        return None
    exact = content.get("application/json")
    if isinstance(exact, dict):
        return exact
    for media, entry in sorted(content.items()):
        if is_json(str(media)) and isinstance(entry, dict):
            return entry
    return None


def json_schema(container: Any) -> Any:
    """The schema of a request body's or response's JSON content (`json_media`), else None."""
    media = json_media(container)
    return media.get("schema") if media is not None else None


# --- names -------------------------------------------------------------------------------------


def snake(value: str) -> str:
    """A Python name as openapi-python-client writes it (`sessionId` -> `session_id`)."""
    # Imported here: the generator package is slow to import and the no-op regen never needs it.
    from openapi_python_client.strings import snake_case

    return str(snake_case(value))


@dataclass(frozen=True)
class NamingConfig:
    """The committed naming map (`codegen/config/naming.json`)."""

    entities: dict[str, str] = field(default_factory=dict)
    """Path segment -> entity name, where singularising the segment gets it wrong."""
    renames: dict[str, str] = field(default_factory=dict)
    """Heuristic name -> final name (several heuristic names may map to one shared class)."""
    separate: frozenset[str] = frozenset()
    """Role-qualified names (`CustomerCreateResponse`) of sites kept as their own model under that name,
    never merged with another shape (by default shapes that differ only by optional fields are one)."""


def load_naming(data: dict[str, Any]) -> NamingConfig:
    return NamingConfig(
        entities=dict(data.get("entities", {})),
        renames=dict(data.get("renames", {})),
        separate=frozenset(data.get("separate", [])),
    )


def load_naming_config() -> NamingConfig:
    """The committed map, `codegen/config/naming.json`."""
    return load_naming(json.loads((CONFIG_DIR / "naming.json").read_text()))
