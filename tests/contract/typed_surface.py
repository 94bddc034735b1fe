"""The typed `FinalPOS` methods, each with the operation it sends, by introspection.

A resource class has one method per operation, and its docstring states the operation's verb and path
(`` `PUT /v1/api/customer/{id}` ``), as its body does. So `typed_methods()` lists every method with its
route without any hand-written table, and `binding.py` pairs them with the spec's operations. The suite
calls the method's `with_raw_response` twin (same signature), to read the response.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import re
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import CodeType, UnionType
from typing import Any, cast

from finalpos import FinalPOS
from finalpos._cursor_pagination import SyncCursorPager
from finalpos._pagination import SyncPager
from schemathesis.transport.serialization import Binary

__all__ = ["TypedMethod", "Unexpressible", "typed_methods", "typed_kwargs"]


# The route a resource method's docstring states (codegen/templates/surface/resource.py.jinja).
_ROUTE_IN_DOC = re.compile(r"`(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) (/[^`\s]*)`")


@dataclass(frozen=True)
class TypedMethod:
    resource: str
    name: str
    parameters: tuple[str, ...]
    required: tuple[bool, ...]
    returns: Any
    """`T` of the raw twin's `APIResponse[T]`: what the method returns, a pager's one page `list[X]`."""
    hints: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Argument name -> its annotation: wire strings become the dates/enums a user passes."""
    http_method: str = ""
    """The operation's verb, lower-case, and its path template (the spec's)."""
    path: str = ""
    positional: tuple[str, ...] = ()
    """The path arguments, in URL order."""
    body_type: Any = None
    """The request body's type: its model class (built from the keyword arguments), or the `body`
    argument's annotation; None for an operation without a body."""

    @property
    def label(self) -> str:
        return f"client.{self.resource}.{self.name}"

    def bind(self, client: FinalPOS) -> Any:
        return getattr(getattr(client, self.resource).with_raw_response, self.name)


def _code_names(code: CodeType) -> Iterator[str]:
    yield from code.co_names
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _code_names(const)


def _builds_body(code: CodeType) -> bool:
    return "_body" in code.co_varnames or any(isinstance(c, CodeType) and _builds_body(c) for c in code.co_consts)


def _body_type(method: Any, hints: dict[str, Any]) -> Any:
    """The body argument's annotation; else the model the method builds its `_body` from: the first model
    class its code names (the call `Model(field=..., ...)` is loaded before its fields' converters)."""
    if "body" in hints:
        return hints["body"]
    if not _builds_body(method.__code__):
        return None
    for name in _code_names(method.__code__):
        target = method.__globals__.get(name)
        if isinstance(target, type) and hasattr(target, "from_dict") and hasattr(target, "to_dict"):
            return target
    return None


def typed_methods() -> dict[str, TypedMethod]:
    """`client.<resource>.<method>` -> the typed method (called on `with_raw_response`) and its route."""
    found: dict[str, TypedMethod] = {}
    for resource, prop in vars(FinalPOS).items():
        if not isinstance(prop, cached_property):
            continue
        resource_cls = typing.get_type_hints(prop.func)["return"]
        for name, method in inspect.getmembers(resource_cls, inspect.isfunction):
            route = _ROUTE_IN_DOC.search(inspect.getdoc(method) or "")
            if name.startswith("_") or route is None:
                continue
            hints = typing.get_type_hints(method)
            returns = hints["return"]
            if typing.get_origin(returns) in (SyncPager, SyncCursorPager):
                returns = list[typing.get_args(returns)[0]]  # type: ignore[valid-type]
            signature = [p for p in inspect.signature(method).parameters.values() if p.name != "self"]
            params = tuple(p.name for p in signature)
            required = tuple(p.default is inspect.Parameter.empty for p in signature)
            positional = tuple(p.name for p in signature if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD)
            typed = TypedMethod(
                resource,
                name,
                params,
                required,
                returns,
                hints,
                http_method=route[1].lower(),
                path=route[2],
                positional=positional,
                body_type=_body_type(method, hints),
            )
            found[typed.label] = typed
    return found


