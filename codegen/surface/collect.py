"""Collect the surface: the generator's parsed endpoints -> resources -> methods (see `model.py`).

Each endpoint is matched to its operation in the (normalised) spec, put on the resource its first
tag names, and given a method name; two operations wanting one name on one resource stop the regen,
naming both. Its 2xx response decides the return type and parser, its parameters and body the
arguments: a model-typed argument also takes a dict of the model's fields, an enum-typed one its
plain value, and a body field whose name is taken is renamed `body_<name>=` (and reported).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import RegenError
from ..generate import OPERATIONS_PACKAGE
from .model import Method, Param, Resource
from .naming import ResourceMap, method_name_for, plural_resource_name

__all__ = ["collect", "shadow_builtins", "CALL_OPTIONS"]

STAGE = "generate"
DYNAMIC_EXTENSION = "x-finalpos-dynamic"
CONTENTLESS_EXTENSION = "x-finalpos-documented-without-content"
PAGE_PARAMS = ("skip", "limit")
# Per-call options every method takes last (the runtime merges the extras after the generated values).
CALL_OPTIONS = (
    ("extra_headers", "Mapping[str, str] | None = None"),
    ("extra_query", "Mapping[str, object] | None = None"),
    ("extra_body", "Mapping[str, object] | None = None"),
    ("timeout", "TimeoutTypes | NotGiven = NOT_GIVEN"),
)


def _text(value: Any) -> str:
    """The raw text of the generator's UntrustedString / PythonCode values."""
    if value is None:
        return ""
    for getter in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, getter):
            return str(getattr(value, getter)())
    return str(value)


def _prop_imports(prop: Any) -> set[str]:
    return set(prop.get_imports(prefix="..")) | set(prop.get_lazy_imports(prefix=".."))


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


def _documented_without_content(spec: dict[str, Any], path: str, method: str, status: str) -> bool:
    """The normaliser typed this response itself because the vendor documents it with no content."""
    response = spec.get("paths", {}).get(path, {}).get(method, {}).get("responses", {}).get(status) or {}
    for media_type, media in (response.get("content") or {}).items():
        if "json" in media_type and isinstance(media.get("schema"), dict):
            return media["schema"].get(CONTENTLESS_EXTENSION) is True
    return False


def _response_shape(
    endpoint: Any, resource: Resource, spec: dict[str, Any], path: str, method: str
) -> tuple[str, str, str | None]:
    """(return type, parser name, item type if the body is an array) for the endpoint's 2xx."""
    from openapi_python_client.parser.properties.any import AnyProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.model_property import ModelProperty
    from openapi_python_client.parser.properties.none import NoneProperty

    successes = [
        r for r in endpoint.responses if r.status_code.range is not None and 200 <= r.status_code.range[0] <= 299
    ]
    successes.sort(key=lambda r: r.status_code.range[0])
    if not successes:
        return "Any", "json_parser", None
    prop = successes[0].prop  # one documented 2xx in practice; it parses whatever 2xx arrives
    status = str(successes[0].status_code.range[0]) if successes[0].status_code.range else ""
    if isinstance(prop, ModelProperty):
        cls = prop.class_info.name
        resource.imports |= _prop_imports(prop)
        parser = f"_parse_{prop.class_info.module_name}"
        resource.parsers[parser] = f"model_parser({cls}.from_dict)"
        return cls, parser, None
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        inner = prop.inner_property
        cls = inner.class_info.name
        resource.imports |= _prop_imports(inner)
        parser = f"_parse_{inner.class_info.module_name}_list"
        resource.parsers[parser] = f"model_list_parser({cls}.from_dict)"
        return f"list[{cls}]", parser, cls
    if isinstance(prop, (AnyProperty, NoneProperty)):
        return "Any", "json_parser", None
    members = _union_members(resource, spec, prop)
    if members:
        parser = f"_parse{members.removeprefix('_members')}"
        resource.parsers[parser] = f"union_parser(*{members})"
        return _text(prop.get_type_string(no_optional=True)), parser, None
    # Other shapes (arrays of scalars or of any JSON): typed as documented, parsed as plain JSON.
    resource.imports |= _prop_imports(prop)
    type_string = _text(prop.get_type_string(no_optional=True))
    if not type_string.startswith("list["):
        return type_string, "json_parser", None
    lenient = _documented_without_content(spec, path, method, status)
    return type_string, "contentless_list_parser" if lenient else "json_list_parser", type_string[5:-1]


