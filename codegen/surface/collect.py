"""Collect the surface: the generator's parsed endpoints -> resources -> methods (see `model.py`).

Each endpoint is matched to its operation in the (normalised) spec, put on the resource its first
tag names, and given its method name (`method_names.py`: by rule, clashes resolved by rule and
reported). Its 2xx response decides the return type and parser, its parameters and body the
arguments: a model-typed argument also takes a dict of the model's fields, an enum-typed one its
plain value, and a body field whose name is taken is renamed `body_<name>=` (and reported).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..envelopes import match_envelope
from ..errors import RegenError
from ..spec import CONTENTLESS_EXTENSION, DYNAMIC_EXTENSION, ref_name
from .method_names import method_names
from .model import Method, Param, Parser, Resource, UnionMember
from .naming import ResourceMap, plural_resource_name
from .wire import (
    content_response,
    deep_object_params,
    delimited_params,
    is_public,
    parameter_descriptions,
    security_of,
)

__all__ = ["collect", "CALL_OPTIONS"]

STAGE = "generate"
PAGE_PARAMS = ("skip", "limit")
# Per-call options every method takes last (declared in templates/surface/_signature.jinja).
CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


@dataclass(frozen=True)
class _Operation:
    """One endpoint of the generator's data, matched to its operation in the spec."""

    endpoint: Any  # openapi-python-client's `Endpoint`
    http_method: str  # lower-case
    path: str  # the spec's own path
    operation_id: str
    tag: str  # the first tag: it decides the resource

    @property
    def where(self) -> str:
        """How reports and errors name the operation: `Customer_create (POST /v1/api/customer)`."""
        return f"{self.operation_id} ({self.http_method.upper()} {self.path})"


@dataclass(frozen=True)
class _Response:
    """What a method returns: its type, the parser reading the 2xx, and the item type of a list."""

    return_type: str
    parser: str
    item_type: str | None = None
    paging: str = "skip"  # (a list) how the next page is asked for: "skip", "cursor" or "link"
    cursor: str = ""  # (cursor paging) the wire name of the cursor query parameter


@dataclass
class _Body:
    """What a method sends: a model built from its fields (`body_class`), or one `body` argument."""

    body_class: str | None = None
    fields: list[Param] = field(default_factory=list)
    param: Param | None = None
    custom_fields: bool = False
    kind: str = ""  # httpx's argument for it: "json", "data", "files" or "content"
    content_type: str = ""  # its media type; none for multipart (httpx writes it, with the boundary)


def collect(data: Any, spec: dict[str, Any], names: ResourceMap) -> tuple[list[Resource], list[str]]:
    """Every endpoint as a method of its resource: (resources by attribute, report notes)."""
    collector = _Collector(spec, names)
    for operation in _operations(data, spec):
        collector.add(operation)
    return collector.resources(), collector.notes


def _operations(data: Any, spec: dict[str, Any]) -> list[_Operation]:
    """The generator's endpoints, in its order, each with its spec path, operationId and first tag."""
    found = []
    for endpoints in data.endpoint_collections_by_tag.values():
        for endpoint in endpoints.endpoints:
            http_method = endpoint.method.lower()
            path = _spec_path(spec, _text(endpoint.path), http_method)
            operation = spec["paths"][path][http_method]
            operation_id = str(operation.get("operationId") or endpoint.name)
            tag = (operation.get("tags") or ["default"])[0]
            found.append(_Operation(endpoint, http_method, path, operation_id, tag))
    return found


