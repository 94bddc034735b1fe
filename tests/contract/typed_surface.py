"""Binds each generated operation module to the typed `FinalPOS` method that sends it, by introspection.

A resource's `with_raw_response` class has one method per operation, and each calls
`<generated module>._get_kwargs(...)` through a module-level alias; the method's code names that alias
and its globals resolve it to the module. So `typed_methods()` maps module name -> (resource attribute,
method name) without any hand-written table, and an operation no typed method sends is reported by name.
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from types import CodeType, ModuleType
from typing import Any

import attrs
from finalpos import FinalPOS
from finalpos._response import APIResponse

__all__ = ["TypedMethod", "typed_methods", "typed_kwargs"]


@dataclass(frozen=True)
class TypedMethod:
    resource: str
    name: str
    parameters: tuple[str, ...]
    returns: Any
    """`T` of the method's `APIResponse[T]`."""

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
            params = tuple(p for p in inspect.signature(method).parameters if p != "self")
            for alias in set(_code_names(method.__code__)):
                target = method.__globals__.get(alias)
                if isinstance(target, ModuleType) and hasattr(target, "_get_kwargs"):
                    found[target.__name__] = TypedMethod(resource, name, params, returns)
    return found


def _flat(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def typed_kwargs(method: TypedMethod, plain: dict[str, Any], body_model: Any) -> dict[str, Any]:
    """Keyword arguments for a typed method: path/query values by name, the body model's fields spread out.

    `body_model` is the generated request model built from the wire body (`from_dict`); its fields become
    keyword arguments, and unknown keys go to `custom_fields` where the method takes them.
    """
    by_flat = {_flat(p): p for p in method.parameters}
    kwargs = {by_flat[_flat(k)]: v for k, v in plain.items()}
    if body_model is None:
        return kwargs
    if "body" in method.parameters:
        kwargs["body"] = body_model
        return kwargs
    for field in attrs.fields(type(body_model)):
        if field.name in method.parameters:
            kwargs[field.name] = getattr(body_model, field.name)
    extra = getattr(body_model, "additional_properties", None)
    if extra and "custom_fields" in method.parameters:
        kwargs["custom_fields"] = dict(extra)
    return kwargs