def _flat(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class Unexpressible(Exception):
    """A case the typed surface's own signature cannot take (a non-object body, a missing required field)."""


def typed_kwargs(method: TypedMethod, plain: dict[str, Any], body: Any) -> dict[str, Any]:
    """Keyword arguments for a typed method, as a user would write them: path/query values by name, the
    wire body's fields spread out as keyword arguments with their wire values (nested objects stay dicts:
    the method takes a dict where it takes a model), unknown keys as `custom_fields` where it takes them
    (elsewhere left out, as no argument takes them).

    Raises `Unexpressible` when no call of the method could carry the case.
    """
    by_flat = {_flat(p): p for p in method.parameters}

    def argument(key: str) -> str | None:
        # The exact name first: `mixed_case` and `mixedCase` may both be arguments (flat names collide).
        return key if key in method.parameters else by_flat.get(_flat(key))

    unknown = sorted(k for k in plain if argument(k) is None)
    if unknown:
        raise Unexpressible(f"{method.label} takes no argument for parameters {unknown}")
    kwargs = {cast(str, argument(k)): v for k, v in plain.items()}
    if body is None:
        return _bindable(method, kwargs)
    if "body" in method.parameters:
        kwargs["body"] = body
        return _bindable(method, kwargs)
    if not isinstance(body, dict):
        raise Unexpressible(f"{method.label} takes the body as keyword arguments; the case sends {type(body).__name__}")
    extra: dict[str, Any] = {}
    for key, value in body.items():
        # A body field that clashes with a path/query name is `body_<name>=` (codegen/surface/collect.py).
        name = by_flat.get("body" + _flat(key)) or by_flat.get(_flat(key))
        if name is None or name in ("timeout", "custom_fields"):
            extra[key] = value
        else:
            kwargs[name] = value
    if extra and "custom_fields" in method.parameters:
        kwargs["custom_fields"] = extra
    # Elsewhere unknown keys have no argument to go to, so a user cannot send them: left out.
    return _bindable(method, kwargs)


def _typed_value(value: Any, hint: Any) -> Any:
    """A wire value (schemathesis sends dates, enum values and header numbers as JSON/text) as the Python
    value the annotation asks for, as a user would write it; anything else stays as it is."""
    if isinstance(value, Binary):  # a `format: binary` value: the user passes its bytes
        return value.data
    if isinstance(value, str) and _takes_bytes_not_str(hint):
        # A text body of a media type the client sends as given (`FileInput`): the user passes its bytes.
        return value.encode()
    if isinstance(value, list):
        items = [a for a in typing.get_args(hint) if typing.get_origin(a) is list] or [hint]
        if typing.get_origin(items[0]) is list:
            (item,) = typing.get_args(items[0])
            return [_typed_value(v, item) for v in value]
        return value
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, UnionType) else (hint,)
    if isinstance(value, dict) and not any(o is Any or typing.get_origin(o) in (Mapping, dict) for o in options):
        # An object the argument takes only as a model (an object query parameter): the user builds it.
        models = [o for o in options if isinstance(o, type) and hasattr(o, "from_dict")]
        return models[0].from_dict(value) if models else value
    if not isinstance(value, (str, int, float)) or any(
        o in (str, Any) or (isinstance(o, type) and isinstance(value, o)) for o in options
    ):
        return value
    for option in options:
        if isinstance(option, type) and issubclass(option, enum.Enum):
            for member in option:
                if member.value == value or str(member.value) == str(value):
                    return member
        if option is datetime.datetime and isinstance(value, str):
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        if option is datetime.date and isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
    return value


def _takes_bytes_not_str(hint: Any) -> bool:
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, UnionType) else (hint,)
    return bytes in options and str not in options and Any not in options


def _bindable(method: TypedMethod, kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs = {k: _typed_value(v, method.hints[k]) if k in method.hints else v for k, v in kwargs.items()}
    required = [p for p, needed in zip(method.parameters, method.required, strict=True) if needed]
    missing = [p for p in required if p not in kwargs]
    if missing:
        raise Unexpressible(f"{method.label} requires {missing}; the case has no value for them")
    return kwargs
