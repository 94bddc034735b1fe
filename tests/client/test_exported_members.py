"""The public surface of `finalpos` is exactly `__all__`: nothing leaks out, nothing goes missing."""

from __future__ import annotations

import types


def test_all_lists_every_public_name_and_only_those() -> None:
    import finalpos

    public = {
        name
        for name, value in vars(finalpos).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    dunder_versions = {"__api_version__", "__spec_sha256__", "__version__"}
    assert set(finalpos.__all__) == public | dunder_versions
    for name in finalpos.__all__:
        assert hasattr(finalpos, name), name


def test_types_exports_only_what_users_use() -> None:
    # `UNSET` and its type, for `isinstance(x, Unset)` checks: the generator's leftovers (`Response`,
    # `File`, ...) are not part of the surface; `Response` is gone, `File` stays for generated multipart code.
    import finalpos.types

    assert finalpos.types.__all__ == ["UNSET", "FileInput", "Unset"]
    assert not hasattr(finalpos.types, "Response")
    star: dict[str, object] = {}
    exec("from finalpos.types import *", star)
    assert sorted(k for k in star if k != "__builtins__") == ["FileInput", "UNSET", "Unset"]
