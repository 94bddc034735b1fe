"""The generated models' one parser and serialiser, driven by each model's field declarations.

A generated model is an attrs class (its fields, typed and documented) plus `_declare()`: one `Field`
per spec property (attribute, wire name, kind, required), the kinds built from the constants and
functions below (`STR`, `DATETIME`, `model(Address)`, `list_of(...)`, `union(...)`, `enum(...)`...).
Its `from_dict`/`to_dict`/`to_multipart` call `parse`/`dump`/`multipart` here.

The kinds reproduce openapi-python-client 0.29.1's property templates (construction, type checks,
`to_dict` transforms, multipart parts, union member order), and `parse` the lenient rules of
`_lenient.py`: a value that does not fit leaves the attribute UNSET and the wire value in `.unparsed`
(or raises under strict validation); a required one-value enum (a union's tag) that differs refuses
the whole object, so the union tries its next member.

Speed: the first `from_dict` of a class compiles its parser once from the declarations (as attrs builds
`__init__`): a plain-typed field is one pop and one type test, every other field one call to its
`Field.parse`; the instance is filled slot by slot without running `__init__` again.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping, Sequence
from io import BytesIO
from typing import Any, TypeVar, cast
from uuid import UUID

import attrs

from ._lenient import FIELD_ERRORS, unfit
from ._model_json import model_json
from ._model_repr import model_repr
from .types import UNSET, File, RequestFiles, Unset

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FILE",
    "FLOAT",
    "INT",
    "NONE",
    "STR",
    "UUID_STR",
    "Field",
    "Fields",
    "Kind",
    "Model",
    "OpenModel",
    "const",
    "dump",
    "enum",
    "list_of",
    "model",
    "multipart",
    "parse",
    "union",
]


def _text_part(value: Any) -> Any:
    return (None, str(value).encode(), "text/plain")


class Kind:
    """How one value is checked, built, sent as JSON and as a multipart part (one generator template).

    `fits` is the type test a field's value passes before construction (None: none); `check` the one a
    union applies to a member (they differ for lists: a union checks `list`, a field every item);
    `build` makes the attribute value (None: the value as received); `send` its JSON form (None: as is);
    `types` what `isinstance` picks the member by when a union value is sent.
    """

    __slots__ = ("build", "check", "exact", "fits", "item", "name", "part", "send", "types")

    def __init__(
        self,
        name: str,
        *,
        fits: Callable[[Any], bool] | None = None,
        check: Callable[[Any], bool] | None = None,
        build: Callable[[Any], Any] | None = None,
        send: Callable[[Any], Any] | None = None,
        types: tuple[type, ...] | None = None,
        part: Callable[[Any], Any] = _text_part,
        item: Kind | None = None,
        exact: type | None = None,
    ) -> None:
        self.name = name
        self.fits = fits
        self.check = check if check is not None else fits
        self.build = build
        self.send = send
        self.types = types
        self.part = part
        self.item = item
        """A list's item kind (a list is sent as one multipart part per item)."""
        self.exact = exact
        """A JSON type whose values always pass `fits` (the compiled parser's inline test)."""

    def __repr__(self) -> str:
        return self.name


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _iso(value: Any) -> Any:
    return value.isoformat()


STR = Kind("STR", fits=_is_str, exact=str)
INT = Kind("INT", fits=_is_int, exact=int)
FLOAT = Kind("FLOAT", fits=_is_number, exact=float)
BOOL = Kind("BOOL", fits=_is_bool, exact=bool)
ANY = Kind("ANY")
NONE = Kind("NONE")


def _iso_kind(name: str, cls: type[datetime.date]) -> Kind:
    """A date or date-time: ISO 8601 text on the wire, `cls` in Python."""
    return Kind(
        name,
        fits=_is_str,
        exact=str,
        build=cls.fromisoformat,
        send=_iso,
        types=(cls,),
        part=lambda v: (None, v.isoformat().encode(), "text/plain"),
    )


DATE = _iso_kind("DATE", datetime.date)
DATETIME = _iso_kind("DATETIME", datetime.datetime)
UUID_STR = Kind(
    "UUID", fits=_is_str, exact=str, build=UUID, send=str, types=(UUID,), part=lambda v: (None, str(v), "text/plain")
)
FILE = Kind(
    "FILE",
    fits=lambda v: isinstance(v, bytes),
    build=lambda v: File(payload=BytesIO(v)),
    send=lambda v: v.to_tuple(),
    types=(File,),
    part=lambda v: v.to_tuple(),
)