class _Collector:
    """Walks the operations once: resources by attribute, the method names taken, report notes."""

    METHOD_ORDER = {"create": 0, "retrieve": 1, "update": 2, "list": 3, "delete": 4}

    def __init__(self, spec: dict[str, Any], names: ResourceMap) -> None:
        self.spec = spec
        self.names = names
        self._method_names = method_names(spec, names)
        self.notes: list[str] = list(self._method_names.notes)
        self._resources: dict[str, Resource] = {}

    def add(self, op: _Operation) -> None:
        resource = self._resource_for(op.tag)
        name = self._method_names.get(op.http_method, op.path) or op.http_method
        wired = content_response(self.spec, op.path, op.http_method)  # text, binary, 204
        response = (
            _Response(wired.return_type, wired.parser)
            if wired
            else _paged(_response_shape(op.endpoint, resource, self.spec, op.path, op.http_method), op)
        )
        path_params = [_param(resource, p) for p in op.endpoint.path_parameters]
        paged = response.item_type is not None
        page_params = {"skip": set(PAGE_PARAMS), "cursor": {response.cursor, "limit"}, "link": {"limit"}}
        taken_by_pager = page_params[response.paging] if paged else set()
        query = [p for p in op.endpoint.query_parameters if _text(p.name) not in taken_by_pager]
        query_params = [_param(resource, p) for p in query]  # a pager takes skip/limit (or its cursor) itself
        cursor_param = next(
            (_param(resource, p).name for p in op.endpoint.query_parameters if _text(p.name) == response.cursor), ""
        )
        deep = deep_object_params(self.spec, op.path, op.http_method)
        delimited = delimited_params(self.spec, op.path, op.http_method)
        for param, prop in zip(query_params, query, strict=True):
            if _text(prop.name) in delimited:
                param.delimited = (_text(prop.name), delimited[_text(prop.name)])
            if _text(prop.name) in deep:
                param.deep_object = _text(prop.name)
                _accept_dicts(param, prop)
        header_params = [_param(resource, p) for p in op.endpoint.header_parameters]
        header_params += [_param(resource, p, location="cookie") for p in op.endpoint.cookie_parameters]
        described = parameter_descriptions(self.spec, op.path, op.http_method)
        every_param = list(op.endpoint.path_parameters) + query
        every_param += list(op.endpoint.header_parameters) + list(op.endpoint.cookie_parameters)
        for param, prop in zip(path_params + query_params + header_params, every_param, strict=True):
            param.description = described.get(_text(prop.name), param.description)
        taken = _names_taken(path_params + query_params + header_params, paged=paged)
        body = self._body(resource, op, taken | ({cursor_param, "next_link"} - {""} if paged else set()))
        method = Method(
            name=name,
            http_method=op.http_method.upper(),
            path=op.path,
            operation_id=op.operation_id,
            path_params=path_params,
            query_params=query_params,
            body_class=body.body_class,
            body_fields=body.fields,
            body_param=body.param,
            custom_fields=body.custom_fields,
            return_type=response.return_type,
            item_type=response.item_type,
            parser=response.parser,
            paging=response.paging if paged else "skip",
            cursor_param=cursor_param if paged else "",
            summary=_text(op.endpoint.summary).strip(),
            description=_text(op.endpoint.description).strip(),
            deprecated=self.spec["paths"][op.path][op.http_method].get("deprecated") is True,
            header_params=header_params,
            accept=wired.accept if wired else "",
            public=is_public(self.spec, op.path, op.http_method),
            security=security_of(self.spec, op.path, op.http_method),
            paging_docs={name: described[wire] for name, wire in _paging_names(response) if wire in described},
            query_order=[_text(p.name) for p in op.endpoint.query_parameters],
            page_wires={wire: name for name, wire in _paging_names(response)},
            body_kind=body.kind,
            content_type=body.content_type,
        )
        resource.methods.append(method)

    def resources(self) -> list[Resource]:
        """The resources by attribute, each with its methods in CRUD order, then by name."""
        for resource in self._resources.values():
            resource.methods.sort(key=lambda m: (self.METHOD_ORDER.get(m.name, 5), m.name))
        return [self._resources[attr] for attr in sorted(self._resources)]

    def _resource_for(self, tag: str) -> Resource:
        attr = self.names.resources.get(tag) or plural_resource_name(tag)
        resource = self._resources.setdefault(attr, Resource(attr=attr, tags=[], derived=False))
        if tag not in resource.tags:
            resource.tags.append(tag)
            if tag not in self.names.resources:
                resource.derived = True
                self.notes.append(
                    f"surface: resource `{attr}` derived from tag {tag!r} (not named in codegen/config/resources.yaml)"
                )
        return resource

    def _body(self, resource: Resource, op: _Operation, taken: set[str]) -> _Body:
        """A model body becomes one argument per field (renamed `body_<name>` where the name is taken);
        any other body one `body` argument."""
        from openapi_python_client.parser.properties.file import FileProperty
        from openapi_python_client.parser.properties.model_property import ModelProperty

        if not op.endpoint.bodies:
            return _Body()
        first = op.endpoint.bodies[0]  # the method takes the first media type's body
        kind = str(first.body_type.value)
        content_type = "" if kind == "files" else _text(first.content_type)
        body = first.prop
        # A request body the spec does not require (`requestBody.required` is false by default) is an
        # optional `body` argument, as in the generator's own functions: left out, nothing is sent.
        required = bool(body.required)
        if isinstance(body, FileProperty):  # raw bytes (octet-stream, or a type only sent as given)
            param = Param("body", "FileInput", required, "body", convert="as_upload")
            return _Body(param=param, kind=kind, content_type=content_type)
        resource.type_imports |= _prop_imports(body)
        if not isinstance(body, ModelProperty):
            param = Param("body", _text(body.get_type_string()), required, "body")
            _accept_dicts(param, body)
            _accept_union(resource, self.spec, param, body)
            if param.convert == "as_union_model" and not required:
                param.type += " | Unset"
            return _Body(param=param, kind=kind, content_type=content_type)
        dynamic = _is_dynamic(self.spec, _json_body_schema(self.spec, op.path, op.http_method))
        if dynamic:
            taken = taken | {"custom_fields"}
        fields = []
        for prop in list(body.required_properties or []) + list(body.optional_properties or []):
            param = _param(resource, prop)
            _accept_dicts(param, prop)
            if not param.convert:
                _accept_union_field(resource, self.spec, param, prop)
            if param.name in taken:
                param.target, param.name = param.name, f"body_{param.name}"
                self.notes.append(f"surface: {op.where}: body field `{param.target}` is `{param.name}=`")
            fields.append(param)
        return _Body(body.class_info.name, fields, custom_fields=dynamic, kind=kind, content_type=content_type)


