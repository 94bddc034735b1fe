"""Stage 8, report: the regen summary, one screen saying what the regen did.

The spec's title, version and sha256, how many operations and models, and which files under
`generated/` were added, removed or changed. Other stages contribute their own lines (normalise,
lint, surface, API changes) through `RegenSummary.notes`; the API change report itself is
`changes/report.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .fingerprint import tree_files
from .spec import DIST_NAME

__all__ = ["FileChanges", "RegenSummary", "diff_trees"]

MAX_LISTED = 12


@dataclass
class FileChanges:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def diff_trees(old: Path, new: Path) -> FileChanges:
    old_files = {str(p) for p in tree_files(old)}
    new_files = {str(p) for p in tree_files(new)}
    changes = FileChanges(added=sorted(new_files - old_files), removed=sorted(old_files - new_files))
    for name in sorted(old_files & new_files):
        if (old / name).read_bytes() != (new / name).read_bytes():
            changes.changed.append(name)
    return changes


@dataclass
class RegenSummary:
    title: str = ""
    api_version: str = ""
    package_version: str = ""
    spec_sha256: str = ""
    source_url: str = ""
    operations: int = 0
    models: int = 0
    files: FileChanges = field(default_factory=FileChanges)
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [
            f"spec:       {self.title} {self.api_version} (sha256 {self.spec_sha256[:16]}...) from {self.source_url}",
            f"package:    {DIST_NAME} {self.package_version}: {self.operations} operations, {self.models} models",
            f"generated/: {len(self.files.added)} added, {len(self.files.removed)} removed, "
            f"{len(self.files.changed)} changed",
        ]
        for label, names in (("+", self.files.added), ("-", self.files.removed), ("~", self.files.changed)):
            for name in names[:MAX_LISTED]:
                lines.append(f"  {label} {name}")
            if len(names) > MAX_LISTED:
                lines.append(f"  {label} ... and {len(names) - MAX_LISTED} more")
        lines.extend(self.notes)
        return "\n".join(lines)
