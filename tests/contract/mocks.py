"""The mocks the contract suite runs against, and what each one enforces, learned before any test uses it.

`MOCK=prism,steady,prism-prefixed` (the default: all three) picks local mocks; `MOCK_URL=...` one hosted
mock instead. Mocks differ in what they check about a request: Prism answers 401 without `x-api-key`,
Steady does not check the key at all. The suite asks each mock once (`learn_enforcement`) and a check the
mock does not enforce is reported as "not enforced by this mock" (counted in the ledger), never passed
silently and never failed. What comes back is judged strictly against the spec on every mock.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import httpx
import pytest

from tests.contract.binding import SpecOperation, _resolve
from tests.contract.harness import API_KEY, OPERATIONS, SPEC
from tests.ledgers import contract_ledger
from tests.mock_server import SteadyServer
from tests.prefix_proxy import HOSTED_MOCK_PREFIX, PrefixProxy

__all__ = [
    "MOCK_NAMES",
    "NOT_ENFORCED",
    "PASSED",
    "ContractMock",
    "hosted_mock",
    "keyless_probe",
    "learn_enforcement",
    "on_every_mock",
    "selected_mock_names",
    "started_mocks",
]

MOCK_NAMES = {"prism": "Prism", "steady": "Steady", "prism-prefixed": f"Prism behind {HOSTED_MOCK_PREFIX}"}
"""MOCK=... name -> how the summary names it."""


@dataclass(frozen=True)
class ContractMock:
    name: str
    label: str
    url: str
    enforces_key: bool
    """A call without `x-api-key` is refused (with 401, for the check to pass)."""
    refuses_bad_body: bool
    """A body missing a required field is refused with a 4xx."""


def selected_mock_names() -> list[str]:
    """The local mocks MOCK names (comma-separated), in that order; all of them by default."""
    names = [n.strip() for n in os.environ.get("MOCK", "").split(",") if n.strip()] or list(MOCK_NAMES)
    unknown = [n for n in names if n not in MOCK_NAMES]
    if unknown:
        raise ValueError(f"MOCK={','.join(unknown)}: unknown mock; expected one of {', '.join(MOCK_NAMES)}")
    return names


def keyless_probe() -> SpecOperation:
    """A GET that needs no parameter: any mock can answer it without test data."""
    for op in OPERATIONS:
        parameters = [_resolve(p, SPEC) for p in SPEC["paths"][op.path][op.method].get("parameters", [])]
        if op.method == "get" and "{" not in op.path and not any(p.get("required") for p in parameters):
            return op
    raise AssertionError("no GET without required parameters to probe the key check with")


def _bad_body_probe() -> SpecOperation:
    """A POST whose JSON body has required fields (`{}` is then a bad body). A body written in place
    first: Prism does not check a body given as a `$ref` to another `components/requestBodies` entry."""
    candidates = []
    for op in OPERATIONS:
        if op.method != "post" or not op.has_body:
            continue
        body = SPEC["paths"][op.path][op.method]["requestBody"]
        schema = _resolve(_resolve(body, SPEC).get("content", {}).get("application/json", {}).get("schema"), SPEC)
        if isinstance(schema, dict) and schema.get("required"):
            candidates.append((isinstance(body, dict) and "$ref" in body, op))
    if not candidates:
        raise AssertionError("no operation with a required body field to probe request validation with")
    return min(candidates, key=lambda c: c[0])[1]


def learn_enforcement(name: str, label: str, url: str) -> ContractMock:
    """Ask the mock: does a call without a key get refused? Is a body missing required fields refused?"""
    keyless, bad = keyless_probe(), _bad_body_probe()
    with httpx.Client(timeout=30) as http:
        without_key = http.request(keyless.method.upper(), url + keyless.path)
        missing_fields = http.request(bad.method.upper(), url + bad.path, json={}, headers={"x-api-key": API_KEY})
    return ContractMock(
        name=name,
        label=label,
        url=url,
        enforces_key=not without_key.is_success,
        refuses_bad_body=400 <= missing_fields.status_code < 500,
    )


@contextmanager
def started_mocks(names: list[str], prism_url: Callable[[], str]) -> Iterator[list[ContractMock]]:
    """Start what `names` need (Prism comes from `prism_url`, the shared session fixture), learn each."""
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        for name in names:
            if name == "prism":
                urls[name] = prism_url()
            elif name == "steady":
                steady = SteadyServer().start()
                stack.callback(steady.stop)
                urls[name] = steady.url
            else:
                proxy = PrefixProxy(prism_url()).start()
                stack.callback(proxy.stop)
                urls[name] = proxy.url
        yield [learn_enforcement(name, MOCK_NAMES[name], urls[name]) for name in names]


def hosted_mock(url: str) -> ContractMock:
    return learn_enforcement("hosted", f"MOCK_URL {url}", url)


PASSED, NOT_ENFORCED = "passed", "not enforced"


def on_every_mock(
    mocks: list[ContractMock], kind: str, operation: SpecOperation, check: Callable[[ContractMock], str]
) -> None:
    """Run one contract check against each mock and record its outcome in that mock's ledger; a failure
    on one mock does not hide the others', and the test fails naming every mock that failed."""
    failures = []
    for mock in mocks:
        try:
            outcome = check(mock)
        except (Exception, pytest.fail.Exception) as exc:
            failures.append(f"[{mock.label}] " + "".join(traceback.format_exception_only(exc)).strip())
            continue
        ledger = contract_ledger(mock.name, mock.label)
        if outcome == NOT_ENFORCED:
            ledger.not_enforced(kind, operation)
        else:
            assert outcome == PASSED, outcome
            ledger.passed(kind, operation)
    if failures:
        pytest.fail("\n\n".join(failures), pytrace=False)
