"""griffe's findings become one report item per user-facing method, and spec-level items win.

Runs griffe for real on the repository's `generated/` against a copy edited the way a regen would
change it (no full regen: ~1 s per comparison).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.changes import diff_specs, fold, normalised_view, python_surface

from . import specs

GENERATED = specs.REPO_ROOT / "generated"
SESSIONS = Path("finalpos") / "resources" / "sessions.py"


@pytest.fixture
def edited_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED / "finalpos", copy / "finalpos", ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def edit(root: Path, old: str, new: str, count: int) -> None:
    path = root / SESSIONS
    text = path.read_text()
    assert text.count(old) == count, (old, text.count(old))
    path.write_text(text.replace(old, new))


def test_a_signature_change_is_one_item_per_method_and_a_spec_item_takes_its_place(edited_copy: Path):
    # The vendor makes its SessionCreate.closedBy required: `create` and `update` (both send that
    # component: our SessionCreate and SessionUpdate) get a required `closed_by` in all four classes
    # (sync, async, raw, async raw).
    edit(edited_copy, "closed_by: str | Unset = UNSET,", "closed_by: str,", count=8)
    edit(edited_copy, "def retrieve(", "def fetch(", count=4)  # a pipeline-side method rename: no spec change says so
    notes: list[str] = []
    findings = python_surface(GENERATED, edited_copy, "finalpos", notes)
    assert notes == []
    assert len(findings) >= 12, [f.text() for f in findings]  # 8 signature changes + 4 removals

    old = normalised_view(specs.committed())
    new = normalised_view(specs.derived(specs.make_shared_request_field_required))
    spec_items = diff_specs(old, new)
    assert [c.text() for c in spec_items if c.breaking] == [
        "SessionCreate.closedBy (request): field made required",
        "SessionUpdate.closedBy (request): field made required",
    ]

    folded = fold(findings, spec_items, (old, new))
    # The spec item names the field and direction, so the 8 `closed_by` findings fold into it.
    assert folded.items == ["client.sessions.retrieve: removed (sync, async, raw)"]
    assert folded.covered == 8
    assert folded.findings == len(findings)

    # Without the spec change (a pipeline-only regen), each method is still one item, not four.
    alone = fold(findings, [], (old, old))
    assert alone.items == [
        "client.sessions.create: parameter `closed_by` became required (sync, async, raw)",
        "client.sessions.retrieve: removed (sync, async, raw)",
        "client.sessions.update: parameter `closed_by` became required (sync, async, raw)",
    ]
    assert alone.covered == 0