def _paged(response: _Response, op: _Operation) -> _Response:
    """A GET taking skip/limit that answers an array is a paged list (item type set); else none is."""
    query_names = {_text(p.name) for p in op.endpoint.query_parameters}
    if response.item_type is not None and response.paging != "skip":  # a cursor or link envelope
        return response
    if op.http_method != "get" or not set(PAGE_PARAMS) <= query_names:
        return _Response(response.return_type, response.parser)
    if response.return_type == "Any":  # no schema at all: items of any JSON (the body must be an array)
        return _Response("list[Any]", "json_list_parser", "Any")
    return response


def _paging_names(response: _Response) -> list[tuple[str, str]]:
    """(argument, wire name) of the parameters a pager takes itself."""
    if response.item_type is None:
        return []
    if response.paging == "skip":
        return [("skip", "skip"), ("limit", "limit")]
    return [("limit", "limit")] + ([] if response.paging == "link" else [("cursor", response.cursor)])


def _names_taken(params: list[Param], *, paged: bool) -> set[str]:
    """Argument names a body field may not take: the method's own, its pager's and the call options."""
    taken = {p.name for p in params} | set(CALL_OPTIONS) | {"self"}
    return taken | {"skip", "limit", "prefetch"} if paged else taken


def _response_shape(endpoint: Any, resource: Resource, spec: dict[str, Any], path: str, method: str) -> _Response:
    """The return type, parser and (for an array) item type of the endpoint's 2xx."""
    from openapi_python_client.parser.properties.any import AnyProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.model_property import ModelProperty
    from openapi_python_client.parser.properties.none import NoneProperty

    success = _first_success(endpoint)
    prop = success.prop if success else None
    if prop is None or isinstance(prop, (AnyProperty, NoneProperty)):
        # Documented with no content at all: a body that arrives anyway is the contentless parser's call
        # (returned as received, refused under strict validation); `schema: {}` is any JSON.
        status = str(success.status_code.range[0]) if success else ""
        no_content = success is None or _documents_no_content(spec, path, method, status)
        return _Response("Any", "contentless_parser" if no_content else "json_parser")
    if isinstance(prop, ModelProperty):
        paged = _envelope_response(resource, spec, path, method, endpoint, prop)
        return paged or _model_response(resource, prop)
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return _model_list_response(resource, prop.inner_property)
    members = _union_members(resource, spec, prop)
    if members:
        parser = f"_parse{members.removeprefix('_members')}"
        resource.parsers[parser] = Parser("union", members)
        type_string = _text(prop.get_type_string(no_optional=True))
        if _discriminated(resource.unions[members]):  # a tag this client does not know is kept as such
            resource.type_imports.add("from .._unions import UnknownVariant")
            type_string += " | UnknownVariant"
        return _Response(type_string, parser)
    # Other shapes (arrays of scalars or of any JSON): typed as documented, parsed as plain JSON.
    resource.type_imports |= _prop_imports(prop)
    type_string = _text(prop.get_type_string(no_optional=True))
    if not type_string.startswith("list["):
        return _Response(type_string, "json_parser")
    lenient = _documented_without_content(spec, path, method, str(success.status_code.range[0]))
    return _Response(type_string, "contentless_list_parser" if lenient else "json_list_parser", type_string[5:-1])


