"""Part of stage 4: `finalpos.testing`, the stateful fake of the API, kept in step with the spec.

Writes `finalpos/testing/routes.json` beside the hand-kept fake core (`codegen/runtime/testing/`, copied
by `codegen/hand_kept.py`; its `_table.py` reads the file as package data on first use): the route table
the core serves, derived here from the normalised spec's paths (never listed by hand):

- POST on a path without parameters creates in the collection the path names; GET, PUT/PATCH and
  DELETE on `<that path>/{id}` retrieve, update and delete; GET on a path without parameters whose
  2xx body is an array, or that takes skip/limit, lists (other query parameters filter by the
  same-named field).
- A singular path and its plural list share one collection, named by the plural segment
  (`/customer`, `/customer/{id}` and `/customers` are `customers`).
- Anything else answers from the spec's response example, and is listed as example-only.

Auth (`securitySchemes` of type apiKey), the documented error shape (a 4xx JSON schema) and every
component schema (for request validation and response shaping) come from the spec too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .envelopes import match_envelope
from .spec import DYNAMIC_EXTENSION, json_media, operations, ref_name
from .spec_settings import has_public_security, operation_security, read_scheme
from .surface import ResourceMap, load_resource_map, plural
from .surface.method_names import MethodNames, method_names, resource_attr

__all__ = ["ROUTES_FILE", "build_routes", "write_fake", "routes_json"]

# Annotation keys the fake never reads: dropped to keep the table small and its diffs readable.
DROPPED_KEYS = {"description", "title", "externalDocs", "xml", "x-reconstructed", "deprecated", "summary"}
DEFAULT_DELETE_MESSAGE = "Resource with Id {id} deleted successfully"
ROUTES_FILE = "routes.json"
"""The table's file in `<package>/testing/`: package data, which `testing/_table.py` loads."""


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip(v) for k, v in node.items() if k not in DROPPED_KEYS}
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def _deref(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 32:
        schema = spec.get("components", {}).get("schemas", {}).get(ref_name(schema) or "", {})
        seen += 1
    if isinstance(schema, dict) and isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return _deref(spec, schema["allOf"][0])
    return schema if isinstance(schema, dict) else {}


def _example_of(body: dict[str, Any]) -> Any:
    if "example" in body:
        return body["example"]
    examples = body.get("examples")
    if isinstance(examples, dict):
        for item in examples.values():
            if isinstance(item, dict) and "value" in item:
                return item["value"]
    return None


def _success(op: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    responses = op.get("responses") or {}
    codes = sorted(str(c) for c in responses if str(c).isdigit() and str(c).startswith("2"))
    if not codes:
        return 200, None
    return int(codes[0]), json_media(responses[codes[0]])


def _other_media(op: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The first 2xx's media type and object when it is text or binary, not JSON (a download)."""
    responses = op.get("responses") or {}
    codes = sorted(str(c) for c in responses if str(c).isdigit() and str(c).startswith("2"))
    content = (responses[codes[0]] or {}).get("content") if codes else None
    if not isinstance(content, dict) or not content or json_media(responses[codes[0]]) is not None:
        return None
    media_type = next(iter(content))
    return str(media_type), content[media_type] if isinstance(content[media_type], dict) else {}


def _auth(spec: dict[str, Any]) -> list[dict[str, str]]:
    """Every apiKey scheme the spec's security requirements name; any one satisfies a request."""
    schemes = spec.get("components", {}).get("securitySchemes") or {}
    names = [name for requirement in spec.get("security") or [] for name in requirement]
    found = []
    for name in names:
        scheme = schemes.get(name) or {}
        if scheme.get("type") == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            found.append({"in": str(scheme["in"]), "name": str(scheme["name"])})
    return found


def _error_schema(spec: dict[str, Any]) -> Any:
    for _path, _method, op in operations(spec, sort=False):
        for code, response in (op.get("responses") or {}).items():
            body = json_media(response) if str(code).startswith("4") else None
            if body and body.get("schema"):
                return body["schema"]
    return None


def _delete_message(example: Any) -> str:
    message = example.get("message") if isinstance(example, dict) else None
    if not isinstance(message, str):
        return DEFAULT_DELETE_MESSAGE
    templated, count = re.subn(
        r"\b([0-9a-fA-F]{24}|\d+)\b", "{id}", message.replace("{", "{{").replace("}", "}}"), count=1
    )
    return templated if count else DEFAULT_DELETE_MESSAGE


def _aliases(method: str, path: str, op: dict[str, Any], names: ResourceMap, methods: MethodNames) -> list[str]:
    """`resource.method` as `FinalPOS` names it (the surface's own naming rules)."""
    return [f"{resource_attr(op, names)}.{methods.get(method, path)}"]


def _response_formats(spec: dict[str, Any], request: Any, record: Any) -> dict[str, str]:
    """Request fields the spec leaves a plain string whose response field is a date or date-time: the
    fake holds them to that format, or it would store a value it cannot answer with."""
    sent = _deref(spec, request).get("properties") or {}
    shown = _deref(spec, record).get("properties") or {}
    formats = {}
    for name, schema in sent.items():
        wanted = _deref(spec, shown.get(name)).get("format")
        if wanted in ("date-time", "date") and not _deref(spec, schema).get("format"):
            formats[name] = str(wanted)
    return formats


def _query_names(params: list[Any]) -> set[str]:
    return {str(p.get("name")) for p in params if isinstance(p, dict) and p.get("in") == "query"}


def _paged(params: list[Any]) -> bool:
    """skip/limit query parameters: a list, even where the docs show no body ("No content")."""
    return {"skip", "limit"} <= _query_names(params)


def _enveloped(spec: dict[str, Any], schema: Any, params: list[Any]) -> bool:
    """A page envelope (cursor and link ones too, `codegen/envelopes.py`) the operation's query fits."""
    components = spec.get("components", {}).get("schemas", {})
    return match_envelope(schema, components, _query_names(params)) is not None


def build_routes(spec: dict[str, Any]) -> dict[str, Any]:
    """The fake's route table for a (normalised) spec: plain JSON data, no code."""
    names = load_resource_map()
    methods = method_names(spec, names)
    ops = list(operations(spec, sort=False))
    collection_of = _collection_namer(spec, ops)
    routes: list[dict[str, Any]] = []
    collections: dict[str, dict[str, Any]] = {}
    for path, method, op in ops:
        route = _route(spec, path, method, op, names, methods, collection_of)
        routes.append(route)
        if route["collection"] is not None:
            _add_to_collection(spec, collections, route, op)
    for route in routes:
        if route["kind"] in ("create", "update") and route["request_schema"]:
            record = collections[route["collection"]]["record_schema"]
            route["response_formats"] = _response_formats(spec, route["request_schema"], record)
    for entry in collections.values():
        _settle_collection(spec, entry)
    info = spec.get("info") or {}
    return {
        "title": str(info.get("title", "")),
        "version": str(info.get("version", "")),
        "auth": _auth(spec),
        "error_schema": _strip(_error_schema(spec)),
        "routes": routes,
        "collections": {k: collections[k] for k in sorted(collections)},
        "example_only": [r["operation_id"] for r in routes if r["kind"] == "example"],
        "schemas": _strip((spec.get("components") or {}).get("schemas") or {}),
    }


def _collection_namer(spec: dict[str, Any], ops: list[tuple[str, str, dict[str, Any]]]) -> Callable[[str], str]:
    """Base path -> collection name: the list path's last segment where a list path names the same thing
    (`/customer` and `/customers` are one collection, `customers`), else the plural of the segment."""
    list_segments = {}
    for path, method, op in ops:
        _, body = _success(op)
        array = bool(body) and _deref(spec, (body or {}).get("schema")).get("type") == "array"
        params = op.get("parameters") or []
        schema = (body or {}).get("schema")
        if method == "get" and "{" not in path and (array or _paged(params) or _enveloped(spec, schema, params)):
            segment = path.rstrip("/").rsplit("/", 1)[-1]
            list_segments[plural(segment)] = segment

    def collection_of(base_path: str) -> str:
        segment = base_path.rstrip("/").rsplit("/", 1)[-1]
        return list_segments.get(plural(segment), plural(segment))

    return collection_of


def _route_kind(
    path: str,
    method: str,
    params: list[dict[str, Any]],
    resolved: dict[str, Any],
    collection_of: Callable[[str], str],
    download: bool = False,
    enveloped: bool = False,
) -> tuple[str, str | None, str | None]:
    """(kind, collection, id parameter): create/list on a collection path, retrieve/update/delete on
    `<collection path>/{id}`, "download" for a GET of text or binary content on `<collection path>/{id}`
    or `<collection path>/{id}/<word>` (the record's uploaded file), else "example" (answered from the
    spec's example only)."""
    trimmed = path.rstrip("/")
    path_params = [p for p in params if p.get("in") == "path"]
    if download and method == "get" and len(path_params) == 1:
        match = re.fullmatch(r"(/[^{}]*)/\{" + re.escape(str(path_params[0].get("name"))) + r"\}(/[^{}/]+)?", trimmed)
        if match:
            return "download", collection_of(match.group(1)), str(path_params[0]["name"])
    if not path_params and method == "post":
        return "create", collection_of(trimmed), None
    if not path_params and method == "get" and (resolved.get("type") == "array" or _paged(params) or enveloped):
        return "list", collection_of(trimmed), None
    if len(path_params) == 1 and trimmed.endswith("{" + str(path_params[0].get("name")) + "}"):
        base = trimmed.rsplit("/", 1)[0]
        kind = {"get": "retrieve", "put": "update", "patch": "update", "delete": "delete"}.get(method)
        if "{" not in base and kind is not None:
            return kind, collection_of(base), str(path_params[0]["name"])
        if "{" not in base:
            return "example", None, str(path_params[0]["name"])
    return "example", None, None


def _route(
    spec: dict[str, Any],
    path: str,
    method: str,
    op: dict[str, Any],
    names: ResourceMap,
    methods: MethodNames,
    collection_of: Callable[[str], str],
) -> dict[str, Any]:
    status, body = _success(op)
    schema = body.get("schema") if body else None
    params = [p for p in (op.get("parameters") or []) if isinstance(p, dict)]
    other = _other_media(op)
    kind, collection, id_param = _route_kind(
        path,
        method,
        params,
        _deref(spec, schema),
        collection_of,
        download=other is not None,
        enveloped=method == "get" and _enveloped(spec, schema, params),
    )
    request = json_media(op.get("requestBody") or {})
    route: dict[str, Any] = {
        "operation_id": str(op.get("operationId") or f"{method}_{path}"),
        "method": method.upper(),
        "path": path,
        "aliases": _aliases(method, path, op, names, methods),
        "kind": kind,
        "collection": collection,
        "id_param": id_param,
        "tags": list(op.get("tags") or []),
        "params": [
            {"name": str(p.get("name")), "in": str(p.get("in")), "required": bool(p.get("required"))}
            | ({"schema": _strip(p["schema"])} if "schema" in p else {})
            for p in params
        ],
        "request_schema": _strip(request.get("schema")) if request else None,
        "request_required": bool((op.get("requestBody") or {}).get("required")),
        "status": status,
        "response_schema": _strip(schema) if body else None,
        "response_example": _example_of(body) if body else None,
    }
    if kind == "delete":
        route["delete_message"] = _delete_message(route["response_example"])
    components = spec.get("components", {}).get("schemas", {})
    envelope = match_envelope(schema, components, _query_names(params)) if kind == "list" else None
    if envelope:
        route["envelope"] = {"items": envelope.items, "total": list(envelope.total)}
        if envelope.next:  # only where it applies, so skip/limit envelopes' routes stay as they were
            route["envelope"] |= {"next": list(envelope.next), "cursor": envelope.cursor, "link": envelope.link}
    # Only where they apply, so a JSON-only spec's table stays as it was.
    if other is not None:
        route["response_media"], route["response_example"] = other[0], _example_of(other[1])
    if has_public_security(op):
        route["public"] = True
    own = operation_security(spec, op)
    if own:  # its own schemes: alternatives, each every scheme's credential sent together
        route["security"] = [[_scheme_place(spec, name) for name in requirement] for requirement in own]
    return route


def _scheme_place(spec: dict[str, Any], name: str) -> dict[str, str]:
    """Where the fake reads one scheme's credential: `in`, `name`, and the value's prefix (bearer)."""
    auth = read_scheme(spec, name)
    return {"in": auth.location, "name": auth.name, "prefix": "Bearer " if auth.kind == "bearer" else ""}


def _add_to_collection(
    spec: dict[str, Any], collections: dict[str, dict[str, Any]], route: dict[str, Any], op: dict[str, Any]
) -> None:
    """The collection's tags, its record schema (from the best-ranked route: retrieve, list, update,
    create) and whether its records carry dynamic custom fields."""
    entry = collections.setdefault(
        route["collection"], {"record_schema": None, "record_rank": 99, "dynamic": False, "tags": []}
    )
    for tag in op.get("tags") or []:
        if tag not in entry["tags"]:
            entry["tags"].append(tag)
    _, body = _success(op)
    schema = body.get("schema") if body else None
    kind = route["kind"]
    record = _deref(spec, schema).get("items") if kind == "list" else schema
    if route.get("envelope"):  # the records are the envelope's items
        wrapper = _deref(spec, schema).get("properties") or {}
        record = _deref(spec, wrapper.get(route["envelope"]["items"])).get("items")
    rank = {"retrieve": 0, "list": 1, "update": 2, "create": 3}.get(kind, 99)
    if record and rank < entry["record_rank"]:
        entry["record_schema"], entry["record_rank"] = _strip(record), rank
    for candidate in (record, route["request_schema"]):
        if candidate and _deref(spec, candidate).get(DYNAMIC_EXTENSION):
            entry["dynamic"] = True


def _settle_collection(spec: dict[str, Any], entry: dict[str, Any]) -> None:
    """A collection's id field (`_id` where only that exists) and the wrapper its id example uses."""
    del entry["record_rank"]
    record = _deref(spec, entry["record_schema"])
    properties = record.get("properties") or {}
    entry["id_field"] = "_id" if "_id" in properties and "id" not in properties else "id"
    id_schema = _deref(spec, properties.get(entry["id_field"]))
    example = id_schema.get("example")
    entry["id_wrapper"] = next(iter(example)) if isinstance(example, dict) and len(example) == 1 else None


def routes_json(table: dict[str, Any]) -> str:
    """The table as JSON text: keys sorted and ASCII only, so the bytes depend on the spec's content alone
    (not the order its file lists keys in) and a regen of an unchanged spec rewrites the same file; one
    key a line, so its diffs read line by line."""
    return json.dumps(table, indent=1, sort_keys=True, ensure_ascii=True) + "\n"


def write_fake(spec: dict[str, Any], dist_dir: Path, package: str) -> list[str]:
    """Write the route table into `<package>/testing/` (beside the hand-kept core); return report lines."""
    target = dist_dir / package / "testing"
    target.mkdir(parents=True, exist_ok=True)
    table = build_routes(spec)
    (target / ROUTES_FILE).write_text(routes_json(table))
    derived = len(table["routes"]) - len(table["example_only"])
    line = (
        f"fake: finalpos.testing serves {len(table['routes'])} operations over {len(table['collections'])} "
        f"collections ({derived} derived, {len(table['example_only'])} from examples only"
    )
    return [line + (f": {', '.join(table['example_only'])})" if table["example_only"] else ")")]
