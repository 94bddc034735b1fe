"""What the finalpos.testing suites share: the fake's route table read as tests need it, and one way to
call a `FinalPOS` / `AsyncFinalPOS` method by the name the fake gives it (`customers.create`).

Nothing lists entities or operations: they come from the generated route table (made from the spec).
"""

from __future__ import annotations

import copy
import inspect
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
from finalpos.testing import FakeFinalPOS
from finalpos.testing._table import route_table

from tests.contract.typed_surface import TypedMethod, typed_kwargs

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text())
ROUTES: list[dict[str, Any]] = route_table()["routes"]
COLLECTIONS: list[str] = list(route_table()["collections"])

Caller = Callable[..., Awaitable[httpx.Response]]
"""`await call("customers.create", path_and_query={...}, body={...})` -> the raw response (2xx)."""


def routes_of(collection: str) -> dict[str, dict[str, Any]]:
    """kind -> route for one collection."""
    return {r["kind"]: r for r in ROUTES if r["collection"] == collection}


def request_example(route: dict[str, Any], fake: FakeFinalPOS) -> dict[str, Any]:
    """The spec's own request example for the operation, else one built from its schema's examples."""
    body = SPEC["paths"][route["path"]][route["method"].lower()].get("requestBody", {})
    media = body.get("content", {}).get("application/json", {})
    if "example" in media:
        return copy.deepcopy(media["example"])
    built = fake.schemas.example(route["request_schema"])
    assert isinstance(built, dict), f"{route['operation_id']}: no object body can be built from the spec"
    return built


def typed_method(resource: Any, resource_name: str, method_name: str) -> tuple[TypedMethod, Any]:
    bound = getattr(resource.with_raw_response, method_name)
    params = [p for p in inspect.signature(bound).parameters.values()]
    method = TypedMethod(
        resource_name,
        method_name,
        tuple(p.name for p in params),
        tuple(p.default is inspect.Parameter.empty for p in params),
        Any,
    )
    return method, bound


def caller(client: Any) -> Caller:
    """Calls through the typed surface users call, sync or async alike (awaited either way)."""

    async def call(name: str, plain: dict[str, Any] | None = None, body: Any = None) -> httpx.Response:
        resource_name, method_name = name.split(".")
        method, bound = typed_method(getattr(client, resource_name), resource_name, method_name)
        result = bound(**typed_kwargs(method, plain or {}, body))
        if inspect.isawaitable(result):
            result = await result
        response: httpx.Response = result.http_response
        return response

    return call
