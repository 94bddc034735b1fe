"""The record (`record.py`): what "up to date" rests on, written without timestamps and read forgivingly."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.record import Record, read_record, record_bytes, write_record


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
