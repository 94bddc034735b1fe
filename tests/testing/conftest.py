"""finalpos.testing suites: the fake's contract ledger and its `contract (fake): N/N operations` line."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
import schemathesis

from tests.contract.binding import SpecOperation
from tests.contract.harness import OPERATIONS, SPEC, generation_spec

FAKE_CONTRACT_KINDS = ("examples", "generated", "no-key")


class FakeLedger:
    """Which contract kinds passed for which operation against the fake (all three cover an operation)."""

    def __init__(self) -> None:
        self.proved: dict[str, set[SpecOperation]] = defaultdict(set)
        self.ran = False

    def passed(self, kind: str, operation: SpecOperation) -> None:
        assert kind in FAKE_CONTRACT_KINDS
        self.ran = True
        self.proved[kind].add(operation)

    def covered(self) -> list[SpecOperation]:
        return [op for op in OPERATIONS if all(op in self.proved[k] for k in FAKE_CONTRACT_KINDS)]


FAKE_LEDGER = FakeLedger()


def fake_generation_spec() -> dict[str, Any]:
    """The contract suite's generation spec, plus what the fake holds request strings to: where the
    spec's response shows a field as a date or date-time, the request field gets that format too
    (`response_formats` in the fake's route table; the spec alone would let '' through and the fake
    could not answer with it). Everything else is the spec as the Prism suite uses it."""
    from finalpos.testing._routes import TABLE

    derived = generation_spec(SPEC)
    for route in TABLE["routes"]:
        formats = route.get("response_formats") or {}
        if not formats:
            continue
        body = derived["paths"][route["path"]][route["method"].lower()]["requestBody"]["content"]["application/json"]
        schema = body["schema"]
        while "$ref" in schema:
            schema = derived["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        for name, wanted in formats.items():
            schema["properties"][name]["format"] = wanted
    return derived


@pytest.fixture(scope="session")
def positive_schema() -> Any:
    config = schemathesis.Config.from_str('[generation]\nmode = "positive"\nwith-security-parameters = false\n')
    return schemathesis.openapi.from_dict(fake_generation_spec(), config=config)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FAKE_LEDGER.ran:
        return
    covered = FAKE_LEDGER.covered()
    terminalreporter.write_sep("-", "contract against finalpos.testing")
    terminalreporter.write_line(f"contract (finalpos.testing fake): {len(covered)}/{len(OPERATIONS)} operations")
    for op in OPERATIONS:
        if op not in covered:
            missing = [k for k in FAKE_CONTRACT_KINDS if op not in FAKE_LEDGER.proved[k]]
            terminalreporter.write_line(f"  not covered: {op.label} (missing: {', '.join(missing)})")