def _union_members(resource: Resource, spec: dict[str, Any], prop: Any) -> str | None:
    """For a union of models: the name of a module constant describing its members (see `_unions.py`).

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
    components = spec.get("components", {}).get("schemas", {})
    described = []
    for member in inner:
        cls = str(member.class_info.name)
        schema = components.get(cls) or {}
        props = schema.get("properties") or {}
        fixed = {
            k: v["enum"][0]
            for k, v in sorted(props.items())
            if isinstance(v, dict) and isinstance(v.get("enum"), list) and len(v["enum"]) == 1
        }
        described.append(
            f"UnionMember({cls}, frozenset({sorted(schema.get('required') or [])!r}), "
            f"frozenset({sorted(props)!r}), {fixed!r})"
        )
        resource.imports |= _prop_imports(member)
    name = "_members_" + "_or_".join(str(m.class_info.module_name) for m in inner)
    resource.parsers[name] = "(\n    " + ",\n    ".join(described) + ",\n)"
    resource.imports.add("from .._unions import UnionMember, as_union_model, union_parser")
    return name


def _param(resource: Resource, prop: Any) -> Param:
    resource.imports.update(_prop_imports(prop))
    param = Param(str(prop.python_name), _text(prop.get_type_string()), bool(prop.required))
    _accept_enum_values(param, prop)
    return param


def _accept_enum_values(param: Param, prop: Any) -> None:
    """An enum-typed argument also takes its plain value (`status="paid"`), checked before sending."""
    from openapi_python_client.parser.properties.enum_property import EnumProperty

    if isinstance(prop, EnumProperty):
        param.convert, param.model = "as_enum", str(prop.class_info.name)
        param.type = param.type.replace(param.model, f"{param.model} | str", 1)


def _accept_union(resource: Resource, spec: dict[str, Any], param: Param, prop: Any) -> None:
    """A body that is a union of models also takes a dict of one member's fields."""
    members = _union_members(resource, spec, prop)
    if members:
        param.convert, param.model = "as_union_model", members
        param.type = f"{_text(prop.get_type_string(no_optional=True))} | Mapping[str, Any]"


def _accept_dicts(param: Param, prop: Any) -> None:
    """A model-typed body argument also takes a dict of the model's fields (per item for a list)."""
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.model_property import ModelProperty

    if isinstance(prop, ModelProperty):
        param.convert, param.model = "as_model", str(prop.class_info.name)
        param.type = f"{param.model} | Mapping[str, Any]"
    elif isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        param.convert, param.model = "as_model_list", str(prop.inner_property.class_info.name)
        param.type = f"Sequence[{param.model} | Mapping[str, Any]]"
    else:
        return
    if not param.required:
        param.type += " | Unset"


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _spec_path(spec: dict[str, Any], generated_path: str, method: str) -> str:
    """The spec's own path for an endpoint: the generator snake-cases parameters (`{customerId}` ->
    `{customer_id}`), so paths are matched with the parameter names left out."""
    if generated_path in spec["paths"]:
        return generated_path
    matches = [p for p in spec["paths"] if _template(p) == _template(generated_path) and method in spec["paths"][p]]
    if len(matches) != 1:
        raise RegenError(STAGE, f"no single path in the spec matches the generated route {generated_path}")
    return str(matches[0])


