"""Which contract kinds passed for which operation, and the summary lines `make test` prints about them.

Two ledgers: the contract suite against Prism (`contract: N/N operations`) and the same suite against
`finalpos.testing` (`contract (finalpos.testing fake): N/N operations`). An operation counts as covered only
when every kind passed for it. `make test` spreads tests over worker processes (pytest-xdist), each with its
own ledgers: a worker hands its ledgers to the controller when it finishes (`export`), the controller adds
them up (`merge`) and prints the summary once (`summary_lines`). A run without workers prints its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from tests.contract.binding import SpecOperation
from tests.contract.findings import unexpressible
from tests.contract.harness import MOCK_RESETS, OPERATIONS

CONTRACT_KINDS = ("examples", "generated", "no-key")
WORKER_OUTPUT_KEY = "finalpos_ledgers"


class Ledger:
    def __init__(self, title: str, label: str) -> None:
        self.title = title
        self.label = label
        self.proved: dict[str, set[SpecOperation]] = defaultdict(set)
        self.ran = False

    def passed(self, kind: str, operation: SpecOperation) -> None:
        assert kind in CONTRACT_KINDS
        self.ran = True
        self.proved[kind].add(operation)

    def covered(self) -> list[SpecOperation]:
        return [op for op in OPERATIONS if all(op in self.proved[k] for k in CONTRACT_KINDS)]

    def lines(self) -> list[str]:
        covered = self.covered()
        lines = [f"{self.label}: {len(covered)}/{len(OPERATIONS)} operations"]
        for op in OPERATIONS:
            if op not in covered:
                missing = [k for k in CONTRACT_KINDS if op not in self.proved[k]]
                lines.append(f"  not covered: {op.label} (missing: {', '.join(missing)})")
        return lines


CONTRACT_LEDGER = Ledger("contract", "contract")
FAKE_LEDGER = Ledger("contract against finalpos.testing", "contract (finalpos.testing fake)")
LEDGERS = (CONTRACT_LEDGER, FAKE_LEDGER)


def export() -> dict[str, Any]:
    """This process's ledgers and findings, as plain data a worker can send to the controller."""
    return {
        "ledgers": [
            {
                "ran": ledger.ran,
                "proved": {k: sorted(op.operation_id for op in ops) for k, ops in ledger.proved.items()},
            }
            for ledger in LEDGERS
        ],
        "mock_resets": list(MOCK_RESETS),
        "unexpressible": dict(unexpressible),
    }


def merge(data: dict[str, Any]) -> None:
    by_id = {op.operation_id: op for op in OPERATIONS}
    for ledger, part in zip(LEDGERS, data.get("ledgers", []), strict=False):
        ledger.ran = ledger.ran or bool(part["ran"])
        for kind, ids in part["proved"].items():
            ledger.proved[kind].update(by_id[i] for i in ids)
    MOCK_RESETS.extend(data.get("mock_resets", []))
    unexpressible.update(Counter(data.get("unexpressible", {})))


def summary_sections() -> list[tuple[str, list[str]]]:
    """(section title, lines) for the terminal summary; empty when no contract test ran."""
    sections: list[tuple[str, list[str]]] = []
    extra: list[str] = []
    if MOCK_RESETS:
        extra.append(f"contract: {len(MOCK_RESETS)} call(s) retried after a mock connection reset:")
        extra.extend(f"  {line}" for line in MOCK_RESETS)
    if unexpressible:
        extra.append(
            f"fuzz: {sum(unexpressible.values())} negative cases in {len(unexpressible)} operations cannot be "
            "passed to the typed method at all (unknown parameter, non-object body or missing required field; "
            "tests/contract/findings.py)"
        )
    if CONTRACT_LEDGER.ran:
        sections.append((CONTRACT_LEDGER.title, CONTRACT_LEDGER.lines() + extra))
    elif extra:
        sections.append(("contract", extra))
    if FAKE_LEDGER.ran:
        sections.append((FAKE_LEDGER.title, FAKE_LEDGER.lines()))
    return sections