def model(cls: type[Any]) -> Kind:
    """A nested model: a JSON object, built with its `from_dict`."""
    return Kind(
        cls.__name__,
        fits=lambda v: isinstance(v, dict),
        exact=dict,
        build=cls.from_dict,
        send=lambda v: v.to_dict(),
        types=(cls,),
        part=lambda v: (None, json.dumps(v.to_dict()).encode(), "application/json"),
    )


def enum(cls: type[Any]) -> Kind:
    """A generated Enum: built from its value (an unknown value raises ValueError), sent as `.value`."""
    value_type = type(next(iter(cls.__members__.values())).value)
    return Kind(
        cls.__name__,
        fits=lambda v: isinstance(v, value_type),
        exact=value_type,
        build=cls,
        send=lambda v: v.value,
        types=(cls,),
        part=lambda v: (None, str(v.value).encode(), "text/plain"),
    )


def const(value: Any) -> Kind:
    """A `const` property: the value as received, refused when it differs."""

    def build(v: Any) -> Any:
        if v != value:
            raise ValueError(f"must match const {value!r}, got '{v}'")
        return v

    return Kind(f"const({value!r})", build=build, part=lambda v: (None, v, "text/plain"))


def list_of(item: Kind) -> Kind:
    """A JSON array of `item`s."""
    item_fits, item_build, item_send = item.fits, item.build, item.send

    def fits(v: Any) -> bool:
        return isinstance(v, list) and (item_fits is None or all(item_fits(x) for x in v))

    return Kind(
        f"list_of({item!r})",
        fits=fits,
        check=lambda v: isinstance(v, list),
        build=None if item_build is None else (lambda v: [item_build(x) for x in v]),
        send=None if item_send is None else (lambda v: [item_send(x) for x in v]),
        types=(list,),
        item=item,
    )


def union(*members: Kind) -> Kind:
    """`oneOf`/`anyOf` (and `nullable`): members tried in declaration order, the generator's way.

    A member that builds something (model, enum, date...) is tried when its type test passes (the last
    one without a `try` when no member takes the value as is); a value no such member takes is kept as
    received when some member does (str, int, ...), else the last member's error stands.
    """
    takes_null = any(m is NONE for m in members)
    as_is = any(m.build is None for m in members)
    builders = [m for m in members if m.build is not None]

    def build(v: Any) -> Any:
        if v is None and takes_null:
            return v
        if isinstance(v, Unset):
            return v
        for index, member in enumerate(builders):
            last = index == len(builders) - 1
            if member.check is not None and (not last or as_is):
                try:
                    if not member.check(v):
                        raise TypeError()
                    return member.build(v)  # type: ignore[misc]
                except FIELD_ERRORS:
                    continue
            if member.check is not None and not member.check(v):
                raise TypeError()
            return member.build(v)  # type: ignore[misc]
        return v

    senders = [m for m in members if m.send is not None]
    all_send = len(senders) == len(members)

    def send(v: Any) -> Any:
        for index, member in enumerate(senders):
            if (all_send and index == len(senders) - 1) or isinstance(v, member.types or ()):
                return member.send(v)  # type: ignore[misc]
        return v

    def part(v: Any) -> Any:
        for index, member in enumerate(members):
            last = index == len(members) - 1
            if last or (v is None if member is NONE else isinstance(v, member.types or ())):
                return member.part(v)
        raise TypeError("empty union")  # pragma: no cover (the generator never makes one)

    return Kind(
        f"union{members!r}",
        build=build if builders else None,
        send=send if senders else None,
        types=tuple(t for m in members for t in (m.types or ())),
        part=part,
    )


@attrs.define(frozen=True)
class Field:
    """One spec property of a model: attribute name, wire name, kind, and how lenient parsing treats it."""

    attr: str
    wire: str
    kind: Kind
    required: bool = False
    nullable: bool = False
    """The generator's type says `None` (a nullable field: null is a value, not a mismatch)."""
    tag: str | None = None
    """A required one-value enum's value: another value means the object is another model (a union's tag)."""

    def parse(self, model_name: str, value: Any, unparsed: dict[str, Any]) -> Any:
        """The attribute value for wire `value` (UNSET if absent): see the module docstring."""
        kind = self.kind
        try:
            if value is None and not self.nullable:
                raise TypeError("null")
            if value is UNSET:
                if self.required:
                    raise KeyError(self.wire)
                return UNSET
            if value is not None and kind.fits is not None and not kind.fits(value):
                raise TypeError(self.wire)
            return value if kind.build is None else kind.build(value)
        except FIELD_ERRORS as exc:
            return self.failed(model_name, value, unparsed, exc)

    def failed(self, model_name: str, value: Any, unparsed: dict[str, Any], exc: BaseException) -> Any:
        """`value` did not fit: a tag refuses the object, any other field goes through `unfit`."""
        if self.tag is not None:
            raise TypeError(f"{model_name}: `{self.wire}` is not {self.tag}") from None
        return unfit(model_name, self.wire, value, unparsed, exc)


