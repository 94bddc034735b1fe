"""The data model of the surface: resources, their methods, and the methods' parameters.

`collect.py` builds it from the generator's parsed endpoints; `render.py` hands it to the templates,
which spell it in Python (and in `api.md`). Type strings are the generator's annotations.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from typing import Any

from .naming import class_name

__all__ = ["Param", "Method", "Parser", "UnionMember", "Resource"]


@dataclass
class Param:
    """One argument of a method."""

    name: str  # the Python argument name
    type: str  # the generator's annotation (for a union body: without `None`)
    required: bool
    target: str = ""  # the name the body model takes, when it differs (a body field renamed `body_<name>`)
    # The runtime helper that checks the value and builds `model` from a plain value or a dict, so the
    # argument also takes those: "as_enum", "as_model", "as_model_list", "as_union_model" or "as_upload"
    # (a multipart file field: bytes, a file object or a tuple, see runtime `_wire.py`); "" for none.
    convert: str = ""
    model: str = ""  # what `convert` builds: the enum or model class, or a union's members constant
    plain: str = "str"  # for "as_enum": the type of its plain values (`int` for an integer enum)
    nullable: bool = False  # for "as_uuid": the annotation admits None (`nullable: true`), passed on as is
    deep_object: str = ""  # a `style: deepObject` query parameter: its wire name (sent as `name[key]=`)
    delimited: tuple[str, str] | None = None  # a query array sent as one value (`ids=a,b`): (wire name, separator)
    description: str = ""  # the spec's description of the parameter or body property (its `Args:` entry)
    wire: str = ""  # a parameter's name on the wire (in the path template, query, header or cookie)
    location: str = ""  # a header parameter: "header" or "cookie"


@dataclass
class Method:
    name: str
    http_method: str  # upper-case
    path: str  # the spec's own path
    operation_id: str
    path_params: list[Param]
    query_params: list[Param]
    body_class: str | None  # the body model, built from `body_fields`
    body_fields: list[Param]
    body_param: Param | None  # the body as one argument, when it is not a model
    custom_fields: bool  # the body model takes tenant custom fields (`custom_fields=`)
    return_type: str
    item_type: str | None  # set for paged list methods
    parser: str  # a runtime parser, or a module constant in `Resource.parsers`
    summary: str
    description: str
    deprecated: bool = False  # the spec marks the operation `deprecated: true`
    header_params: list[Param] = field(default_factory=list)  # header and cookie parameters
    accept: str = ""  # the Accept header of a non-JSON response (its media types), else the client's
    public: bool = False  # `security: []`: sent without the API key
    paging: str = "skip"  # (a paged list) "skip" (skip/limit), "cursor" (a cursor parameter) or "link"
    cursor_param: str = ""  # (cursor paging) the argument taking the cursor
    security: tuple[tuple[str, ...], ...] | None = None  # its own schemes: alternatives of schemes sent together
    # The spec's descriptions of the parameters the pager takes itself: "skip", "limit", "cursor".
    paging_docs: dict[str, str] = field(default_factory=dict)
    # Every query parameter's wire name, in the spec's order; those the pager fills: wire -> "skip", "limit", "cursor".
    query_order: list[str] = field(default_factory=list)
    page_wires: dict[str, str] = field(default_factory=dict)
    body_kind: str = ""  # how the body is sent (httpx's argument): "json", "data", "files" or "content"
    content_type: str = ""  # the body's media type (none for multipart: httpx writes it with the boundary)

    @property
    def query_values(self) -> list[tuple[str, str, Param | None]]:
        """(wire name, the pager's role or "", the argument) of each query parameter, in the spec's order;
        deepObject ones are sent apart (`deep_object`)."""
        by_wire = {p.wire: p for p in self.query_params}
        found: list[tuple[str, str, Param | None]] = []
        for wire in self.query_order:
            if wire in self.page_wires:
                found.append((wire, self.page_wires[wire], None))
            elif wire in by_wire and not by_wire[wire].deep_object:
                found.append((wire, "", by_wire[wire]))
        return found

    @property
    def cursor_paged(self) -> bool:
        """A list paged by the cursor or next link its envelope states (one page after another)."""
        return self.paged and self.paging != "skip"

    @property
    def paged(self) -> bool:
        return self.item_type is not None

    @property
    def streamable(self) -> bool:
        """A text or binary download: it also gets a streamed form (`with_streaming_response`)."""
        return bool(self.accept) and self.return_type in ("str", "bytes")

    def keyword_params(self) -> list[Param]:
        every = (
            self.query_params + self.header_params + self.body_fields + ([self.body_param] if self.body_param else [])
        )
        return [p for p in every if p.required] + [p for p in every if not p.required]


@dataclass(frozen=True)
class Parser:
    """A module-level parser of a resource module, built by the runtime's `<kind>_parser(...)`."""

    kind: str  # "model", "model_list", "union" or "envelope"
    model: str  # the model class, or (union) the members constant in `Resource.unions`
    args: str = ""  # (envelope) the items attribute, the total's (and next's) wire path, as Python literals


@dataclass(frozen=True)
class UnionMember:
    """One model of a union, with what `_unions.py` matches a response or a dict to it by."""

    model: str
    required: list[str]  # wire names, sorted
    known: list[str]  # every wire name, sorted
    fixed: dict[str, Any]  # one-value enums (the usual discriminator): wire name -> the value


@dataclass
class Resource:
    attr: str
    tags: list[str]
    derived: bool  # named from its tag, not by codegen/config/resources.yaml
    methods: list[Method] = field(default_factory=list)
    type_imports: set[str] = field(default_factory=set)  # the generator's import lines for the types used
    parsers: dict[str, Parser] = field(default_factory=dict)  # by constant name
    unions: dict[str, list[UnionMember]] = field(default_factory=dict)  # members constants by name

    @property
    def class_name(self) -> str:
        return class_name(self.attr)

    @property
    def shadowed_builtins(self) -> list[str]:
        """Method names that hide a builtin inside the class (`list`): annotations must say `builtins.list`."""
        return [m.name for m in self.methods if hasattr(builtins, m.name)]
