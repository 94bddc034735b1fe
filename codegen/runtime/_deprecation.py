"""Deprecated operations: a `DeprecationWarning` the first time each method is called.

The spec marks an operation `deprecated: true`; its method still works (the API still serves it),
and the warning names the method so users can find the calls to move. Once per method per process,
so a loop or a pager does not flood the log; `warnings` filters apply as usual (`-W error` makes it
raise, for a test suite that wants to catch every deprecated call).
"""

from __future__ import annotations

import warnings

__all__ = ["warn_deprecated"]

_warned: set[str] = set()


def warn_deprecated(method: str) -> None:
    if method in _warned:
        return
    _warned.add(method)
    warnings.warn(
        f"{method}() calls an operation the API marks deprecated; it may be removed in a later API version",
        DeprecationWarning,
        stacklevel=4,  # the user's call: warn_deprecated <- raw twin <- method <- user code
    )
