"""The breaking-change gate: stop before the swap on a breaking item, unless accepted.

Also the one breaking item no spec diff finds: a package version going backwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import RegenError
from ..spec import DIST_NAME
from .report import ChangeReport
from .rules import Change, verdict

__all__ = ["GATE_HINT", "check_version_order", "gate", "write_pending"]

GATE_HINT = "review them, then accept with ALLOW_BREAKING=1 make regen, same SPEC_URL (CHANGELOG.md gets the report)"


def gate(
    report: ChangeReport,
    allow_breaking: bool,
    out: Callable[[str], None],
    pending: Path | None = None,
    pending_label: str = "",
) -> None:
    """Stop before the swap on a breaking change, unless accepted; the report is printed first, and
    written in full to `pending` (CHANGELOG.md is not written by a stopped regen)."""
    if not report.breaking:
        return
    if allow_breaking:
        report.notes.append(f"{len(report.breaking)} breaking change(s) accepted with ALLOW_BREAKING=1")
        return
    full_list = write_pending(report, pending, pending_label) if pending is not None else ""
    for line in report.lines(full_list):
        out(line)
    raise RegenError("gate", report.gate_message(full_list), GATE_HINT)


def write_pending(report: ChangeReport, pending: Path, label: str = "") -> str:
    """Write the full report of a regen that stopped (CHANGELOG.md is only written by a swap), and
    return the name to show for it."""
    pending.parent.mkdir(parents=True, exist_ok=True)
    pending.write_text("# Pending changes (not accepted)\n\n" + report.markdown())
    return label or str(pending)


def check_version_order(report: ChangeReport, old_package: str, new_package: str) -> None:
    """A package version going backwards (1.2.4.post1 -> 1.0.0) is a breaking item: pip would not
    upgrade to it, and code pinned to the newer one would stop resolving.

    Judged on `info.version` when both are PEP 440 versions (an unparseable one, `1.2.5-reliability`,
    becomes a `0+...` package version whose order says nothing about the API's).
    """
    from packaging.version import InvalidVersion, Version

    if not report.old_version or not new_package:
        return
    try:
        backwards = Version(report.new_version) < Version(report.old_version)
    except InvalidVersion:
        return
    if backwards:
        report.changes.insert(
            0,
            Change(
                "package version went backwards",
                f"{DIST_NAME} {old_package} -> {new_package}",
                f"the pulled spec's info.version {report.new_version} is older than {report.old_version}",
                breaking=verdict("package version went backwards", set()),
            ),
        )
