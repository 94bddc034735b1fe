"""`FakeFinalPOS`: an in-memory, stateful Final POS API that follows the spec's route table.

Everything the fake knows about the API comes from the route table (`routes.json`, read by `_table.py`),
which `make regen` derives from the spec (`codegen/fake.py`): which operations create, retrieve, update,
delete and list which collection, the request schemas it validates against, the response schemas it
shapes answers to, the auth scheme and the error shape. Nothing here names an entity.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from ._forms import FORM_TYPES, StoredFile, decode_form
from ._schema import SchemaSet
from ._table import route_table

if TYPE_CHECKING:
    from .. import AsyncFinalPOS, FinalPOS
    from ._transport import FakeTransport

__all__ = ["FakeCall", "FakeFinalPOS", "FakeResponse", "FAKE_BASE_URL"]

FAKE_BASE_URL = "http://finalpos.fake"
PAGE_PARAMS = ("skip", "limit")
# The fake's cursors are offsets into the list (as strings); its next links carry the offset in this
# query parameter (the client sends a link's query back as it is).
LINK_OFFSET = "offset"


def _offset(cursor: Any) -> int:
    """Where a fake cursor (or a next link's offset) starts; anything else starts at the beginning."""
    text = str(cursor or "")
    return int(text) if text.isdigit() else 0


TIMESTAMPS = ("createdAt", "updatedAt")


@dataclass(frozen=True)
class FakeCall:
    """One request the fake answered. `operation` is the `FinalPOS` method (`customers.create`)
    when known, else the operationId; the API key header's value is masked as `***`."""

    operation: str | None
    operation_id: str | None
    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int
    headers: dict[str, str] = field(repr=False)


@dataclass(frozen=True)
class FakeResponse:
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.content) if self.content else None


@dataclass
class _Fault:
    operations: frozenset[str] | None
    status: int
    remaining: int
    retry_after: float | str | None
    body: Any


@dataclass(frozen=True)
class _Route:
    spec: Mapping[str, Any]
    pattern: re.Pattern[str]

    @property
    def operation_id(self) -> str:
        return str(self.spec["operation_id"])

    @property
    def name(self) -> str:
        aliases = self.spec.get("aliases") or []
        return str(aliases[0]) if aliases else self.operation_id


class _Reply(Exception):
    """Raised inside a handler to answer at once (an error status, usually)."""

    def __init__(self, response: FakeResponse) -> None:
        super().__init__(response.status)
        self.response = response


