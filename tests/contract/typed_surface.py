"""Binds each generated operation module to the typed `FinalPOS` method that sends it, by introspection.

A resource's `with_raw_response` class has one method per operation, and each calls
`<generated module>._get_kwargs(...)` through a module-level alias; the method's code names that alias
and its globals resolve it to the module. So `typed_methods()` maps module name -> (resource attribute,
method name) without any hand-written table, and an operation no typed method sends is reported by name.
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
from types import CodeType, ModuleType, UnionType
from typing import Any, cast

from finalpos import FinalPOS
from finalpos._response import APIResponse
from schemathesis.transport.serialization import Binary

__all__ = ["TypedMethod", "Unexpressible", "typed_methods", "typed_kwargs"]


@dataclass(frozen=True)
class TypedMethod:
    resource: str
    name: str
    parameters: tuple[str, ...]
    required: tuple[bool, ...]
    returns: Any
    """`T` of the method's `APIResponse[T]`."""
    hints: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Argument name -> its annotation: wire strings become the dates/enums a user passes."""

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


def typed_methods() -> dict[str, TypedMethod]:
    """Generated module name -> the typed method (on `with_raw_response`) that sends it."""
    found: dict[str, TypedMethod] = {}
    for resource, prop in vars(FinalPOS).items():
        if not isinstance(prop, cached_property):
            continue
        resource_cls = typing.get_type_hints(prop.func)["return"]
        raw_cls = typing.get_type_hints(resource_cls.with_raw_response.func)["return"]
        for name, method in inspect.getmembers(raw_cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            hints = typing.get_type_hints(method)
            returns = typing.get_args(hints["return"])[0] if typing.get_origin(hints["return"]) is APIResponse else Any
            signature = [p for p in inspect.signature(method).parameters.values() if p.name != "self"]
            params = tuple(p.name for p in signature)
            required = tuple(p.default is inspect.Parameter.empty for p in signature)
            for alias in set(_code_names(method.__code__)):
                target = method.__globals__.get(alias)
                if isinstance(target, ModuleType) and hasattr(target, "_get_kwargs"):
                    found[target.__name__] = TypedMethod(resource, name, params, required, returns, hints)
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
