"""Deprecated operations: a `DeprecationWarning` the first time each method is called.

The spec marks an operation `deprecated: true`; its method still works (the API still serves it),
and the warning names the method so users can find the calls to move. Once per method per process,
so a loop or a pager does not flood the log; `warnings` filters apply as usual (`-W error` makes it
raise, for a test suite that wants to catch every deprecated call).
"""

from __future__ import annotations

import os
import sys
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
        stacklevel=_callers_level(),
    )


def _callers_level() -> int:
    """The `stacklevel` of the first frame outside the package: the user's call, whether it reached the
    method directly, through a twin, or through a pager's iteration."""
    package = os.path.dirname(os.path.abspath(__file__))
    frame = sys._getframe(1)  # warn_deprecated: level 1 for `warnings.warn`
    level = 1
    while frame.f_back is not None and _inside(frame.f_code.co_filename, package):
        frame = frame.f_back
        level += 1
    return level


def _inside(filename: str, package: str) -> bool:
    return os.path.abspath(filename).startswith(package + os.sep)