def _first_success(endpoint: Any) -> Any:
    """The endpoint's first documented 2xx (one in practice; the method parses whatever 2xx arrives)."""
    successes = [
        r for r in endpoint.responses if r.status_code.range is not None and 200 <= r.status_code.range[0] <= 299
    ]
    return min(successes, key=lambda r: r.status_code.range[0], default=None)


def _envelope_response(
    resource: Resource, spec: dict[str, Any], path: str, method: str, endpoint: Any, prop: Any
) -> _Response | None:
    """A paged GET whose 2xx is a page envelope (`codegen/envelopes.py`): a list of its items."""
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.model_property import ModelProperty

    query_names = {_text(p.name) for p in endpoint.query_parameters}
    if method != "get":
        return None
    success = _first_success(endpoint)
    response = spec["paths"][path][method]["responses"].get(str(success.status_code.range[0])) or {}
    envelope = match_envelope(_json_schema(response), spec.get("components", {}).get("schemas", {}), query_names)
    if envelope is None:
        return None
    fields = list(prop.required_properties or []) + list(prop.optional_properties or [])
    items = next((f for f in fields if _text(f.name) == envelope.items), None)
    if not isinstance(items, ListProperty) or not isinstance(items.inner_property, ModelProperty):
        return None
    item = items.inner_property
    resource.type_imports |= _prop_imports(prop) | _prop_imports(item) | {"from .._envelopes import envelope_parser"}
    parser = f"_parse_{prop.class_info.module_name}"
    args = f"{str(items.python_name)!r}, {envelope.total!r}" + (f", {envelope.next!r}" if envelope.next else "")
    resource.parsers[parser] = Parser("envelope", prop.class_info.name, args)
    name = item.class_info.name
    return _Response(f"list[{name}]", parser, name, envelope.paging, envelope.cursor)


def _json_schema(container: dict[str, Any]) -> Any:
    for media_type, media in (container.get("content") or {}).items():
        if "json" in media_type and isinstance(media, dict):
            return media.get("schema")
    return None


def _model_response(resource: Resource, prop: Any) -> _Response:
    resource.type_imports |= _prop_imports(prop)
    parser = f"_parse_{prop.class_info.module_name}"
    resource.parsers[parser] = Parser("model", prop.class_info.name)
    return _Response(prop.class_info.name, parser)


