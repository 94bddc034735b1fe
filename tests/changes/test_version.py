"""The package version from `info.version`: `1.2.4`, then `.post1`, `.post2` for same-API rebuilds."""

from __future__ import annotations

from codegen.record import Record
from codegen.version import package_version, version_module


def test_a_new_api_version_is_the_package_version():
    assert package_version("1.2.5", Record(info_version="1.2.4", package_version="1.2.4"), True) == "1.2.5"
    assert package_version("1.2.4", Record(), True) == "1.2.4"


def test_same_api_version_with_changed_output_counts_post_releases():
    assert package_version("1.2.4", Record(info_version="1.2.4", package_version="1.2.4"), True) == "1.2.4.post1"
    assert package_version("1.2.4", Record(info_version="1.2.4", package_version="1.2.4.post1"), True) == "1.2.4.post2"


def test_unchanged_output_keeps_the_version():
    assert package_version("1.2.4", Record(info_version="1.2.4", package_version="1.2.4.post3"), False) == "1.2.4.post3"


def test_a_new_api_version_resets_post_releases():
    assert package_version("1.3.0", Record(info_version="1.2.4", package_version="1.2.4.post7"), True) == "1.3.0"


def test_non_pep440_api_versions_still_give_a_valid_version():
    from packaging.version import Version

    for api in ("v2.0.1", "2024-05-01", "1.0.0-beta"):
        Version(package_version(api, Record(), True))  # raises InvalidVersion if not PEP 440


def test_version_module_states_all_three():
    namespace: dict[str, str] = {}
    exec(version_module("1.2.5", "1.2.5", "ab" * 32), namespace)
    assert (namespace["__version__"], namespace["__api_version__"], namespace["__spec_sha256__"]) == (
        "1.2.5", "1.2.5", "ab" * 32,
    )  # fmt: skip