_EXTRA_SLOTS = {"additional_properties", "unparsed"}


def _compile(cls: type[Any]) -> Callable[[Mapping[str, Any]], Any]:
    """`cls.from_dict` as one function, from `cls._declare()` (see the module docstring)."""
    fields = declared(cls)
    extra = extra_kind(cls)
    slots = attrs.fields(cls)
    by_attr = {f.attr: f for f in fields}
    env: dict[str, Any] = {
        "UNSET": UNSET,
        "FIELD_ERRORS": FIELD_ERRORS,
        "new": object.__new__,
        "cls": cls,
        "name": cls.__name__,
    }
    lines = ["def from_dict(src):"]
    if fields or any(s.name == "additional_properties" for s in slots):
        lines.append("    d = dict(src)")
    else:
        lines.append("    d = {}")
    lines.append("    pop = d.pop")
    lines.append("    unparsed = {}")
    for i, field in enumerate(fields):
        # Inline only the common case (a value of the kind's exact JSON type, or absent when optional);
        # everything else takes Field.parse, the reference path, so both always agree.
        kind = field.kind
        env[f"f{i}"], env[f"exact{i}"], env[f"build{i}"], env[f"fits{i}"] = field, kind.exact, kind.build, kind.fits
        lines.append(f"    v = pop({field.wire!r}, UNSET)")
        if not field.required:
            lines.append("    if v is UNSET:")
            lines.append(f"        a{i} = UNSET")
            branch = "elif"
        else:
            branch = "if"
        if field.nullable or (kind.exact is None and kind.fits is None):
            lines.append(f"    {'else' if branch == 'elif' else 'if True'}:")
        else:
            test = f"v.__class__ is exact{i}" if kind.exact is not None else f"v is not None and fits{i}(v)"
            lines.append(f"    {branch} {test}:")
            if kind.build is None:
                lines.append(f"        a{i} = v")
            else:
                lines.append("        try:")
                lines.append(f"            a{i} = build{i}(v)")
                lines.append("        except FIELD_ERRORS as exc:")
                lines.append(f"            a{i} = f{i}.failed(name, v, unparsed, exc)")
            lines.append("    else:")
        lines.append(f"        a{i} = f{i}.parse(name, v, unparsed)")
    if extra is not None and extra.build is not None:
        env["build_extra"] = extra.build
        lines.append("    d = {k: build_extra(v) for k, v in d.items()}")
    simple = all(s.name in by_attr or s.name in _EXTRA_SLOTS or s.default is not attrs.NOTHING for s in slots)
    if simple:
        # Fill the slots as __init__ would, without calling it: every slot is declared or has a default.
        lines.append("    o = new(cls)")
        index = {f.attr: i for i, f in enumerate(fields)}
        for s in slots:
            if s.name in index:
                lines.append(f"    o.{s.name} = a{index[s.name]}")
            elif s.name == "additional_properties":
                lines.append("    o.additional_properties = d")
            elif s.name == "unparsed":
                lines.append("    o.unparsed = unparsed")
            elif isinstance(s.default, attrs.Factory):  # type: ignore[arg-type]
                env[f"default_{s.name}"] = s.default.factory
                lines.append(f"    o.{s.name} = default_{s.name}()")
            else:
                env[f"default_{s.name}"] = s.default
                lines.append(f"    o.{s.name} = default_{s.name}")
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("    o.__attrs_post_init__()")
    else:  # a subclass with fields of its own: its __init__ decides
        args = ", ".join(f"{f.attr.lstrip('_')}=a{i}" for i, f in enumerate(fields))
        lines.append(f"    o = cls({args})")
        lines.append("    if unparsed:")
        lines.append("        o.unparsed = unparsed")
        if any(s.name == "additional_properties" for s in slots):
            lines.append("    o.additional_properties = d")
    lines.append("    return o")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), f"<finalpos parser of {cls.__qualname__}>", "exec"), env, namespace)  # noqa: S102
    parser: Callable[[Mapping[str, Any]], Any] = namespace["from_dict"]
    return parser


