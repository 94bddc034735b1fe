"""Case results and the table `make reliability` prints.

Every case reports how many things it tried, how many ended as they must, and how many were lost
(a request with neither an answer nor a typed error, a half-written tree) or leaked (an fd, a
connection, memory growth, the API key in some output). A case passes when passed == tried and
lost == leaked == 0; `problems` says why not, in words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["CaseResult", "render_table"]


@dataclass
class CaseResult:
    group: str
    case: str
    tried: int = 0
    passed: int = 0
    lost: int = 0
    leaked: int = 0
    figures: str = ""
    """One line of measured figures (elapsed, attempts, fds...), shown in the table."""
    problems: list[str] = field(default_factory=list)

    def check(self, ok: bool, problem: str) -> bool:
        """Count one tried item; record `problem` if it did not end as it must."""
        self.tried += 1
        if ok:
            self.passed += 1
        else:
            self.problems.append(problem)
        return ok

    def lose(self, problem: str, count: int = 1) -> None:
        self.lost += count
        self.problems.append(problem)

    def leak(self, problem: str, count: int = 1) -> None:
        self.leaked += count
        self.problems.append(problem)

    @property
    def ok(self) -> bool:
        return self.tried > 0 and self.passed == self.tried and self.lost == 0 and self.leaked == 0

    def explain(self) -> str:
        counts = f"tried {self.tried}, passed {self.passed}, lost {self.lost}, leaked {self.leaked}"
        head = f"{self.group}/{self.case}: {counts}"
        if self.figures:
            head += f" ({self.figures})"
        return head + "".join(f"\n  - {p}" for p in self.problems[:10])


def render_table(results: Iterable[CaseResult]) -> str:
    rows = list(results)
    out: list[str] = []
    groups: dict[str, list[CaseResult]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    for group, cases in groups.items():
        width = max(len(c.case) for c in cases)
        out.append(f"== {group} ==")
        out.append(f"  {'case':<{width}}  {'tried':>6} {'passed':>6} {'lost':>5} {'leaked':>6}  result  figures")
        for c in cases:
            verdict = "ok" if c.ok else "FAIL"
            out.append(
                f"  {c.case:<{width}}  {c.tried:>6} {c.passed:>6} {c.lost:>5} {c.leaked:>6}  {verdict:<6}  {c.figures}"
            )
            out.extend(f"  {'':<{width}}    ! {p}" for p in c.problems[:5])
        out.append("")
    out.append("== summary per group ==")
    out.append(f"  {'group':<14} {'cases':>5} {'cases ok':>8} {'tried':>7} {'passed':>7} {'lost':>5} {'leaked':>6}")
    for group, cases in groups.items():
        out.append(
            f"  {group:<14} {len(cases):>5} {sum(c.ok for c in cases):>8} {sum(c.tried for c in cases):>7} "
            f"{sum(c.passed for c in cases):>7} {sum(c.lost for c in cases):>5} {sum(c.leaked for c in cases):>6}"
        )
    return "\n".join(out) + "\n"
