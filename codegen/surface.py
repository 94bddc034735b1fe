"""Part of stage 4: the typed resource layer (`FinalPOS`, `AsyncFinalPOS`) over the generated modules.

Runs right after openapi-python-client, on its parsed `GeneratorData`. Writes, into the staged
package: `resources/<resource>.py`
(sync + async resource classes and their `with_raw_response` twins), `_client.py` (the clients,
one lazy `cached_property` per resource) and `api.md` beside the package (every method with its
signature, route and model). All code comes from the Jinja templates in `codegen/templates/surface/`.

Resources come from the tag map in `codegen/config/resources.yaml`; a tag it does not name gets a
resource derived from the tag, and the report says so. Method names come from the HTTP method and
path shape (create / retrieve / update / delete / list), else the operationId, else the map's
`methods:`; two operations wanting one name on one resource stop the regen, naming both.

A method calls the operation module's own `_get_kwargs(...)` (so URLs, quoting and query handling
stay the generator's) and parses a 2xx with the documented model, whatever the 2xx code. A model-typed
argument also takes a dict of the model's fields (`as_model`), and building the request runs inside
`building_request(...)`, so bad arguments raise `InvalidArgumentError` before anything is sent. A list
response marked `x-finalpos-documented-without-content` by the normaliser reads an empty body as an
empty page; any other typed response must carry JSON.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

from .errors import RegenError
from .generate import OPERATIONS_PACKAGE
from .workspace import CODEGEN_DIR, CONFIG_DIR

__all__ = ["write_surface", "load_resource_map", "ResourceMap", "plural_resource_name", "plural", "method_name_for"]

STAGE = "generate"
TEMPLATES_DIR = CODEGEN_DIR / "templates" / "surface"
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


@dataclass(frozen=True)
class ResourceMap:
    """`codegen/config/resources.yaml`: tag -> resource attribute; operationId -> method name."""

    resources: dict[str, str]
    methods: dict[str, str]


def load_resource_map(path: Path | None = None) -> ResourceMap:
    data = yaml.safe_load((path or CONFIG_DIR / "resources.yaml").read_text()) or {}
    return ResourceMap(resources=dict(data.get("resources") or {}), methods=dict(data.get("methods") or {}))


def _snake(value: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(value))


def plural_resource_name(tag: str) -> str:
    """A resource attribute for a tag the map does not name: snake_case, last word plural."""
    name = _snake(tag) or "default"
    if not name[0].isalpha():
        name = f"tag_{name}"
    return plural(name)


def plural(word: str) -> str:
    """English plural of a lower-case word (`category` -> `categories`); a word ending in s is kept."""
    if word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("x", "ch", "sh")):
        return word + "es"
    return word + "s"


def method_name_for(http_method: str, path: str, operation_id: str, overrides: dict[str, str]) -> str:
    if operation_id in overrides:
        return overrides[operation_id]
    trimmed = path.rstrip("/")
    verb = http_method.lower()
    shaped = None
    if "{" not in trimmed:  # a collection
        shaped = {"post": "create", "get": "list"}.get(verb)
    elif trimmed.endswith("}") and trimmed.count("{") == 1:  # one item of a collection
        shaped = {"get": "retrieve", "put": "update", "patch": "update", "delete": "delete"}.get(verb)
    if shaped:
        return shaped
    tail = operation_id.rsplit("_", 1)[-1] if "_" in operation_id else operation_id
    return _snake(tail) or verb


def _class_name(attr: str) -> str:
    return "".join(part.capitalize() for part in attr.split("_"))


def _text(value: Any) -> str:
    """The raw text of the generator's UntrustedString / PythonCode values."""
    if value is None:
        return ""
    for getter in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, getter):
            return str(getattr(value, getter)())
    return str(value)


def _doc(value: str) -> str:
    from openapi_python_client.strings import safe_for_docstring  # escapes backslashes and triple quotes

    return str(safe_for_docstring(value))