_parsers: dict[type[Any], Callable[[Mapping[str, Any]], Any]] = {}
_declared: dict[type[Any], Sequence[Field]] = {}
_extras: dict[type[Any], Kind | None] = {}


def declared(cls: type[Any]) -> Sequence[Field]:
    """`cls._declare()`, once per class (it imports the nested models, so not at import time)."""
    fields = _declared.get(cls)
    if fields is None:
        fields = _declared[cls] = tuple(cls._declare())
    return fields


def extra_kind(cls: type[Any]) -> Kind | None:
    """The kind of a model's unknown keys when the spec types them (`additionalProperties: {schema}`)."""
    if cls not in _extras:
        declare = getattr(cls, "_declare_extra", None)
        _extras[cls] = None if declare is None else declare()
    return _extras[cls]


def parse(cls: type[Any], src_dict: Mapping[str, Any]) -> Any:
    """`cls.from_dict(src_dict)`: lenient or strict as the current parsing mode says."""
    parser = _parsers.get(cls)
    if parser is None:
        parser = _parsers[cls] = _compile(cls)
    return parser(src_dict)


def dump(obj: Any) -> dict[str, Any]:
    """`obj.to_dict()`: unknown keys, then values kept verbatim, then the set fields in declaration order.

    A required field lenient parsing left UNSET is left out (never sent as a value)."""
    cls = type(obj)
    field_dict: dict[str, Any] = {}
    extra = extra_kind(cls)
    if hasattr(obj, "additional_properties"):
        if extra is not None and extra.send is not None:
            for key, value in obj.additional_properties.items():
                field_dict[key] = extra.send(value)
        else:
            field_dict.update(obj.additional_properties)
    field_dict.update(obj.unparsed)
    for field in declared(cls):
        value = getattr(obj, field.attr)
        if isinstance(value, Unset):
            continue
        send = field.kind.send
        field_dict[field.wire] = value if send is None else send(value)
    return field_dict


def multipart(obj: Any) -> RequestFiles:
    """`obj.to_multipart()`: one part per set field (a list gives one part per item), then unknown keys."""
    cls = type(obj)
    files: RequestFiles = []

    def add(name: str, kind: Kind, value: Any) -> None:
        if kind.item is not None:
            for element in value:
                add(name, kind.item, element)
        else:
            files.append((name, kind.part(value)))

    for field in declared(cls):
        value = getattr(obj, field.attr)
        if field.required or not isinstance(value, Unset):
            add(field.wire, field.kind, value)
    extra = extra_kind(cls) or ANY
    for key, value in getattr(obj, "additional_properties", {}).items():
        add(key, extra, value)
    return files


M = TypeVar("M", bound="Model")
Fields = Sequence[Field]
"""What a model's `_declare()` returns."""


@attrs.define(repr=False)
class Model:
    """What every generated model answers, from its declarations (`_declare()`): the generated class
    (attrs, slotted) holds the spec's fields, this base the behaviour and the fields every model has.

    Its fields are not `__init__` arguments (so they sit before the spec's fields without breaking
    attrs' defaults-last rule); `unparsed` takes part in equality, `_request_id` does not."""

    unparsed: dict[str, Any] = attrs.field(init=False, factory=dict)
    """Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads
    UNSET)."""
    _request_id: str | None = attrs.field(init=False, default=None, eq=False, repr=False)
    """The `x-request-id` of the response this model came from (None for a model you built)."""

    @staticmethod
    def _declare() -> Fields:
        """The spec's properties, in the generator's order (a generated model lists its own)."""
        return ()

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """The model from its JSON object (wire names), leniently unless the client validates strictly."""
        return cast(M, parse(cls, src_dict))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object the API would receive (wire names; never UNSET)."""
        return dump(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """`to_dict()` as JSON text: what the API would receive for this model."""
        return model_json(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return model_repr(self)


@attrs.define(repr=False)
class OpenModel(Model):
    """A model that keeps keys the spec does not list in `additional_properties` (and reads them by key)."""

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    """The object's keys the spec does not list, by wire name, as received (sent back by `to_dict()`)."""

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
