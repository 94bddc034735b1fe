"""The package version (`version.py`): the API's version, `.postN` when only the package changed."""

from __future__ import annotations

import pytest

from codegen.record import Record
from codegen.version import package_version


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
