"""report, record and version: the small pieces the regen's output and its "up to date" rest on."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.record import Record, read_record, record_bytes, write_record
from codegen.report import FileChanges, RegenReport, diff_trees
from codegen.version import package_version


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


def test_report_renders_one_screen() -> None:
    report = RegenReport(
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
    lines = report.render().splitlines()
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


def test_record_round_trips_without_timestamps(tmp_path: Path) -> None:
    record = Record(source_url="http://127.0.0.1:1/s.json", etag='"v1"', info_version="1.2.4", spec_sha256="0" * 64)
    path = tmp_path / "openapi.record.json"
    write_record(path, record)
    assert read_record(path) == record
    assert path.read_bytes() == record_bytes(record) == record_bytes(read_record(path))
    assert list(tmp_path.iterdir()) == [path]  # the temporary file was renamed into place


@pytest.mark.parametrize("content", [None, "not json", '{"unknown_key": 1, "info_version": "9"}'])
def test_missing_or_odd_record_reads_as_empty_or_known_fields(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "openapi.record.json"
    if content is not None:
        path.write_text(content)
    expected = Record(info_version="9") if content and "info_version" in content else Record()
    assert read_record(path) == expected


@pytest.mark.parametrize(
    ("api", "previous", "changed", "expected"),
    [
        ("1.2.4", Record(), True, "1.2.4"),  # first build
        ("1.2.5", Record(info_version="1.2.4", package_version="1.2.4.post3"), True, "1.2.5"),  # new API version
        ("1.2.4", Record(info_version="1.2.4", package_version="1.2.4"), False, "1.2.4"),  # nothing changed
        ("1.2.4", Record(info_version="1.2.4", package_version="1.2.4"), True, "1.2.4.post1"),  # pipeline change
        ("1.2.4", Record(info_version="1.2.4", package_version="1.2.4.post1"), True, "1.2.4.post2"),
        ("v2.0", Record(), True, "2.0"),
        ("2024-beta", Record(), True, "0+2024.beta"),
    ],
)
def test_package_version(api: str, previous: Record, changed: bool, expected: str) -> None:
    assert package_version(api, previous, content_changed=changed) == expected