def collect(data: Any, spec: dict[str, Any], names: ResourceMap) -> tuple[list[Resource], list[str]]:
    from openapi_python_client.parser.properties.model_property import ModelProperty

    resources: dict[str, Resource] = {}
    notes: list[str] = []
    owners: dict[tuple[str, str], str] = {}
    for collection_key, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            http_method = endpoint.method.lower()
            path = _spec_path(spec, _text(endpoint.path), http_method)
            operation = spec["paths"][path][http_method]
            operation_id = str(operation.get("operationId") or endpoint.name)
            tag = (operation.get("tags") or ["default"])[0]
            attr = names.resources.get(tag) or plural_resource_name(tag)
            if attr not in resources:
                resources[attr] = Resource(attr=attr, tags=[], derived=False)
            resource = resources[attr]
            if tag not in resource.tags:
                resource.tags.append(tag)
                if tag not in names.resources:
                    resource.derived = True
                    notes.append(
                        f"surface: resource `{attr}` derived from tag {tag!r} "
                        "(not named in codegen/config/resources.yaml)"
                    )

            name = method_name_for(http_method, path, operation_id, names.methods)
            where = f"{operation_id} ({http_method.upper()} {path})"
            clash = owners.get((attr, name))
            if clash:
                raise RegenError(
                    STAGE,
                    f"two operations want the method client.{attr}.{name}(): {clash} and {where}",
                    "name one of them under `methods:` in codegen/config/resources.yaml",
                )
            owners[(attr, name)] = where

            return_type, parser, item_type = _response_shape(endpoint, resource, spec, path, http_method)
            query_names = {_text(p.name) for p in endpoint.query_parameters}
            paged = http_method == "get" and item_type is not None and set(PAGE_PARAMS) <= query_names
            if http_method == "get" and return_type == "Any" and set(PAGE_PARAMS) <= query_names:
                # A skip/limit list with no schema at all: items of any JSON (the body must be an array).
                return_type, parser, item_type, paged = "list[Any]", "json_list_parser", "Any", True

            path_params = [_param(resource, p) for p in endpoint.path_parameters]
            query_params = [
                _param(resource, p) for p in endpoint.query_parameters if not (paged and _text(p.name) in PAGE_PARAMS)
            ]
            taken = {p.name for p in path_params + query_params} | {name for name, _ in CALL_OPTIONS} | {"self"}
            if paged:
                taken |= {"skip", "limit", "prefetch"}

            body_class, body_fields, body_param, dynamic = None, [], None, False
            if endpoint.bodies:
                body = endpoint.bodies[0].prop
                resource.imports |= _prop_imports(body)
                if isinstance(body, ModelProperty):
                    body_class = body.class_info.name
                    dynamic = _is_dynamic(spec, _json_body_schema(spec, path, http_method))
                    if dynamic:
                        taken.add("custom_fields")
                    for prop in list(body.required_properties or []) + list(body.optional_properties or []):
                        field_param = _param(resource, prop)
                        _accept_dicts(field_param, prop)
                        if field_param.name in taken:
                            field_param.target, field_param.name = field_param.name, f"body_{field_param.name}"
                            notes.append(
                                f"surface: {where}: body field `{field_param.target}` is `{field_param.name}=`"
                            )
                        body_fields.append(field_param)
                else:
                    body_param = Param("body", _text(body.get_type_string()), True, "body")
                    _accept_dicts(body_param, body)
                    _accept_union(resource, spec, body_param, body)

            summary = _text(endpoint.summary).strip()
            description = _text(endpoint.description).strip()
            resource.methods.append(
                Method(
                    name=name,
                    http_method=http_method.upper(),
                    path=path,
                    operation_id=operation_id,
                    module_alias=f"_{endpoint.name}",
                    path_params=path_params,
                    query_params=query_params,
                    body_class=body_class,
                    body_fields=body_fields,
                    body_param=body_param,
                    custom_fields=dynamic,
                    return_type=return_type,
                    item_type=item_type if paged else None,
                    parser=parser,
                    summary=summary,
                    description=description,
                )
            )
            resource.imports.add(
                f"from ..{OPERATIONS_PACKAGE}.{collection_key} import {endpoint.name} as _{endpoint.name}"
            )
    order = {"create": 0, "retrieve": 1, "update": 2, "list": 3, "delete": 4}
    for resource in resources.values():
        resource.methods.sort(key=lambda m: (order.get(m.name, 5), m.name))
    return [resources[k] for k in sorted(resources)], notes


def shadow_builtins(resource: Resource) -> None:
    """Inside a class with a method `list`, the annotation `list[...]` would mean the method."""
    import builtins

    shadowed = [m.name for m in resource.methods if hasattr(builtins, m.name)]
    if not shadowed:
        return
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, shadowed)) + r")\[")

    def fix(text: str) -> str:
        return pattern.sub(r"builtins.\1[", text)

    for method in resource.methods:
        method.return_type = fix(method.return_type)
        for p in method.path_params + method.query_params + method.body_fields:
            p.type = fix(p.type)
        if method.body_param:
            method.body_param.type = fix(method.body_param.type)
    resource.imports.add("import builtins")
