"""Client findings the suite made that are not fixed yet, each with a probe that says whether it is still open.

The regression tests in `test_findings.py` are `xfail(strict=True)`: when the product is fixed they pass,
pytest reports XPASS as a failure, and the marker must go. The fuzz tests tolerate a finding only while its
probe says it is open, and count every case that hit it in the `contract` summary.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from finalpos import FinalPOSError

from tests.contract.binding import discover_endpoints

__all__ = ["F1", "F1_ERRORS", "hits", "request_models", "model_parsing_leaks_builtin_errors"]

F1 = (
    "F1 (client, issue 5): a request model's from_dict() lets KeyError/TypeError/ValueError/AttributeError "
    "escape on invalid data (a missing required key, a non-object body, a non-list for an array) instead of "
    "a FinalPOSError naming the field"
)
F1_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
INVALID_BODIES: tuple[Any, ...] = ({}, [], b"\x00", "text", 0)

hits: Counter[str] = Counter()


def request_models() -> list[Any]:
    """Every request body model the generated operations take (from the generated code, not a list)."""
    return sorted({e.body_type for e in discover_endpoints() if e.body_type is not None}, key=lambda t: t.__name__)


@cache
def model_parsing_leaks_builtin_errors() -> bool:
    """Probe for F1: does any request model's `from_dict` raise a builtin error on invalid data?"""
    for model in request_models():
        for body in INVALID_BODIES:
            try:
                model.from_dict(body)
            except FinalPOSError:
                continue
            except F1_ERRORS:
                return True
    return False
