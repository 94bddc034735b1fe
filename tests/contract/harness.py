"""What the contract and fuzz tests share: the schemathesis schema, the bound operations, one call path.

`call(endpoint, case, base_url)` is the only place a schemathesis `Case` becomes a client call, through the
typed surface users call (`FinalPOS`, `client.<resource>.with_raw_response.<method>`): path and query
values go in as keyword arguments, the wire body's fields spread as keyword arguments (nested objects
as dicts, which the typed methods take in place of models), and every raw `httpx.Response` is captured
(an httpx response hook) so schemathesis can validate what the client received.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote

import httpx
import schemathesis
from finalpos import APIConnectionError, FinalPOS
from finalpos._response import APIResponse
from finalpos._spec_settings import AUTH_NAME
from hypothesis import HealthCheck, Phase, given, seed, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.core import NotSet
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.transport.requests import REQUESTS_TRANSPORT

from tests.contract.binding import Endpoint, SpecOperation, _resolve, spec_operations
from tests.contract.typed_surface import typed_kwargs

__all__ = [
    "API_KEY",
    "AUTH_NAME",
    "MOCK_RESETS",
    "CHECKS",
    "Exchange",
    "FUZZ_EXAMPLES",
    "FUZZ_SEED",
    "CONTRACT_EXAMPLES",
    "OPERATIONS",
    "SPEC",
    "call",
    "draw_one",
    "generation_spec",
    "load_schema",
    "case_kwargs",
    "typed_client",
    "validate_raw",
]

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text())
OPERATIONS: list[SpecOperation] = spec_operations(SPEC)
MOCK_RESETS: list[str] = []
"""Calls retried once because the mock reset the connection (reported in the `contract` summary)."""
# Prism checks only that the key is present; any non-empty value passes.
API_KEY = "contract-test-key"

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))
"""Generated cases per operation and mode in the fuzz tests (`make fuzz FUZZ_EXAMPLES=500` runs deep)."""
FUZZ_SEED = int(os.environ.get("FUZZ_SEED", "20240404"))
"""Hypothesis seed: the same seed and FUZZ_EXAMPLES replay the same cases."""
CONTRACT_EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "3"))
"""Schemathesis-generated valid inputs per operation in the contract tests (after the spec's examples)."""

# Response checks that judge what came back; `ignored_auth` is left out because Prism accepts any key.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def generation_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A derived copy of the spec that states what OpenAPI implies for query strings and request bodies.

    - `allowEmptyValue` defaults to false, so `?tableId=` is not a value (Prism answers 422 "required"),
      but schemathesis generates "" for a string with no `minLength`. The copy adds `minLength: 1` to
      such query parameters.
    - A query, path, header or cookie value is text: it has no null (schemathesis would send the text
      "null", which no enum or date admits). The copy drops `nullable` and null enum values there.
    - Prism takes a required JSON body that is `""` for no body at all (422 "Body parameter is
      required"), so a required string body gets `minLength: 1`.

    - `const` (OpenAPI 3.1) in a 3.0 file is spelled `enum: [value]`, as the pipeline reads it
      (codegen/openapi31.py): a 3.0 validator ignores `const`, so a `oneOf` told apart by it would
      match every member.

    `openapi.json` itself is untouched (see docs/contract-and-fuzzing.md).
    """
    derived = copy.deepcopy(spec)
    if str(spec.get("openapi", "")).startswith("3.0"):
        derived = _const_as_enum(derived)
    for item in derived.get("paths", {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            params = [_resolve(p, derived) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            for param in params:
                if isinstance(param.get("schema"), dict):
                    param["schema"] = _without_null(param["schema"], derived)
                schema = param.get("schema", {})
                if (
                    param.get("in") == "query"
                    and not param.get("allowEmptyValue")
                    and schema.get("type") == "string"
                    and "minLength" not in schema
                ):
                    schema["minLength"] = 1
            body = _resolve(op.get("requestBody"), derived)
            if isinstance(body, dict) and body.get("required"):
                for media_type, media in (body.get("content") or {}).items():
                    schema = _resolve(media.get("schema"), derived) if isinstance(media, dict) else None
                    if "json" in media_type and isinstance(schema, dict) and schema.get("type") == "string":
                        schema.setdefault("minLength", 1)
    return derived


def _const_as_enum(node: Any) -> Any:
    if isinstance(node, list):
        return [_const_as_enum(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _const_as_enum(v) for k, v in node.items()}
    # A property named `const` maps to a schema (a dict); a `const` keyword's value is a plain value.
    if "const" in out and "enum" not in out and not isinstance(out["const"], dict):
        out["enum"] = [out.pop("const")]
    return out


def _without_null(schema: Any, spec: dict[str, Any]) -> Any:
    """A copy of a parameter's schema (its `$ref`s copied in) that admits no null."""
    schema = copy.deepcopy(_resolve(schema, spec))
    if not isinstance(schema, dict):
        return schema
    schema.pop("nullable", None)
    if isinstance(schema.get("enum"), list) and any(v is not None for v in schema["enum"]):
        schema["enum"] = [v for v in schema["enum"] if v is not None]
    if isinstance(schema.get("items"), dict):
        schema["items"] = _without_null(schema["items"], spec)
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(schema.get(key), list):
            schema[key] = [_without_null(s, spec) for s in schema[key]]
    return schema


# RFC 6838 `type/subtype` (restricted names), the syntax Prism's MIME parser accepts.
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*")


def _serializable(spec: dict[str, Any]) -> None:
    """A request media type schemathesis has no serializer for (`openapi/python/client` in
    openapi-python-client's own spec) is sent as what its schema says: text for a string, else bytes."""
    for item in spec.get("paths", {}).values():
        for op in item.values():
            body = _resolve(op.get("requestBody"), spec) if isinstance(op, dict) else None
            for media_type, media in ((body or {}).get("content") or {}).items():
                if not _MEDIA_TYPE.fullmatch(media_type.split(";")[0].strip()):
                    # Not a media type at all (`openapi/python/client` has two slashes): Prism's MIME
                    # parser throws on it and the mock process dies, so it is not sent (the test fails
                    # with schemathesis' "No supported serializers" naming it).
                    continue
                if REQUESTS_TRANSPORT.get_first_matching_media_type(media_type) is not None:
                    continue
                schema = _resolve((media or {}).get("schema"), spec) or {}
                text = schema.get("type") == "string" and schema.get("format") != "binary"
                schemathesis.serializer.alias(media_type, "text/plain" if text else "application/octet-stream")


def load_schema(mode: str) -> Any:
    _serializable(SPEC)
    config = schemathesis.Config.from_str(f'[generation]\nmode = "{mode}"\nwith-security-parameters = false\n')
    return schemathesis.openapi.from_dict(generation_spec(SPEC), config=config)


def draw_one(strategy: Any, *, seed_value: int = FUZZ_SEED) -> Any:
    """One value from a strategy, the same on every run, without hypothesis' shrinking (`find` shrinks)."""
    drawn: list[Any] = []

    @settings(
        max_examples=1, phases=[Phase.generate], database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @seed(seed_value)
    @given(strategy)
    def take(value: Any) -> None:
        drawn.append(value)

    take()
    return drawn[0]


@dataclass
class Exchange:
    """What one typed call produced: its `APIResponse` (or the error it raised) and every raw response seen."""

    raw: list[httpx.Response] = field(default_factory=list)
    result: APIResponse[Any] | None = None

    @property
    def last(self) -> httpx.Response:
        assert self.raw, "the client returned without sending a request"
        return self.raw[-1]


def _drop_api_key(request: httpx.Request) -> None:
    # FinalPOS refuses to start without a key, so the keyless case is made on the wire instead
    # (the header the pulled spec's security scheme names; none when it declares no scheme).
    if AUTH_NAME and AUTH_NAME in request.headers:
        del request.headers[AUTH_NAME]


def _keep_body(request: httpx.Request) -> None:
    # A binary body goes out streamed; read it into the request first so the response checks
    # (schemathesis reads `request.content`) see what was sent. Sending then uses the read bytes.
    request.read()


@contextmanager
def typed_client(base_url: str, exchange: Exchange, *, send_key: bool = True) -> Iterator[FinalPOS]:
    hooks: dict[str, list[Callable[..., Any]]] = {"response": [exchange.raw.append], "request": [_keep_body]}
    if not send_key:
        hooks["request"].append(_drop_api_key)
    # No retries: each case is one request, and a retried 4xx would hide what the client sent first.
    with (
        httpx.Client(event_hooks=hooks) as http,
        FinalPOS(api_key=API_KEY, base_url=base_url, max_retries=0, http_client=http) as client,
    ):
        yield client


def case_kwargs(endpoint: Endpoint, case: Case[Any]) -> dict[str, Any]:
    """The typed method's keyword arguments for a case: the wire body's fields spread as keyword arguments
    (nested objects as dicts, which the method converts). Raises `Unexpressible` (typed_surface.py)."""
    assert endpoint.typed is not None
    # No body drawn (the spec's request body is optional): the call passes none either.
    body = case.body if endpoint.body_type is not None and not isinstance(case.body, NotSet) else None
    # Schemathesis hands path parameters over percent-encoded (wire form); a user passes the plain value.
    path = {k: unquote(v) if isinstance(v, str) else v for k, v in (case.path_parameters or {}).items()}
    query = _exploded_objects(case, dict(case.query or {}))
    by_location = {"path": path, "query": query, "header": case.headers, "cookie": case.cookies}
    plain: dict[str, Any] = {}
    for location, values in by_location.items():
        for name, value in (values or {}).items():
            # By the Python name bound to the spec's (location, name): `param` may be in the path and the query.
            python = endpoint.spec_to_python.get((location, name))
            if python is not None or location in ("path", "query"):
                plain[python or name] = value
    return typed_kwargs(endpoint.typed, plain, body)


def _exploded_objects(case: Case[Any], query: dict[str, Any]) -> dict[str, Any]:
    """The case's query with each object parameter put back together: schemathesis draws an object sent
    `style: form, explode: true` (the default) as its properties at the top level (`a_property=...`);
    the method takes the object by the parameter's name."""
    operation = SPEC["paths"][case.path][case.method.lower()]
    item = SPEC["paths"][case.path]
    spread: set[str] = set()
    for param in (_resolve(p, SPEC) for p in [*item.get("parameters", []), *operation.get("parameters", [])]):
        schema = _resolve(param.get("schema"), SPEC) or {}
        props = schema.get("properties") if isinstance(schema, dict) else None
        exploded = param.get("style", "form") == "form" and param.get("explode", True)
        if param.get("in") != "query" or not isinstance(props, dict) or not exploded or param["name"] in query:
            continue
        if param.get("required") or props.keys() & query.keys():
            query[param["name"]] = {k: v for k, v in query.items() if k in props}
            spread |= props.keys()
    return {k: v for k, v in query.items() if k not in spread}


def call(
    endpoint: Endpoint, case: Case[Any], base_url: str, *, send_key: bool = True, kwargs: dict[str, Any] | None = None
) -> Exchange:
    """Call the operation through `FinalPOS` (`client.<resource>.with_raw_response.<method>`)."""
    assert endpoint.typed is not None
    if kwargs is None:
        kwargs = case_kwargs(endpoint, case)
    for attempt in (1, 2):
        exchange = Exchange()
        with typed_client(base_url, exchange, send_key=send_key) as client:
            try:
                exchange.result = endpoint.typed.bind(client)(**kwargs)
            except APIConnectionError as error:
                # Under load, Prism now and then resets a fresh connection before answering (seen
                # about once per few thousand calls, never twice in a row). That is the mock's transport,
                # not the contract: retry once and count it in the summary; a second reset fails.
                if attempt == 2 or not isinstance(error.__cause__, httpx.ReadError) or exchange.raw:
                    raise
                MOCK_RESETS.append(f"{endpoint.typed.label}: {error.__cause__}")
                continue
        return exchange
    raise AssertionError("unreachable")


def validate_raw(case: Case[Any], response: httpx.Response) -> None:
    """Schemathesis' response checks on what the client received; failures become one AssertionError."""
    try:
        case.validate_response(response, checks=cast(list[Callable[..., Any]], CHECKS))
    except BaseExceptionGroup as group:  # schemathesis raises a FailureGroup, not an Exception
        raise AssertionError(f"response does not match the spec: {group}") from group
