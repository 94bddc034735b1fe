"""What the contract and fuzz tests share: the schemathesis schema, the bound operations, one call path.

`call(endpoint, case, client)` is the only place a schemathesis `Case` becomes a client call: path and
query values go in as keyword arguments, the body through the generated model's `from_dict`, and the raw
`httpx.Response` the client received is captured (an httpx response hook) so schemathesis can validate it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx
import schemathesis
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from finalpos.client import AuthenticatedClient, Client
from finalpos.types import Response
from tests.contract.binding import Endpoint, SpecOperation, spec_operations

__all__ = [
    "API_KEY",
    "CHECKS",
    "Exchange",
    "FUZZ_EXAMPLES",
    "FUZZ_SEED",
    "CONTRACT_EXAMPLES",
    "OPERATIONS",
    "SPEC",
    "call",
    "load_schema",
    "make_client",
    "validate_raw",
]

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text())
OPERATIONS: list[SpecOperation] = spec_operations(SPEC)
# Prism checks only that the key is present; any non-empty value passes.
API_KEY = "contract-test-key"

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "4"))
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


def load_schema(mode: str) -> Any:
    config = schemathesis.Config.from_str(f'[generation]\nmode = "{mode}"\nwith-security-parameters = false\n')
    return schemathesis.openapi.from_dict(SPEC, config=config)


@dataclass
class Exchange:
    """What one client call produced: the generated `Response` and every raw httpx response seen."""

    raw: list[httpx.Response] = field(default_factory=list)
    result: Response[Any] | None = None

    @property
    def last(self) -> httpx.Response:
        assert self.raw, "the client returned without sending a request"
        return self.raw[-1]


def make_client(base_url: str, exchange: Exchange, *, api_key: str | None = API_KEY) -> Client:
    def capture(response: httpx.Response) -> None:
        exchange.raw.append(response)

    args: dict[str, Any] = {"event_hooks": {"response": [capture]}}
    if api_key is None:
        return Client(base_url, httpx_args=args)
    return AuthenticatedClient(base_url, token=api_key, httpx_args=args)


def call(endpoint: Endpoint, case: Case, base_url: str, *, api_key: str | None = API_KEY) -> Exchange:
    exchange = Exchange()
    kwargs = endpoint.build_kwargs(case.path_parameters or {}, case.query or {}, case.body)
    with make_client(base_url, exchange, api_key=api_key) as client:
        exchange.result = endpoint.call(client, kwargs)
    return exchange


def validate_raw(case: Case, response: httpx.Response) -> None:
    """Schemathesis' response checks on what the client received; failures become one AssertionError."""
    try:
        case.validate_response(response, checks=cast(list[Callable[..., Any]], CHECKS))
    except BaseExceptionGroup as group:  # schemathesis raises a FailureGroup, not an Exception
        raise AssertionError(f"response does not match the spec: {group}") from group
