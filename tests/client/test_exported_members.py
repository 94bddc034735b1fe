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
    lazy = set(finalpos._LAZY)  # imported on first access (PEP 562), so not yet in vars()
    assert set(finalpos.__all__) == (public | lazy | dunder_versions)
    for name in finalpos.__all__:
        assert hasattr(finalpos, name), name
