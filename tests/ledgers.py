"""Which contract kinds passed for which operation, and the summary lines `make test` prints about them.

One ledger per mock the contract suite ran against (`contract: N/N operations against Steady; not enforced
by this mock: 48 (no-key 48)`) and one for the same suite against `finalpos.testing`
(`contract (finalpos.testing fake): N/N operations`). An operation counts as covered only when every kind
passed for it, or the mock was found not to enforce what that kind checks (counted on the line, never
silent: the check was learned from the mock before the suite ran; tests/contract/mocks.py). `make test`
spreads tests over worker processes (pytest-xdist), each with its
own ledgers: a worker hands its ledgers to the controller when it finishes (`export`), the controller adds
them up (`merge`) and prints the summary once (`summary_lines`). A run without workers prints its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from tests.contract.binding import SpecOperation
from tests.contract.findings import unexpressible, unrefused_negatives
from tests.contract.harness import MOCK_RESETS, OPERATIONS

CONTRACT_KINDS = ("examples", "generated", "no-key")
WORKER_OUTPUT_KEY = "finalpos_ledgers"


class Ledger:
    def __init__(self, title: str, label: str, against: str = "") -> None:
        self.title = title
        self.label = label
        self.against = against
        """The mock's name, for a contract ledger ("Prism", "Steady", ...)."""
        self.proved: dict[str, set[SpecOperation]] = defaultdict(set)
        self.unenforced: dict[str, set[SpecOperation]] = defaultdict(set)
        self.ran = False

    def passed(self, kind: str, operation: SpecOperation) -> None:
        assert kind in CONTRACT_KINDS
        self.ran = True
        self.proved[kind].add(operation)

    def not_enforced(self, kind: str, operation: SpecOperation) -> None:
        """The mock does not enforce what this kind checks (a key, say): counted, neither passed nor failed."""
        assert kind in CONTRACT_KINDS
        self.ran = True
        self.unenforced[kind].add(operation)

    def _done(self, kind: str, op: SpecOperation) -> bool:
        return op in self.proved[kind] or op in self.unenforced[kind]

    def covered(self) -> list[SpecOperation]:
        return [op for op in OPERATIONS if all(self._done(k, op) for k in CONTRACT_KINDS)]

    def unenforced_count(self) -> int:
        return sum(len(ops) for ops in self.unenforced.values())

    def lines(self) -> list[str]:
        covered = self.covered()
        head = f"{self.label}: {len(covered)}/{len(OPERATIONS)} operations"
        if self.against:
            by_kind = ", ".join(f"{k} {len(self.unenforced[k])}" for k in CONTRACT_KINDS if self.unenforced[k])
            head += f" against {self.against}; not enforced by this mock: {self.unenforced_count()}"
            head += f" ({by_kind})" if by_kind else ""
        lines = [head]
        for op in OPERATIONS:
            if op not in covered:
                missing = [k for k in CONTRACT_KINDS if not self._done(k, op)]
                lines.append(f"  not covered: {op.label} (missing: {', '.join(missing)})")
        return lines

    def export(self) -> dict[str, Any]:
        return {
            "against": self.against,
            "ran": self.ran,
            "proved": {k: sorted(op.operation_id for op in ops) for k, ops in self.proved.items()},
            "unenforced": {k: sorted(op.operation_id for op in ops) for k, ops in self.unenforced.items()},
        }

    def merge(self, part: dict[str, Any]) -> None:
        by_id = {op.operation_id: op for op in OPERATIONS}
        self.ran = self.ran or bool(part["ran"])
        for kind, ids in part["proved"].items():
            self.proved[kind].update(by_id[i] for i in ids)
        for kind, ids in part.get("unenforced", {}).items():
            self.unenforced[kind].update(by_id[i] for i in ids)


CONTRACT_LEDGERS: dict[str, Ledger] = {}
"""Mock name -> its ledger, in the order the mocks were first used."""
FAKE_LEDGER = Ledger("contract against finalpos.testing", "contract (finalpos.testing fake)")


def contract_ledger(name: str, against: str) -> Ledger:
    """The contract ledger of one mock (`name` as in MOCK=..., `against` as the summary names it)."""
    if name not in CONTRACT_LEDGERS:
        CONTRACT_LEDGERS[name] = Ledger(f"contract against {against}", "contract", against)
    return CONTRACT_LEDGERS[name]


def export() -> dict[str, Any]:
    """This process's ledgers and findings, as plain data a worker can send to the controller."""
    return {
        "contract": {name: ledger.export() for name, ledger in CONTRACT_LEDGERS.items()},
        "fake": FAKE_LEDGER.export(),
        "mock_resets": list(MOCK_RESETS),
        "unexpressible": dict(unexpressible),
        "unrefused_negatives": dict(unrefused_negatives),
    }


def merge(data: dict[str, Any]) -> None:
    for name, part in data.get("contract", {}).items():
        contract_ledger(name, part["against"]).merge(part)
    if "fake" in data:
        FAKE_LEDGER.merge(data["fake"])
    MOCK_RESETS.extend(data.get("mock_resets", []))
    unexpressible.update(Counter(data.get("unexpressible", {})))
    unrefused_negatives.update(Counter(data.get("unrefused_negatives", {})))


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
    for label, count in sorted(unrefused_negatives.items()):
        extra.append(
            f"fuzz: {count} negative cases accepted by {label}, which does not validate request bodies "
            "(not enforced by this mock; each answer still checked against the spec)"
        )
    ran = sorted((ledger for ledger in CONTRACT_LEDGERS.values() if ledger.ran), key=lambda ledger: ledger.against)
    for ledger in ran:
        sections.append((ledger.title, ledger.lines()))
    if ran and extra:
        sections[-1][1].extend(extra)
    elif extra:
        sections.append(("contract", extra))
    if FAKE_LEDGER.ran:
        sections.append((FAKE_LEDGER.title, FAKE_LEDGER.lines()))
    return sections