@dataclass
class Param:
    name: str  # the Python argument name
    type: str
    required: bool
    target: str = ""  # the name `_get_kwargs` or the body model takes, when it differs
    convert: str = ""  # the runtime helper turning a dict into the model ("as_model"/"as_model_list")
    model: str = ""  # the model class `convert` builds

    def value(self) -> str:
        """The expression passing this argument on: converted when it is model-typed."""
        if not self.convert:
            return self.name
        return f'{self.convert}("{self.name}", {self.name}, {self.model})'

    def declaration(self) -> str:
        return f"{self.name}: {self.type}" if self.required else f"{self.name}: {self.type} = UNSET"


@dataclass
class Method:
    name: str
    http_method: str
    path: str
    operation_id: str
    module_alias: str
    path_params: list[Param]
    query_params: list[Param]
    body_class: str | None
    body_fields: list[Param]
    body_param: Param | None
    custom_fields: bool
    return_type: str
    item_type: str | None  # set for paged list methods
    parser: str
    summary: str
    description: str

    @property
    def paged(self) -> bool:
        return self.item_type is not None

    def keyword_params(self) -> list[Param]:
        every = self.query_params + self.body_fields + ([self.body_param] if self.body_param else [])
        return [p for p in every if p.required] + [p for p in every if not p.required]


@dataclass
class Resource:
    attr: str
    tags: list[str]
    derived: bool
    methods: list[Method] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)
    parsers: dict[str, str] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return _class_name(self.attr)


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


def _collect(data: Any, spec: dict[str, Any], names: ResourceMap) -> tuple[list[Resource], list[str]]:
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


def _shadow_builtins(resource: Resource) -> None:
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


def _docstring(method: Method, *, paged_note: bool) -> str:
    parts = [method.summary or f"{method.http_method} {method.path}"]
    if method.description and method.description != method.summary:
        parts.append(method.description)
    parts.append(f"`{method.http_method} {method.path}` (operationId `{method.operation_id}`).")
    if paged_note:
        parts.append(
            "Returns a pager: iterating it walks every item, `limit` per request starting at `skip`, "
            "until a short page; `.pages()` yields the pages."
        )
    wrapped = "\n\n".join(textwrap.fill(p, 100, break_long_words=False, break_on_hyphens=False) for p in parts)
    return _doc(wrapped)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["indent_doc"] = lambda text, n: textwrap.indent(text, " " * n).lstrip()
    return env


def _signature(method: Method, *, pager_kind: str | None) -> str:
    """The parameter list after `self`; pager_kind is "sync"/"async" for a paged main method."""
    positional = [p.declaration() for p in method.path_params]
    keyword = [p.declaration() for p in method.keyword_params()]
    if method.paged:
        keyword += ["skip: int = 0", "limit: int = DEFAULT_PAGE_LIMIT"]
        if pager_kind == "async":
            keyword.append("prefetch: int = 0")
    if method.custom_fields:
        keyword.append("custom_fields: Mapping[str, Any] | None = None")
    keyword += [f"{name}: {declared}" for name, declared in CALL_OPTIONS]
    return ", ".join(positional + ["*"] + keyword)


def _forward(method: Method, *, skip: str = "skip", limit: str = "limit") -> str:
    args = [p.name for p in method.path_params]
    args += [f"{p.name}={p.name}" for p in method.keyword_params()]
    if method.paged:
        args += [f"skip={skip}", f"limit={limit}"]
    if method.custom_fields:
        args.append("custom_fields=custom_fields")
    args += [f"{name}={name}" for name, _ in CALL_OPTIONS]
    return ", ".join(args)


def _kwargs_call(method: Method) -> str:
    args = [f"{p.target or p.name}={p.value()}" for p in method.path_params + method.query_params]
    if method.paged:
        args += ["skip=skip", "limit=limit"]
    if method.body_class or method.body_param:
        args.append("body=_body")
    return f"{method.module_alias}._get_kwargs({', '.join(args)})"