def _model_list_response(resource: Resource, item: Any) -> _Response:
    resource.type_imports |= _prop_imports(item)
    parser = f"_parse_{item.class_info.module_name}_list"
    resource.parsers[parser] = Parser("model_list", item.class_info.name)
    return _Response(f"list[{item.class_info.name}]", parser, item.class_info.name)


def _union_members(resource: Resource, spec: dict[str, Any], prop: Any) -> str | None:
    """For a union of models: the name of the module constant listing its members (see `_unions.py`).

    Each member's wire fields come from its component in the (normalised) spec: required fields,
    known fields, and one-value enums (the usual discriminator).
    """
    from openapi_python_client.parser.properties.model_property import ModelProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    if not isinstance(prop, UnionProperty) or not prop.inner_properties:
        return None
    inner = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
    if len(inner) != len(prop.inner_properties):
        return None
    return _members_constant(resource, spec, inner)


def _members_constant(resource: Resource, spec: dict[str, Any], inner: list[Any]) -> str:
    """The module constant listing these member models (their wire fields from the normalised spec)."""
    components = spec.get("components", {}).get("schemas", {})
    name = "_members_" + "_or_".join(str(m.class_info.module_name) for m in inner)
    resource.unions[name] = [_union_member(components.get(str(m.class_info.name)) or {}, m, components) for m in inner]
    for member in inner:
        resource.type_imports |= _prop_imports(member)
    return name


def _union_member(schema: dict[str, Any], member: Any, components: dict[str, Any]) -> UnionMember:
    props = schema.get("properties") or {}
    fixed = {}
    for key, value in sorted(props.items()):
        value = components.get(ref_name(value) or "", value)  # a hoisted enum: its component
        if isinstance(value, dict) and isinstance(value.get("enum"), list) and len(value["enum"]) == 1:
            fixed[key] = value["enum"][0]
    return UnionMember(str(member.class_info.name), sorted(schema.get("required") or []), sorted(props), fixed)


def _discriminated(members: list[UnionMember]) -> bool:
    """Every member has its own fixed value of one property (see `_unions.tag_property`)."""
    if len(members) < 2:
        return False
    for key in set.intersection(*(set(m.fixed) for m in members)):
        values = [repr(m.fixed[key]) for m in members]
        if len(set(values)) == len(values):
            return True
    return False


def _param(resource: Resource, prop: Any, location: str = "") -> Param:
    from openapi_python_client.parser.properties.file import FileProperty

    param = Param(str(prop.python_name), _text(prop.get_type_string()), bool(prop.required))
    param.wire, param.location = _text(prop.name), location or "header"
    param.description = _text(getattr(prop, "description", None)).strip()
    if isinstance(prop, FileProperty):  # an upload takes bytes, a file object or a tuple (runtime `_wire.py`)
        param.convert = "as_upload"
        return param  # the generator's `File` type is not imported: a model may be named `File`
    resource.type_imports |= _prop_imports(prop)
    _accept_enum_values(param, prop)
    if re.fullmatch(r"(None \| )?UUID( \| None)?( \| Unset)?", param.type) and not param.convert:  # `format: uuid`
        param.convert, param.model = "as_uuid", "UUID"
        param.nullable = "None" in param.type.split(" | ")
    return param


def _accept_enum_values(param: Param, prop: Any) -> None:
    """An enum-typed argument also takes its plain value (`status="paid"`), checked before sending."""
    from openapi_python_client.parser.properties.enum_property import EnumProperty

    if isinstance(prop, EnumProperty):
        param.convert, param.model = "as_enum", str(prop.class_info.name)
        param.plain = "int" if prop.value_type is int else "str"


def _accept_dicts(param: Param, prop: Any) -> None:
    """A model-typed body argument also takes a dict of the model's fields (per item for a list)."""
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.model_property import ModelProperty

    if isinstance(prop, ModelProperty):
        param.convert, param.model = "as_model", str(prop.class_info.name)
    elif isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        param.convert, param.model = "as_model_list", str(prop.inner_property.class_info.name)


