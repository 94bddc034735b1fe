"""griffe's findings become one report item per user-facing method, and spec-level items win.

Runs griffe for real on the repository's `generated/` against a copy edited the way a regen would
change it (no full regen: ~1 s per comparison).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.changes import diff_specs, fold, normalised_view, python_surface
from codegen.changes.python_surface import SurfaceFinding

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
    # component: our SessionCreate and SessionUpdate) get a required `closed_by` in both classes
    # (sync, async; the raw twins wrap those methods).
    edit(edited_copy, "closed_by: str | Unset = UNSET,", "closed_by: str,", count=4)
    edit(edited_copy, "def retrieve(", "def fetch(", count=2)  # a pipeline-side method rename: no spec change says so
    notes: list[str] = []
    findings = python_surface(GENERATED, edited_copy, "finalpos", notes)
    assert notes == []
    assert len(findings) >= 6, [f.text() for f in findings]  # 4 signature changes + 2 removals

    old = normalised_view(specs.committed())
    new = normalised_view(specs.derived(specs.make_shared_request_field_required))
    spec_items = diff_specs(old, new)
    assert [c.text() for c in spec_items if c.breaking] == [
        "SessionCreate.closedBy (request): field made required",
        "SessionUpdate.closedBy (request): field made required",
    ]

    folded = fold(findings, spec_items, (old, new))
    # The spec item names the field and direction, so the 4 `closed_by` findings fold into it.
    assert folded.items == ["client.sessions.retrieve: removed (sync, async)"]
    assert folded.covered == 4
    assert folded.findings == len(findings)

    # Without the spec change (a pipeline-only regen), each method is still one item, not two.
    alone = fold(findings, [], (old, old))
    assert alone.items == [
        "client.sessions.create: parameter `closed_by` became required (sync, async)",
        "client.sessions.retrieve: removed (sync, async)",
        "client.sessions.update: parameter `closed_by` became required (sync, async)",
    ]
    assert alone.covered == 0


def test_a_change_on_a_raw_or_streaming_twin_is_never_an_item_of_its_own() -> None:
    # The twins wrap the resource methods (`self.create = to_raw_response_wrapper(sessions.create)`): the
    # release that made them wrappers changed their kind and constructor, and no call of theirs broke.
    twin_findings = [
        SurfaceFinding("finalpos.resources.sessions.SessionsWithRawResponse.create", "OBJECT_CHANGED_KIND"),
        SurfaceFinding(
            "finalpos.resources.sessions.AsyncSessionsWithRawResponse.__init__", "PARAMETER_REMOVED", "client"
        ),
        SurfaceFinding("finalpos.resources.documents.DocumentsWithStreamingResponse.retrieve", "OBJECT_CHANGED_KIND"),
    ]
    old = normalised_view(specs.committed())
    folded = fold(twin_findings, [], (old, old))
    assert (folded.items, folded.twins, folded.covered) == ([], 3, 0)


def test_a_base_class_spelled_without_slots_is_no_finding_but_a_removed_field_is(tmp_path: Path) -> None:
    # The models' base classes are attrs classes: attrs writes `__slots__` when it builds them, so the
    # source no longer says `__slots__ = ()` (which griffe, reading source only, calls a removal on every
    # model); a user's model still has its slots. A field that really goes is still reported.
    old, new = tmp_path / "old", tmp_path / "new"
    for root, slots, field in ((old, "    __slots__ = ()\n", "    city: str = ''\n"), (new, "", "")):
        package = root / "pkg"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("from .models import Address, Base\n")
        (package / "models.py").write_text(
            f"class Base:\n{slots}    def to_dict(self) -> dict: ...\n\n\nclass Address(Base):\n{field}    x: int = 0\n"
        )
    notes: list[str] = []
    findings = python_surface(old, new, "pkg", notes)
    assert notes == []
    assert [(f.path, f.kind) for f in findings] == [("pkg.models.Address.city", "OBJECT_REMOVED")]


def test_a_removed_module_type_variable_is_no_finding_but_a_removed_constant_is(tmp_path: Path) -> None:
    # Each model module used to carry the generator's `T = TypeVar("T", bound=...)` for its own
    # signatures; no caller can use it, so dropping it is not breaking. A real module constant still is.
    old, new = tmp_path / "old", tmp_path / "new"
    for root, extra in (
        (old, 'T = TypeVar("T", bound="Address")\nLIMIT = 10\n'),
        (new, ""),
    ):
        package = root / "pkg"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("from .models import Address\n")
        (package / "models.py").write_text(f"from typing import TypeVar\n\n{extra}\n\nclass Address:\n    x: int = 0\n")
    notes: list[str] = []
    findings = python_surface(old, new, "pkg", notes)
    assert notes == []
    assert [(f.path, f.kind) for f in findings] == [("pkg.models.LIMIT", "OBJECT_REMOVED")]
