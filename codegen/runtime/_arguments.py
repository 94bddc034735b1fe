"""Turning a method's arguments into a request, or an `InvalidArgumentError` before anything is sent.

A model-typed argument takes the model or a plain dict of its wire fields (`billing={"city": "Berlin"}`),
converted with the model's `from_dict`; a list of models takes either per item. Whatever else fails
while the request is built (a wrong type meeting `to_dict()`, say) is caught by `building_request` and
re-raised as `InvalidArgumentError`, so no bare `KeyError`/`TypeError`/`AttributeError` escapes a call.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ._exceptions import InvalidArgumentError
from ._lenient import FIELD_ERRORS, parsing_mode
from .types import Unset

__all__ = ["as_enum", "as_model", "as_model_list", "as_uuid", "building_request", "require_path_param"]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyError) and exc.args:
        return f"missing required field {exc.args[0]!r}"
    return f"{type(exc).__name__}: {exc}"


def require_path_param(name: str, value: object) -> None:
    """An empty path parameter would silently hit another route (`/customer/` is the collection).

    So would "." and "..": URL normalisation removes them (`/session/..` is sent as `/v1/api`).
    UNSET is refused too: an `id` a lenient response lacked (its annotation says `str`) must not be
    sent as the text "UNSET".
    """
    if value is None or isinstance(value, Unset) or value in ("", ".", ".."):
        raise InvalidArgumentError(f"Expected a non-empty value for `{name}` but received {value!r}", argument=name)


def as_model(argument: str, value: Any, model: type[Any]) -> Any:
    """`value` if it is already a `model` (or UNSET), else `model.from_dict(value)` for a dict."""
    if isinstance(value, (model, Unset)):
        return value
    name = model.__name__
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(
            f"`{argument}` must be a {name} or a dict of its fields, not {type(value).__name__}", argument=argument
        )
    try:
        with parsing_mode(strict=True):  # a caller's dict is checked field by field, never kept verbatim
            return model.from_dict(value)
    except FIELD_ERRORS as exc:
        raise InvalidArgumentError(f"`{argument}` is not a valid {name}: {_describe(exc)}", argument=argument) from exc


def as_enum(argument: str, value: Any, enum: type[Any]) -> Any:
    """`value` if it is already a member of `enum` (or UNSET), else the member with that value."""
    if isinstance(value, (enum, Unset)):
        return value
    try:
        return enum(value)
    except (ValueError, TypeError):
        allowed = ", ".join(repr(member.value) for member in enum)
        raise InvalidArgumentError(
            f"`{argument}` must be one of {allowed} (or a {enum.__name__}), not {value!r}", argument=argument
        ) from None


def as_uuid(argument: str, value: Any, kind: type[Any], *, nullable: bool = False) -> Any:
    """A `format: uuid` argument: a `UUID` as is (or UNSET), a str parsed into one (refused if it is not);
    None as is where the spec makes it nullable (the annotation then says `None | UUID | str`)."""
    if isinstance(value, (kind, Unset)) or (value is None and nullable):
        return value
    try:
        return kind(value)
    except (ValueError, TypeError, AttributeError):
        raise InvalidArgumentError(
            f"`{argument}` must be a UUID (or its str), not {value!r}", argument=argument
        ) from None


def as_model_list(argument: str, value: Any, model: type[Any]) -> Any:
    """A list of `model`s from a list whose items are models or dicts (UNSET passes through)."""
    if isinstance(value, Unset):
        return value
    if isinstance(value, (str, bytes, Mapping)) or not hasattr(value, "__iter__"):
        raise InvalidArgumentError(
            f"`{argument}` must be a list of {model.__name__}, not {type(value).__name__}", argument=argument
        )
    return [as_model(f"{argument}[{i}]", item, model) for i, item in enumerate(value)]


@contextmanager
def building_request(label: str) -> Iterator[None]:
    """Around building a request: any shape error becomes an `InvalidArgumentError` naming the method."""
    try:
        yield
    except InvalidArgumentError:
        raise
    except FIELD_ERRORS as exc:
        raise InvalidArgumentError(f"{label}(): the arguments cannot make a request: {_describe(exc)}") from exc
