"""The checks every contract call must pass, in one place so the contract and fuzz tests agree."""

from __future__ import annotations

import typing
from types import UnionType
from typing import Any

import httpx
from schemathesis import Case

from tests.contract.binding import Endpoint, SpecOperation, _resolve
from tests.contract.harness import SPEC, Exchange, validate_raw

__all__ = ["documents_no_content", "is_instance_of", "assert_accepted_and_typed"]


def documents_no_content(operation: SpecOperation, status: int) -> bool:
    """The spec gives this status no body schema (the custom-table lists' "No content", Zapier triggers)."""
    responses = SPEC["paths"][operation.path][operation.method]["responses"]
    # A response may be a `$ref` to `components/responses` (openapi-python-client's own spec has one).
    response = _resolve(responses.get(documented_status(responses, status), {}), SPEC)
    return not response.get("content")


def documented_status(responses: dict[str, Any], status: int) -> str | None:
    """The responses key that documents `status`: itself, else its range (`2XX`, any case), else
    `default` (what the spec says of every status it does not list), else None."""
    if str(status) in responses:
        return str(status)
    ranged = next((key for key in responses if key.upper() == f"{status // 100}XX"), None)
    return ranged or ("default" if "default" in responses else None)


def _sent(request: httpx.Request) -> bytes | str:
    """The request body for a failure message; a streamed upload (bytes from a file object) was not kept."""
    try:
        return request.content[:300]
    except httpx.RequestNotRead:
        return "<streamed body>"


def is_instance_of(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, UnionType):
        return any(is_instance_of(value, arg) for arg in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(is_instance_of(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is Any:
        return True
    if hint is float:  # PEP 484's numeric tower: an int is a float (JSON `0` for a `number`)
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, hint)


def assert_accepted_and_typed(
    operation: SpecOperation, endpoint: Endpoint, case: Case[Any], exchange: Exchange
) -> None:
    """The mock took the request (2xx), the client parsed the documented model, and the raw response fits."""
    raw = exchange.last
    assert exchange.result is not None
    documented = SPEC["paths"][operation.path][operation.method]["responses"]
    assert 200 <= raw.status_code < 300, (
        f"{operation.label}: the mock refused what the client sent: {raw.status_code} {raw.text[:400]} "
        f"(request: {raw.request.method} {raw.request.url} {_sent(raw.request)!r})"
    )
    assert documented_status(documented, raw.status_code), f"{operation.label}: undocumented status {raw.status_code}"
    parsed = exchange.result.parsed
    if documents_no_content(operation, raw.status_code):
        # Known spec deviation (docs/contract-and-fuzzing.md): no schema. The client must not invent data:
        # an empty body (Prism) is an empty page for the lists the normaliser marked
        # `x-finalpos-documented-without-content` (N1), else None; a body the spec does not document
        # (Steady's `{}`) is returned as received (strict mode refuses it: tests/contract/test_findings.py).
        if raw.content == b"":
            expected: Any = [] if typing.get_origin(endpoint.typed.returns) is list else None
        else:
            expected = raw.json()
        assert parsed == expected, f"{operation.label}: documented without content, client parsed {parsed!r}"
    elif endpoint.typed.returns is Any and raw.content.strip() == b"null":
        # An untyped schema (`{}`) admits any JSON, null included (Prism answers `null`): None is right.
        assert parsed is None, f"{operation.label}: JSON null parsed to {parsed!r}"
    else:
        assert parsed is not None, f"{operation.label}: {raw.status_code} parsed to None"
        assert is_instance_of(parsed, endpoint.typed.returns), (
            f"{operation.label}: {endpoint.typed.label} parsed {type(parsed).__name__}, "
            f"expected {endpoint.typed.returns}"
        )
    validate_raw(case, raw)