def _accept_union(resource: Resource, spec: dict[str, Any], param: Param, prop: Any) -> None:
    """A body that is a union of models also takes a dict of one member's fields."""
    members = _union_members(resource, spec, prop)
    if members:
        param.convert, param.model = "as_union_model", members
        param.type = _text(prop.get_type_string(no_optional=True))


def _accept_union_field(resource: Resource, spec: dict[str, Any], param: Param, prop: Any) -> None:
    """A body field that is a union of models (`oneOf`, or a nullable model: `None | Model`) also takes a
    dict of one member's fields: the body model's `to_dict` would otherwise call `.to_dict()` on the dict."""
    from openapi_python_client.parser.properties.model_property import ModelProperty
    from openapi_python_client.parser.properties.none import NoneProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    if not isinstance(prop, UnionProperty):
        return
    inner = list(prop.inner_properties or [])
    models = [p for p in inner if isinstance(p, ModelProperty)]
    if not models or any(not isinstance(p, (ModelProperty, NoneProperty)) for p in inner):
        return  # scalars or any JSON beside the models: a dict is a value in its own right there
    param.convert, param.model = "as_union_model", _members_constant(resource, spec, models)
    param.nullable = len(models) < len(inner)


def _spec_path(spec: dict[str, Any], generated_path: str, method: str) -> str:
    """The spec's own path for an endpoint: the generator snake-cases parameters (`{customerId}` ->
    `{customer_id}`), so paths are matched with the parameter names left out."""
    if generated_path in spec["paths"]:
        return generated_path
    matches = [p for p in spec["paths"] if _template(p) == _template(generated_path) and method in spec["paths"][p]]
    if len(matches) != 1:
        raise RegenError(STAGE, f"no single path in the spec matches the generated route {generated_path}")
    return str(matches[0])


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _json_body_schema(spec: dict[str, Any], path: str, method: str) -> dict[str, Any] | None:
    operation = spec.get("paths", {}).get(path, {}).get(method, {})
    content = (operation.get("requestBody") or {}).get("content") or {}
    for media_type, media in content.items():
        if "json" in media_type:
            schema = media.get("schema")
            return schema if isinstance(schema, dict) else None
    return None


def _is_dynamic(spec: dict[str, Any], schema: dict[str, Any] | None) -> bool:
    """The body is a `$ref` to a component marked `x-finalpos-dynamic: true` (tenant custom fields)."""
    if not schema or not isinstance(schema.get("$ref"), str):
        return False
    name = schema["$ref"].rsplit("/", 1)[-1]
    component = spec.get("components", {}).get("schemas", {}).get(name, {})
    return component.get(DYNAMIC_EXTENSION) is True


def _documents_no_content(spec: dict[str, Any], path: str, method: str, status: str) -> bool:
    """The vendor documents this status with no `content` (or none with a JSON schema)."""
    response = spec.get("paths", {}).get(path, {}).get(method, {}).get("responses", {}).get(status) or {}
    return not any("json" in media_type for media_type in response.get("content") or {})


def _documented_without_content(spec: dict[str, Any], path: str, method: str, status: str) -> bool:
    """The normaliser typed this response itself because the vendor documents it with no content."""
    response = spec.get("paths", {}).get(path, {}).get(method, {}).get("responses", {}).get(status) or {}
    for media_type, media in (response.get("content") or {}).items():
        if "json" in media_type and isinstance(media.get("schema"), dict):
            return media["schema"].get(CONTENTLESS_EXTENSION) is True
    return False


def _prop_imports(prop: Any) -> set[str]:
    """The generator's import lines for a property's type (`cast`: only its own modules use it)."""
    lines = set(prop.get_imports(prefix="..")) | set(prop.get_lazy_imports(prefix=".."))
    return lines - {"from typing import cast"}


def _text(value: Any) -> str:
    """The raw text of the generator's UntrustedString / PythonCode values."""
    if value is None:
        return ""
    for getter in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, getter):
            return str(getattr(value, getter)())
    return str(value)
