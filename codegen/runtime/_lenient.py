"""Lenient, lossless response parsing (the default) and its strict switch.

Real responses carry nulls and values no spec promises. Each generated model's `from_dict` parses
field by field; a field whose wire value does not fit (a null the spec does not allow, an impossible
date, a scalar where an array is declared, an unknown enum value, a wrong-typed nested object, a
missing required field) goes through `unfit(...)`:

- lenient (default): the attribute reads `UNSET`, the wire value is kept verbatim in
  `model.unparsed[wire_name]` (and `to_dict()` sends it back as received), and the `finalpos` logger
  warns once per model and field: model, field and reason only, never the value or the body.
- strict (`strict_response_validation=True`, and always for dicts a caller passes as arguments): the
  mismatch raises `ResponseMismatch`, which the client turns into `APIResponseValidationError`.

Which mode applies is a context variable the client sets around parsing, so `Model.from_dict(...)`
called directly is lenient, and concurrent async calls with different settings do not interfere.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ._logs import logger

__all__ = ["FIELD_ERRORS", "ResponseMismatch", "is_strict", "parsing_mode", "unfit"]

# What building or sending a model raises on data of the wrong shape: the one tuple every parser,
# union member test and argument conversion catches (finalpos/_models.py, _arguments.py).
FIELD_ERRORS = (TypeError, ValueError, KeyError, AttributeError)

_strict: ContextVar[bool] = ContextVar("finalpos_strict_response_validation", default=False)
_warned: set[tuple[str, str]] = set()


class ResponseMismatch(ValueError):
    """A response value does not fit the spec, under strict validation."""


def is_strict() -> bool:
    return _strict.get()


@contextmanager
def parsing_mode(strict: bool) -> Iterator[None]:
    """Parse in lenient (False) or strict (True) mode inside the block."""
    token = _strict.set(strict)
    try:
        yield
    finally:
        _strict.reset(token)


def _reason(value: object, error: BaseException | str, unset: object) -> str:
    if isinstance(error, str):
        return error
    if value is unset:
        return "missing required field"
    if value is None:
        return "null"
    if isinstance(error, ResponseMismatch):
        return f"nested {error}"
    return f"got {type(value).__name__} ({type(error).__name__})"


def unfit(model: str, wire_name: str, value: object, unparsed: dict[str, Any], error: BaseException | str) -> Any:
    """One field did not fit: raise under strict validation, else keep `value` verbatim, warn once,
    and return UNSET for the attribute (typed Any, so a required field's attribute takes it too)."""
    # Imported here, not at the top: the client imports this module, and `.types` pulls in attrs.
    from .types import UNSET

    reason = _reason(value, error, UNSET)
    if _strict.get():
        raise ResponseMismatch(f"{model}.{wire_name}: {reason}")
    if value is not UNSET:
        unparsed[wire_name] = value
    if (model, wire_name) not in _warned:
        _warned.add((model, wire_name))
        logger.warning(
            "%s.%s: response value does not fit the spec (%s); kept verbatim in .unparsed[%r], attribute reads UNSET"
            " (logged once per model and field)",
            model,
            wire_name,
            reason,
            wire_name,
        )
    return UNSET
