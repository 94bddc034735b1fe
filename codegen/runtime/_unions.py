"""`oneOf`/`anyOf` of models: which member a JSON object is, for responses and request bodies.

The generated models cannot tell on their own: their `from_dict` accepts any object whose required
fields are present, so trying each member in turn returns the first one that happens to fit. Here each
member is described by its wire fields (from the spec, at generation time) and the object is matched
to the one it fits best: every required field present, every fixed value (a one-value enum, the usual
discriminator) equal, then the most fields known to the member and the fewest it does not know.

A discriminated union (every member has its own fixed value of one property, the tag: how the
normaliser writes a `discriminator`) is matched by the tag alone, never by what fits. A tag no member
knows (a variant newer than this client) is refused under strict validation and otherwise kept as an
`UnknownVariant`, which the method's return type names, so it is never taken for a known member.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._arguments import as_model
from ._exceptions import InvalidArgumentError
from ._lenient import is_strict
from .types import Unset

__all__ = ["UnionMember", "UnknownVariant", "as_union_model", "match_member", "tag_property", "union_parser"]


@dataclass(frozen=True)
class UnionMember:
    model: type[Any]
    required: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    fixed: Mapping[str, Any] = field(default_factory=dict)

    def fits(self, data: Mapping[str, Any]) -> bool:
        return self.required <= data.keys() and all(data.get(k, v) == v for k, v in self.fixed.items())


@dataclass(frozen=True)
class UnknownVariant:
    """A member of a discriminated union that this client does not know (its tag is new), kept as
    received: `tag_property` (wire name), `tag` (its value, None if absent) and `data` (the object)."""

    tag_property: str
    tag: Any
    data: Mapping[str, Any]


def tag_property(members: Sequence[UnionMember]) -> str | None:
    """The wire name whose fixed value tells every member apart (a discriminator), or None."""
    if len(members) < 2:
        return None
    for key in sorted(set.intersection(*(set(m.fixed) for m in members))):
        values = [m.fixed[key] for m in members]
        if len(set(map(repr, values))) == len(values):
            return key
    return None


def match_member(data: Mapping[str, Any], members: Sequence[UnionMember]) -> UnionMember | None:
    """The member `data` is: by its tag in a discriminated union, else the one it fits best
    (declaration order breaks ties); None when it is none of them."""
    tag = tag_property(members)
    if tag is not None:
        return next((m for m in members if tag in data and data[tag] == m.fixed[tag]), None)
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
        if member is not None:
            return member.model.from_dict(data)
        tag = tag_property(members)
        if tag is None:
            raise TypeError(f"the object fits none of {_names(members)}")
        known = ", ".join(repr(m.fixed[tag]) for m in members)
        if is_strict():
            raise TypeError(f"`{tag}` {data.get(tag)!r} is none of {known} ({_names(members)})")
        if (tag, _names(members)) not in _warned:
            _warned.add((tag, _names(members)))
            logger.warning(
                "%s: unknown `%s` (not %s); kept as UnknownVariant (logged once per union)",
                _names(members),
                tag,
                known,
            )
        return UnknownVariant(tag, data.get(tag), data)

    return parse


logger = logging.getLogger("finalpos")
_warned: set[tuple[str, str]] = set()


def as_union_model(argument: str, value: Any, members: Sequence[UnionMember], *, nullable: bool = False) -> Any:
    """A member model as is (or UNSET); a dict converted, strictly, into the member it fits best;
    None as is where the spec makes the field nullable (the annotation then admits None)."""
    if isinstance(value, (Unset, *(m.model for m in members))) or (value is None and nullable):
        return value
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(
            f"`{argument}` must be a {_names(members)} or a dict of its fields, not {type(value).__name__}",
            argument=argument,
        )
    member = match_member(value, members)
    if member is None:
        raise InvalidArgumentError(f"`{argument}` fits none of {_names(members)}", argument=argument)
    return as_model(argument, value, member.model)  # the one strict conversion every model argument takes
