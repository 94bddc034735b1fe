"""`oneOf`/`anyOf` of models: which member a JSON object is, for responses and request bodies.

The generated models cannot tell on their own: their `from_dict` accepts any object whose required
fields are present, so trying each member in turn returns the first one that happens to fit. Here each
member is described by its wire fields (from the spec, at generation time) and the object is matched
to the one it fits best: every required field present, every fixed value (a one-value enum, the usual
discriminator) equal, then the most fields known to the member and the fewest it does not know.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._exceptions import InvalidArgumentError
from .types import Unset

__all__ = ["UnionMember", "as_union_model", "match_member", "union_parser"]


@dataclass(frozen=True)
class UnionMember:
    model: type[Any]
    required: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    fixed: Mapping[str, Any] = field(default_factory=dict)

    def fits(self, data: Mapping[str, Any]) -> bool:
        return self.required <= data.keys() and all(data.get(k, v) == v for k, v in self.fixed.items())


def match_member(data: Mapping[str, Any], members: Sequence[UnionMember]) -> UnionMember | None:
    """The member `data` fits best (declaration order breaks ties), or None when it fits none."""
    fitting = [m for m in members if m.fits(data)]
    if not fitting:
        return None
    keys = data.keys()
    return max(fitting, key=lambda m: (len(m.fixed.keys() & keys), -len(keys - m.known), len(keys & m.known)))


def _names(members: Sequence[UnionMember]) -> str:
    return " or ".join(m.model.__name__ for m in members)


def union_parser(*members: UnionMember) -> Callable[[httpx.Response], Any]:
    """Parse a 2xx body into the member model it is (a TypeError, reported as a validation error, if none)."""

    def parse(response: httpx.Response) -> Any:
        data = response.json()
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object ({_names(members)}), got {type(data).__name__}")
        member = match_member(data, members)
        if member is None:
            raise TypeError(f"the object fits none of {_names(members)}")
        return member.model.from_dict(data)

    return parse


def as_union_model(argument: str, value: Any, members: Sequence[UnionMember]) -> Any:
    """A member model as is (or UNSET); a dict converted into the member it fits best."""
    if isinstance(value, (Unset, *(m.model for m in members))):
        return value
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(
            f"`{argument}` must be a {_names(members)} or a dict of its fields, not {type(value).__name__}",
            argument=argument,
        )
    member = match_member(value, members)
    if member is None:
        raise InvalidArgumentError(f"`{argument}` fits none of {_names(members)}", argument=argument)
    try:
        return member.model.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidArgumentError(
            f"`{argument}` is not a valid {member.model.__name__}: {type(exc).__name__}: {exc}", argument=argument
        ) from exc
