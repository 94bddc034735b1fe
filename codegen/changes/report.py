"""The change report: what one regen changes for code using `finalpos`, for the console and CHANGELOG.md.

`compare()` gathers the three sources (the structural diff, griffe on the packages, `redocly diff`)
into one `ChangeReport`; the report formats itself for the console (one screen), CHANGELOG.md
(complete) and the gate's one-line refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec import PACKAGE
from ..spec_view import named_view, normalised_view
from ..workspace import OVERRIDES_DIR
from .diff import diff_specs
from .names import with_moved_names
from .python_surface import fold, python_surface
from .redocly import redocly_diff
from .rules import Change
from .settings import settings_items

__all__ = ["ChangeReport", "compare", "spec_only_report"]

MAX_CONSOLE_ITEMS = 25
MAX_GATE_ITEMS = 5
MAX_GATE_ITEM = 160


@dataclass
class ChangeReport:
    old_version: str = ""
    new_version: str = ""
    spec_changed: bool = True
    changes: list[Change] = field(default_factory=list)
    surface: list[str] = field(default_factory=list)
    """Breakages griffe found in the generated package's public Python API, one per user-facing object
    (`python_surface.fold`), minus those a spec-level item already reports."""
    redocly: str = ""
    """One-line summary of `redocly diff` (or why it did not run)."""
    redocly_major: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    impact: list[str] = field(default_factory=list)
    """What the bump breaks in the user's app (`APP=`, `impact.py`): console only, never CHANGELOG.md."""

    @property
    def breaking(self) -> list[str]:
        """What breaks callers. Python-surface findings gate only when the API changed (see docs/versioning.md)."""
        items = [c.text() for c in self.changes if c.breaking]
        if self.spec_changed:
            items += [f"python surface: {s}" for s in self.surface]
        return items

    @property
    def not_breaking(self) -> list[str]:
        return [c.text() for c in self.changes if not c.breaking]

    def summary(self) -> str:
        if not self.spec_changed:
            found = f"{len(self.surface)} finding(s), not gated" if self.surface else "nothing breaks"
            return (
                f"changes:    pipeline-only regen, API {self.new_version} unchanged; python surface (griffe): {found}"
            )
        head = f"changes:    API {self.old_version or '(none)'} -> {self.new_version}"
        return f"{head}: {len(self.breaking)} breaking, {len(self.not_breaking)} not breaking for code using finalpos"

    def lines(self, full_list: str = "CHANGELOG.md") -> list[str]:
        """The console report (one screen): breaking items first, the tools' verdicts last.

        `full_list` names the file that really holds every item (CHANGELOG.md once swapped, the pending
        report when the gate stopped); empty when no file does.
        """
        out = [self.summary()]
        items = [f"  BREAKING {b}" for b in self.breaking] + [f"  ok       {n}" for n in self.not_breaking]
        out.extend(items[:MAX_CONSOLE_ITEMS])
        if len(items) > MAX_CONSOLE_ITEMS:
            where = f" (all listed in {full_list})" if full_list else ""
            out.append(f"  ... and {len(items) - MAX_CONSOLE_ITEMS} more{where}")
        if not self.spec_changed:
            out.extend(f"  python surface: {s}" for s in self.surface[:MAX_CONSOLE_ITEMS])
        if self.redocly:
            out.append(f"  redocly diff: {self.redocly}")
        out.extend(f"  {n}" for n in self.notes)
        return out + self.impact

    def markdown(self) -> str:
        """The same report for CHANGELOG.md (complete, no cap)."""
        parts = [self.summary().removeprefix("changes:").strip().rstrip(".") + "."]
        for title, items in (("Breaking", self.breaking), ("Not breaking", self.not_breaking)):
            if items:
                parts.append(f"\n{title}:\n\n" + "\n".join(f"- {i}" for i in items))
        if not self.spec_changed and self.surface:
            parts.append(
                "\nPython surface changes from the pipeline (griffe):\n\n" + "\n".join(f"- {s}" for s in self.surface)
            )
        if self.redocly:
            parts.append(f"\n`redocly diff`: {self.redocly}")
            if self.redocly_major:
                parts.append("\n".join(f"- {m}" for m in self.redocly_major))
        if self.notes:
            parts.append("\n" + "\n".join(f"- {n}" for n in self.notes))
        return "\n".join(parts) + "\n"

    def gate_message(self, full_list: str = "") -> str:
        """One bounded line: the count, the first few items (each shortened), and where the rest are."""
        items = self.breaking
        shown = "; ".join(_shorten(i, MAX_GATE_ITEM) for i in items[:MAX_GATE_ITEMS])
        rest = len(items) - MAX_GATE_ITEMS
        more = f"; and {rest} more" if rest > 0 else ""
        where = f" (full report: {full_list})" if full_list else ""
        return f"{len(items)} breaking change(s) for code using finalpos: {shown}{more}{where}"


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 3].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:(") + "..."


def compare(
    old_spec: dict[str, Any] | None,
    new_spec: dict[str, Any],
    old_dist: Path,
    new_dist: Path,
    scratch: Path | None = None,
    *,
    spec_changed: bool = True,
    overrides_dir: Path | None = None,
    names: dict[str, str] | None = None,
) -> ChangeReport:
    """The change report between the committed spec/package and the freshly built ones.

    `names`: the model names the build kept (`spec_view.names_to_keep`); both specs are read with them,
    so the old view is the committed package's and the new one the build's.
    """
    new_version = str((new_spec.get("info") or {}).get("version", ""))
    old_version = str(((old_spec or {}).get("info") or {}).get("version", ""))
    report = ChangeReport(old_version=old_version, new_version=new_version, spec_changed=spec_changed)
    findings = []
    if old_dist.is_dir() and new_dist.is_dir():
        findings = python_surface(old_dist, new_dist, PACKAGE, report.notes)
    old_view = normalised_view(old_spec, overrides_dir, names) if old_spec is not None else {}
    new = named_view(new_spec, overrides_dir or OVERRIDES_DIR, names=names)
    new_view = new.spec
    if spec_changed and old_spec is not None:
        report.changes = with_moved_names(diff_specs(old_view, new_view), new.moved)
        report.changes += settings_items(old_spec, new_spec)
        report.changes.sort(key=lambda c: not c.breaking)
    folded = fold(findings, report.changes, (old_view, new_view))
    report.surface = folded.items
    if folded.twins:
        report.notes.append(
            f"python surface (griffe): {folded.twins} finding(s) on the with_raw_response/with_streaming_response "
            "classes, not items: each member wraps the resource method of its name, whose findings are listed"
        )
    if folded.covered:
        rest = f", the rest as {len(folded.items)} `python surface` item(s)" if folded.items else ""
        report.notes.append(
            f"python surface (griffe): {folded.findings} finding(s), {folded.covered} of them already reported above "
            f"by the spec diff{rest}"
        )
    if not spec_changed:
        report.notes.extend(f"model name moved: {line}" for line in new.moved)
        return report
    if old_spec is None:
        report.notes.append("first snapshot: nothing to compare against")
        return report
    if scratch is not None:
        report.redocly, report.redocly_major = redocly_diff(old_spec, new_spec, scratch)
    if report.redocly_major and not report.breaking:
        report.notes.append(
            "redocly rates this a major change but no rule above breaks client code (its items are in CHANGELOG.md)"
        )
    return report


def spec_only_report(
    old_spec: dict[str, Any] | None,
    new_spec: dict[str, Any],
    overrides_dir: Path | None = None,
    names: dict[str, str] | None = None,
) -> ChangeReport:
    """The structural part alone, for when the build stopped early (override drift) and no package exists."""
    report = ChangeReport(
        old_version=str(((old_spec or {}).get("info") or {}).get("version", "")),
        new_version=str((new_spec.get("info") or {}).get("version", "")),
    )
    if old_spec is not None:
        new = named_view(new_spec, overrides_dir or OVERRIDES_DIR, names=names)
        old_view = normalised_view(old_spec, overrides_dir, names)
        report.changes = with_moved_names(diff_specs(old_view, new.spec), new.moved)
        report.changes += settings_items(old_spec, new_spec)
        report.changes.sort(key=lambda c: not c.breaking)
    return report
