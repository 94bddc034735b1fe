"""The regen's summary (`regen_summary.py`): which files changed, and one screen saying what the regen did."""

from __future__ import annotations

from pathlib import Path

from codegen.regen_summary import FileChanges, RegenSummary, diff_trees


def test_diff_trees_lists_added_removed_changed_and_ignores_caches(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for root in (old, new):
        (root / "pkg" / "__pycache__").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n")
    (old / "pkg" / "gone.py").write_text("")
    (new / "pkg" / "fresh.py").write_text("")
    (old / "pkg" / "edit.py").write_text("a = 1\n")
    (new / "pkg" / "edit.py").write_text("a = 2\n")
    (new / "pkg" / "__pycache__" / "same.cpython-311.pyc").write_bytes(b"\0")
    changes = diff_trees(old, new)
    assert (changes.added, changes.removed, changes.changed) == (["pkg/fresh.py"], ["pkg/gone.py"], ["pkg/edit.py"])
    assert not diff_trees(old, old).any


def test_summary_renders_one_screen() -> None:
    summary = RegenSummary(
        title="Final POS API",
        api_version="1.2.5",
        package_version="1.2.5",
        spec_sha256="ab" * 32,
        source_url="http://127.0.0.1:1/openapi.json",
        operations=48,
        models=59,
        files=FileChanges(added=[f"m{i}.py" for i in range(14)], changed=["pyproject.toml"]),
        notes=["normalise: 1 inline schemas -> 1 named components"],
    )
    lines = summary.render().splitlines()
    assert (
        lines[0] == "spec:       Final POS API 1.2.5 (sha256 abababababababab...) from http://127.0.0.1:1/openapi.json"
    )
    assert lines[1] == "package:    finalpos-client 1.2.5: 48 operations, 59 models"
    assert lines[2] == "generated/: 14 added, 0 removed, 1 changed"
    assert lines[3:15] == [f"  + m{i}.py" for i in range(12)]
    assert lines[15:] == [
        "  + ... and 2 more",
        "  ~ pyproject.toml",
        "normalise: 1 inline schemas -> 1 named components",
    ]