def _body_build(method: Method) -> str | None:
    if method.body_param:
        return f"_body = {method.body_param.value()}"
    if not method.body_class:
        return None
    args = [f"{p.target or p.name}={p.value()}" for p in method.body_fields]
    if method.custom_fields:
        args.append("custom_fields=custom_fields")
    return f"_body = {method.body_class}({', '.join(args)})"


def _render_context(resource: Resource) -> dict[str, Any]:
    methods = []
    for m in resource.methods:
        methods.append(
            {
                "m": m,
                "doc": _docstring(m, paged_note=m.paged),
                "raw_doc": _doc(
                    f"`{m.http_method} {m.path}`, returning the raw `APIResponse` (status, headers, parsed)."
                ),
                "raw_signature": _signature(m, pager_kind=None),
                "sync_signature": _signature(m, pager_kind="sync"),
                "async_signature": _signature(m, pager_kind="async"),
                "forward": _forward(m),
                "forward_page": _forward(m, skip="page_skip", limit="page_limit"),
                "kwargs_call": _kwargs_call(m),
                "call_options": ", ".join(f"{name}={name}" for name, _ in CALL_OPTIONS),
                "body_build": _body_build(m),
                "checks": [p.name for p in m.path_params],
                "label": f"client.{resource.attr}.{m.name}",
            }
        )
    imports = sorted(i for i in resource.imports if i != "from typing import cast")
    return {"resource": resource, "methods": methods, "imports": imports}


def _api_md(resources: list[Resource]) -> str:
    lines = [
        "# finalpos API reference",
        "",
        "Every resource of `FinalPOS` (and `AsyncFinalPOS`: the same methods, `async`; list methods return",
        "an `AsyncPager` for `async for`, with `prefetch=N`). Each method also exists on",
        "`client.<resource>.with_raw_response`, returning an `APIResponse` (for a list: one page).",
        "Every method also takes `extra_headers=`, `extra_query=`, `extra_body=` and `timeout=`.",
        "",
    ]
    for resource in resources:
        tags = ", ".join(f"`{t}`" for t in resource.tags)
        lines += [f"## `client.{resource.attr}`", "", f"Tags: {tags}.", ""]
        for m in resource.methods:
            sig = _signature(m, pager_kind="sync")
            for name, declared in CALL_OPTIONS:
                sig = sig.replace(f"{name}: {declared}", f"{name}=...")
            sig = sig.replace("builtins.", "")
            returns = f"SyncPager[{m.item_type}]" if m.paged else m.return_type.replace("builtins.", "")
            lines += [
                f"### `{m.name}`",
                "",
                f"`{m.http_method} {m.path}` (`{m.operation_id}`): {m.summary}",
                "",
                "```python",
                f"client.{resource.attr}.{m.name}({sig}) -> {returns}",
                "```",
                "",
                f"Model: `{m.body_class or '-'}` in, `{m.return_type.replace('builtins.', '')}` out.",
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"


def write_surface(data: Any, spec: dict[str, Any], dist_dir: Path, package: str) -> list[str]:
    """Write the resource layer into dist_dir/package and api.md into dist_dir; return report lines."""
    package_dir = dist_dir / package
    names = load_resource_map()
    resources, notes = _collect(data, spec, names)
    for resource in resources:
        _shadow_builtins(resource)

    env = _environment()
    resources_dir = package_dir / "resources"
    resources_dir.mkdir(exist_ok=True)
    module_template = env.get_template("resource.py.jinja")
    for resource in resources:
        (resources_dir / f"{resource.attr}.py").write_text(module_template.render(**_render_context(resource)))
    context = {"resources": resources}
    (resources_dir / "__init__.py").write_text(env.get_template("resources_init.py.jinja").render(**context))
    (package_dir / "_client.py").write_text(env.get_template("client.py.jinja").render(**context))
    (dist_dir / "api.md").write_text(_api_md(resources))

    methods = sum(len(r.methods) for r in resources)
    return [f"surface: {len(resources)} resources, {methods} methods", *notes]
