"""CHANGELOG.md: one section per regen that changed the client, newest first.

Each section is keyed by the package version, the API's `info.version` and the spec's sha256, and
holds the change report (`ChangeReport.markdown()`) and the generated-file counts. No dates, so the
same regen writes the same bytes. The file goes through the swap transaction with `openapi.json`.
"""

from __future__ import annotations

from pathlib import Path

from ..record import Record
from ..regen_summary import FileChanges
from ..spec import DIST_NAME
from .report import ChangeReport

__all__ = ["HEADER", "section", "changelog_bytes"]

HEADER = """\
# Changelog

Written by `make regen` (`codegen/changes/changelog.py`), newest first: one section per regen that changed
the client, keyed by the package version, the API version (`info.version`) and the spec's sha256.
"Breaking" means code written against the previous `finalpos` may stop working; the rules are in
docs/versioning.md.
"""


def section(record: Record, report: ChangeReport, files: FileChanges) -> str:
    heading = f"## {DIST_NAME} {record.package_version}: API {record.info_version}, spec sha256 {record.spec_sha256}"
    counts = f"generated/: {len(files.added)} added, {len(files.removed)} removed, {len(files.changed)} changed."
    return f"{heading}\n\n{report.markdown()}\n{counts}\n"


def changelog_bytes(path: Path, record: Record, report: ChangeReport, files: FileChanges) -> bytes:
    """The current CHANGELOG.md (or a new one) with this regen's section on top."""
    existing = path.read_text() if path.is_file() else HEADER
    new_section = section(record, report, files)
    marker = existing.find("\n## ")
    if marker == -1:
        text = existing.rstrip("\n") + "\n\n" + new_section
    else:
        text = existing[: marker + 1] + new_section + "\n" + existing[marker + 1 :]
    return text.encode()