def _compile(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path.rstrip("/"))
    body = "".join("([^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    # Any base-URL path prefix (e.g. a mock's `/_mock/openapi`) in front of the spec's path.
    return re.compile(f"(?:/.*?)?{body}/?")


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _scalar(value: Any) -> Any:
    """`{"$oid": "507f..."}` and other one-key wrappers compare as their inner value."""
    if isinstance(value, dict) and len(value) == 1:
        return next(iter(value.values()))
    return value


def _json_response(status: int, data: Any, headers: Mapping[str, str] | None = None) -> FakeResponse:
    content = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return FakeResponse(status, content, {"content-type": "application/json", **(headers or {})})


def error_body(status: int, message: str) -> dict[str, Any]:
    """The documented error shape: `{statusCode, message, error}` (ErrorResponse in the spec)."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    return {"statusCode": status, "message": message, "error": phrase}


def _error(status: int, message: str, headers: Mapping[str, str] | None = None) -> _Reply:
    return _Reply(_json_response(status, error_body(status, message), headers))


class FakeFinalPOS:
    """A stateful fake of the Final POS API for your tests (see the README: Testing your integration).

    api_key: the one key the fake accepts (another key gets 401); None (the default) accepts any
    non-empty key, as the spec's mock servers do. A request without the key always gets 401.
    """

    def __init__(self, *, api_key: str | None = None, table: Mapping[str, Any] | None = None) -> None:
        self._table: Mapping[str, Any] = table if table is not None else route_table()
        self._api_key = api_key
        self.schemas = SchemaSet(self._table["schemas"])
        self._routes = [_Route(r, _compile(str(r["path"]))) for r in self._table["routes"]]
        self._by_name: dict[str, _Route] = {}
        for route in self._routes:
            for name in [route.operation_id, f"{route.spec['method']} {route.spec['path']}", *route.spec["aliases"]]:
                self._by_name[str(name)] = route
        self._collections: Mapping[str, Mapping[str, Any]] = self._table["collections"]
        self._lock = threading.RLock()
        self._data: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in self._collections}
        self._calls: list[FakeCall] = []
        self._faults: list[_Fault] = []
        self._latency: dict[str | None, float] = {}
        self._files: dict[tuple[str, str], StoredFile] = {}  # (collection, id) -> its uploaded file
        self._next_id = 0
        self._transport: FakeTransport | None = None

    # --- what the fake is ----------------------------------------------------------------------

    @property
    def api_key(self) -> str | None:
        return self._api_key

    @property
    def api_version(self) -> str:
        return str(self._table["version"])

    @property
    def operations(self) -> tuple[str, ...]:
        """Every operation served, by `FinalPOS` method name where the pipeline knew it."""
        return tuple(route.name for route in self._routes)

    @property
    def collections(self) -> tuple[str, ...]:
        return tuple(self._collections)

    @property
    def example_only_operations(self) -> tuple[str, ...]:
        """Operations whose behaviour the spec's paths do not say: answered with the spec's example."""
        return tuple(route.name for route in self._routes if route.spec["kind"] == "example")

    def kind_of(self, operation: str) -> str:
        """create / retrieve / update / delete / list / example, for an operation name."""
        return str(self._route(operation).spec["kind"])

    # --- state ---------------------------------------------------------------------------------

    @property
    def store(self) -> dict[str, list[dict[str, Any]]]:
        """A copy of every collection's records, in creation order (the full records as stored)."""
        with self._lock:
            return {name: copy.deepcopy(list(records.values())) for name, records in self._data.items()}

    @property
    def calls(self) -> list[FakeCall]:
        with self._lock:
            return list(self._calls)

    def seed(self, collection: str, records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Store records as if they had been created (an id and timestamps are filled when absent).

        Each record, so completed, must fit the collection's response schema; a misfit raises
        ValueError naming the field (nothing of that call is stored). Returns copies of the records.
        """
        name = self._collection_name(collection)
        meta = self._collections[name]
        stored = []
        with self._lock:
            first_id = self._next_id
            for index, given in enumerate(records):
                record = copy.deepcopy(dict(given))
                self._fill(meta, record)
                if meta.get("record_schema") is not None:
                    problem = self.schemas.problem(record, meta["record_schema"])
                    if problem:
                        self._next_id = first_id  # a refused call leaves no trace, ids included
                        raise ValueError(f"seed({collection!r}): record {index}: {problem}")
                stored.append(record)
            for record in stored:
                self._data[name][self._id_of(meta, record)] = record
            return copy.deepcopy(stored)

    def reset(self) -> None:
        """Forget every record, call, fault and latency."""
        with self._lock:
            self._data = {name: {} for name in self._collections}
            self._files.clear()
            self._calls.clear()
            self._faults.clear()
            self._latency.clear()

    # --- faults --------------------------------------------------------------------------------

    def fail_next(
        self,
        operation: str | None = None,
        *,
        status: int = 503,
        times: int = 1,
        retry_after: float | str | None = None,
        body: Any = None,
    ) -> None:
        """Answer the next `times` calls of `operation` (every operation when None) with `status`.

        operation: `customers.create`, an operationId or `POST /v1/api/customer`. retry_after: sent
        as the `Retry-After` header. body: the JSON body (default: the documented error shape).
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        if not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status code, got {status}")
        ids = None if operation is None else frozenset({self._route(operation).operation_id})
        with self._lock:
            self._faults.append(_Fault(ids, status, times, retry_after, body))

    def latency(self, seconds: float, operation: str | None = None) -> None:
        """Delay answers by `seconds` (one operation, or all when None); 0 removes the delay.

        Through `fake.transport` a delay longer than the request's read timeout raises
        `httpx.ReadTimeout` after the timeout, as a slow server would.
        """
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        key = None if operation is None else self._route(operation).operation_id
        with self._lock:
            if seconds:
                self._latency[key] = float(seconds)
            else:
                self._latency.pop(key, None)

    def delay_for(self, method: str, path: str) -> float:
        route, _ = self._match(method, path)
        with self._lock:
            specific = self._latency.get(route.operation_id) if route else None
            return specific if specific is not None else self._latency.get(None, 0.0)

    # --- clients -------------------------------------------------------------------------------

    @property
    def transport(self) -> FakeTransport:
        """An httpx transport (sync and async) answering from this fake: `httpx.Client(transport=...)`."""
        if self._transport is None:
            from ._transport import FakeTransport

            self._transport = FakeTransport(self)
        return self._transport

    def client(self, **options: Any) -> FinalPOS:
        """A `FinalPOS` wired to the fake; options go to `FinalPOS(...)` (max_retries=..., timeout=...)."""
        import httpx

        from .. import FinalPOS

        options.setdefault("api_key", self._api_key or "finalpos-fake-key")
        options.setdefault("base_url", FAKE_BASE_URL)
        return FinalPOS(http_client=httpx.Client(transport=self.transport), **options)

    def async_client(self, **options: Any) -> AsyncFinalPOS:
        """An `AsyncFinalPOS` wired to the fake; options go to `AsyncFinalPOS(...)`."""
        import httpx

        from .. import AsyncFinalPOS

        options.setdefault("api_key", self._api_key or "finalpos-fake-key")
        options.setdefault("base_url", FAKE_BASE_URL)
        return AsyncFinalPOS(http_client=httpx.AsyncClient(transport=self.transport), **options)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Any:
        """Serve this fake over HTTP on loopback in a background thread: `with fake.serve() as url:`."""
        from ._server import serve_in_thread

        return serve_in_thread(self, host, port)

    # --- the API -------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> FakeResponse:
        """Answer one HTTP request (`target`: path and query string)."""
        split = urlsplit(target)
        path = unquote(split.path)
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        lowered = {k.lower(): v for k, v in headers.items()}
        parsed_body: Any = None
        files: dict[str, StoredFile] = {}
        content_type = lowered.get("content-type", "")
        if body and content_type.split(";", 1)[0].strip().lower() in FORM_TYPES:
            try:
                parsed_body, files = decode_form(content_type, body)
                parsed_body.update({name: stored.describe() for name, stored in files.items()})
            except ValueError:
                parsed_body = body.decode("utf-8", "replace")
        elif body:
            try:
                parsed_body = json.loads(body)
            except ValueError:
                parsed_body = body.decode("utf-8", "replace")
        with self._lock:
            route, values = self._match(method, path)
            try:
                if route is None:
                    raise _error(404, f"Cannot {method.upper()} {path}")
                response = self._answer(route, values, query, lowered, body, parsed_body, files)
            except _Reply as reply:
                response = reply.response
            except Exception as exc:  # a fake bug must read as one clear 500, not a dropped connection
                message = f"finalpos.testing could not answer: {type(exc).__name__}: {exc}"
                response = _json_response(500, error_body(500, message))
            secret = {a["name"].lower() for a in self._table["auth"] if a["in"] == "header"}
            self._calls.append(
                FakeCall(
                    operation=route.name if route else None,
                    operation_id=route.operation_id if route else None,
                    method=method.upper(),
                    path=path,
                    query=query,
                    body=parsed_body,
                    status=response.status,
                    headers={k: ("***" if k in secret else v) for k, v in lowered.items()},
                )
            )
            return response

    def _answer(
        self,
        route: _Route,
        values: dict[str, str],
        query: dict[str, str],
        headers: dict[str, str],
        raw_body: bytes,
        body: Any,
        files: Mapping[str, StoredFile],
    ) -> FakeResponse:
        spec = route.spec
        self._inject_fault(route)
        if spec.get("security"):  # the operation's own schemes
            self._authenticate_schemes(spec["security"], query, headers)
        elif not spec.get("public"):  # `security: []` operations take no key
            self._authenticate(query, headers)
        params = self._parameters(spec, values, query, headers)
        if spec.get("request_schema") is not None:
            body = self._checked_body(spec, raw_body, body)
        kind = spec["kind"]
        if kind == "example":
            return self._example(spec)
        meta = self._collections[spec["collection"]]
        records = self._data[spec["collection"]]
        if kind == "create":
            record = copy.deepcopy(body) if isinstance(body, dict) else {}
            for owned in (meta["id_field"], *TIMESTAMPS):
                record.pop(owned, None)  # the server's own fields
            upload = next(iter(files.values()), None)
            if upload is not None:
                self._describe_upload(meta, record, upload)
            self._fill(meta, record)
            records[self._id_of(meta, record)] = record
            if upload is not None:
                self._files[(spec["collection"], self._id_of(meta, record))] = upload
            return self._shaped(spec, record)
        if kind == "list":
            return self._list(spec, records, params, query)
        record_id = str(params[spec["id_param"]])
        if record_id not in records:
            raise _error(404, f"Resource with Id {record_id} not found")
        record = records[record_id]
        if kind == "download":
            return self._download(spec, self._files.get((spec["collection"], record_id)))
        if kind == "retrieve":
            return self._shaped(spec, record)
        if kind == "update":
            if isinstance(body, dict):
                kept = {k: record[k] for k in (meta["id_field"], "createdAt") if k in record}
                record.update(copy.deepcopy(body))
                record.update(kept)
            record["updatedAt"] = _now()
            return self._shaped(spec, record)
        del records[record_id]
        self._files.pop((spec["collection"], record_id), None)
        schema = spec.get("response_schema")
        if schema is not None and {"statusCode", "message"} <= set(self.schemas.properties(schema)):
            message = str(spec.get("delete_message") or "Resource with Id {id} deleted successfully")
            return _json_response(
                spec["status"], {"statusCode": spec["status"], "message": message.format(id=record_id)}
            )
        return self._shaped(spec, record)

    # --- pieces --------------------------------------------------------------------------------

    def _route(self, operation: str) -> _Route:
        route = self._by_name.get(operation)
        if route is None:
            known = ", ".join(sorted(r.name for r in self._routes))
            raise ValueError(f"unknown operation {operation!r}; known: {known}")
        return route

    def _collection_name(self, collection: str) -> str:
        for candidate in (collection, collection.replace("_", "-")):
            if candidate in self._collections:
                return candidate
        raise ValueError(f"unknown collection {collection!r}; known: {', '.join(self._collections)}")

    def _match(self, method: str, path: str) -> tuple[_Route | None, dict[str, str]]:
        for route in self._routes:
            if route.spec["method"] != method.upper():
                continue
            found = route.pattern.fullmatch(path)
            if found:
                names = re.findall(r"\{([^}/]+)\}", str(route.spec["path"]))
                return route, dict(zip(names, found.groups(), strict=True))
        return None, {}

    def _inject_fault(self, route: _Route) -> None:
        for fault in self._faults:
            if fault.remaining > 0 and (fault.operations is None or route.operation_id in fault.operations):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                headers = {} if fault.retry_after is None else {"retry-after": str(fault.retry_after)}
                body = fault.body if fault.body is not None else error_body(fault.status, "Injected by fake.fail_next")
                raise _Reply(_json_response(fault.status, body, headers))

    def _authenticate(self, query: Mapping[str, str], headers: Mapping[str, str]) -> None:
        schemes = self._table["auth"]
        if not schemes:
            return
        sent = [
            headers.get(s["name"].lower())
            if s["in"] == "header"
            else query.get(s["name"])
            if s["in"] == "query"
            else None
            for s in schemes
        ]
        given = [value for value in sent if value]
        where = " or ".join(f"the `{s['name']}` {s['in']}" for s in schemes)
        if not given:
            raise _error(401, f"Missing API key: send it in {where}")
        if self._api_key is not None and self._api_key not in given:
            raise _error(401, "Invalid API key")

    def _authenticate_schemes(
        self, requirements: list[list[dict[str, str]]], query: Mapping[str, str], headers: Mapping[str, str]
    ) -> None:
        """Some alternative has every scheme's credential (each the fake's key, when it has one)."""
        for requirement in requirements:
            sent = [
                (headers.get(s["name"].lower()) if s["in"] == "header" else query.get(s["name"])) or ""
                for s in requirement
            ]
            values = [
                v[len(s["prefix"]) :] for v, s in zip(sent, requirement, strict=True) if v.startswith(s["prefix"]) and v
            ]
            if len(values) == len(requirement) and all(v for v in values):
                if self._api_key is not None and any(v != self._api_key for v in values):
                    raise _error(401, "Invalid API key")
                return
        wanted = " or ".join(" and ".join(f"the `{s['name']}` {s['in']}" for s in req) for req in requirements)
        raise _error(401, f"Missing credentials: send {wanted}")

    def _parameters(
        self, spec: Mapping[str, Any], values: dict[str, str], query: dict[str, str], headers: Mapping[str, str]
    ) -> dict[str, Any]:
        params: dict[str, Any] = {}
        sources: dict[str, Mapping[str, str]] = {
            "path": values,
            "query": query,
            "header": headers,
            "cookie": _cookies(headers),
        }
        for param in spec["params"]:
            name, where = param["name"], param["in"]
            raw = sources.get(where, {}).get(name.lower() if where == "header" else name)
            if raw is None or (where == "query" and raw == ""):
                if param["required"]:
                    raise _error(400, f"Validation failed: Field `{name}` is required.")
                continue
            value: Any = raw
            schema = self.schemas.resolve(param.get("schema"))
            kind = schema.get("type")
            try:
                if kind == "integer":
                    value = int(raw)
                elif kind == "number":
                    value = float(raw)
                    if not math.isfinite(value):
                        raise ValueError(raw)
                    value = int(value) if value.is_integer() else value
                elif kind == "boolean" and raw in ("true", "false"):
                    value = raw == "true"
            except ValueError:
                raise _error(400, f"Validation failed: Field `{name}` must be {kind_word(kind)}.") from None
            problem = self.schemas.problem(value, schema, name)
            if problem:
                raise _error(400, f"Validation failed: {problem}.")
            params[name] = value
        return params

    def _checked_body(self, spec: Mapping[str, Any], raw: bytes, body: Any) -> Any:
        if not raw:
            if spec.get("request_required"):
                raise _error(400, "Validation failed: a JSON request body is required.")
            return None
        if isinstance(body, str):
            raise _error(400, "Validation failed: the request body is not valid JSON.")
        problem = self.schemas.problem(body, spec["request_schema"])
        if problem:
            raise _error(400, f"Validation failed: {problem}.")
        for name, wanted in (spec.get("response_formats") or {}).items():
            value = body.get(name) if isinstance(body, dict) else None
            if isinstance(value, str) and not _is_format(value, wanted):
                raise _error(400, f"Validation failed: Field `{name}` must be an ISO 8601 {wanted} string.")
        return body

    def _fill(self, meta: Mapping[str, Any], record: dict[str, Any]) -> None:
        """Server-side fields: the id (wrapped like the spec's example, e.g. `{"$oid": ...}`), the
        timestamps, and any field the response schema requires that the record lacks (its example)."""
        id_field = meta["id_field"]
        if id_field not in record:
            self._next_id += 1
            new_id = f"{self._next_id:024x}"
            record[id_field] = {meta["id_wrapper"]: new_id} if meta.get("id_wrapper") else new_id
        now = _now()
        for stamp in TIMESTAMPS:
            record.setdefault(stamp, now)
        schema = meta.get("record_schema")
        if schema is not None:
            properties = self.schemas.properties(schema)
            for name in self.schemas.required(schema):
                if name not in record:
                    record[name] = copy.deepcopy(self.schemas.example(properties.get(name, {})))

    def _id_of(self, meta: Mapping[str, Any], record: Mapping[str, Any]) -> str:
        return str(_scalar(record[meta["id_field"]]))

    def _project(self, schema: Any, record: Mapping[str, Any]) -> dict[str, Any]:
        """The record as the response schema shows it: declared fields only, unless the schema is
        open (the Customer DTOs' tenant fields, `additionalProperties`, or no properties at all)."""
        if schema is None or self.schemas.is_open(schema):
            return copy.deepcopy(dict(record))
        declared = self.schemas.properties(schema)
        return {k: copy.deepcopy(v) for k, v in record.items() if k in declared}

    def _shaped(self, spec: Mapping[str, Any], record: Mapping[str, Any]) -> FakeResponse:
        if spec.get("response_schema") is None:
            return FakeResponse(int(spec["status"]))  # documented without content
        return _json_response(int(spec["status"]), self._project(spec["response_schema"], record))

    def _list(
        self,
        spec: Mapping[str, Any],
        records: Mapping[str, Any],
        params: Mapping[str, Any],
        query: Mapping[str, str] | None = None,
    ) -> FakeResponse:
        envelope = spec.get("envelope")
        paging = set(PAGE_PARAMS) | ({envelope["cursor"]} if envelope and envelope.get("cursor") else set())
        rows = list(records.values())
        for name, value in params.items():
            if name not in paging and name not in (spec.get("id_param"),):
                rows = [r for r in rows if str(_scalar(r.get(name))) == str(value)]
        # The spec types skip/limit as any number: a fraction is cut, a negative counts as 0.
        skip = max(0, int(params.get("skip") or 0))
        if envelope and envelope.get("next"):  # cursor or link paged: where this page starts
            skip = _offset(params.get(envelope["cursor"]) if envelope.get("cursor") else (query or {}).get(LINK_OFFSET))
        limit = params.get("limit")
        total = len(rows)
        rows = rows[skip:] if limit is None else rows[skip : skip + max(0, int(limit))]
        schema = spec.get("response_schema")
        if envelope:  # a page envelope: the items inside it, with the total (and skip/limit beside it)
            wrapper = self.schemas.resolve(schema)
            item = self.schemas.resolve(self.schemas.properties(wrapper).get(envelope["items"])).get("items")
            page = [self._project(item or None, r) for r in rows]
            body = self._envelope(wrapper, envelope, page, total, skip, limit)
            if envelope.get("next"):
                end = skip + len(page)
                more = limit is not None and bool(page) and end < total
                following = None
                if more and envelope.get("link"):
                    following = f"{spec['path']}?{urlencode({**(query or {}), LINK_OFFSET: str(end)})}"
                elif more:
                    following = str(end)
                *parents, last = envelope["next"]
                node = body
                for part in parents:
                    node = node.setdefault(part, {})
                node[last] = following
            return _json_response(int(spec["status"]), body)
        item = self.schemas.resolve(schema).get("items") if schema is not None else None
        return _json_response(int(spec["status"]), [self._project(item or None, r) for r in rows])

    def _envelope(
        self, wrapper: Any, envelope: Mapping[str, Any], page: list[Any], total: int, skip: int, limit: Any
    ) -> dict[str, Any]:
        body: dict[str, Any] = {envelope["items"]: page}
        *parents, last = envelope.get("total") or [None]
        node, schema = body, wrapper
        for part in parents:
            schema = self.schemas.resolve(self.schemas.properties(schema).get(part))
            node = node.setdefault(part, {})
        if last is not None:
            node[last] = total
            declared = self.schemas.properties(schema)
            node.update({k: v for k, v in (("skip", skip), ("limit", limit)) if k in declared and v is not None})
        return body

    def _describe_upload(self, meta: Mapping[str, Any], record: dict[str, Any], upload: StoredFile) -> None:
        """A stored upload's name, size and type in the record's own fields, where its schema has
        such fields and the request did not set them."""
        schema = meta.get("record_schema")
        declared = self.schemas.properties(schema) if schema is not None else {}
        facts = {
            ("name", "fileName", "filename", "originalName"): upload.file_name,
            ("size", "fileSize"): len(upload.content),
            ("mimeType", "mimetype", "contentType"): upload.content_type,
        }
        for names, value in facts.items():
            for name in names:
                if name in declared and name not in record:
                    record[name] = value

    def _download(self, spec: Mapping[str, Any], stored: StoredFile | None) -> FakeResponse:
        """A record's uploaded file, as uploaded; a record without one answers empty content."""
        status = int(spec["status"])
        media = str(spec.get("response_media") or "application/octet-stream")
        if stored is None:
            return FakeResponse(
                status, b"", {"content-type": media if "*" not in media else "application/octet-stream"}
            )
        return FakeResponse(status, stored.content, {"content-type": stored.content_type})

    def _example(self, spec: Mapping[str, Any]) -> FakeResponse:
        media = spec.get("response_media")
        if media:  # text or binary: the example text, else empty content of that type
            example = spec.get("response_example")
            content = example.encode() if isinstance(example, str) else b""
            return FakeResponse(
                int(spec["status"]), content, {"content-type": str(media).replace("*/*", "application/octet-stream")}
            )
        example = spec.get("response_example")
        if example is None and spec.get("response_schema") is not None:
            example = self.schemas.example(spec["response_schema"])
        if example is None:
            return FakeResponse(int(spec["status"]))  # nothing documented to answer with
        return _json_response(int(spec["status"]), example)


def _cookies(headers: Mapping[str, str]) -> dict[str, str]:
    """The request's cookies (`Cookie: a=1; b=2`)."""
    pairs = (item.split("=", 1) for item in headers.get("cookie", "").split(";") if "=" in item)
    return {name.strip(): value.strip() for name, value in pairs}


def _is_format(value: str, wanted: str) -> bool:
    try:
        if wanted == "date":
            datetime.date.fromisoformat(value)
        else:
            datetime.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def kind_word(kind: Any) -> str:
    return {"integer": "an integer", "number": "a number", "boolean": "a boolean"}.get(str(kind), "a string")
