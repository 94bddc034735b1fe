"""Stage 3, normalise: deterministic transforms of the spec before generation.

The generator names an inline schema after where it sits (`CustomersControllerFindAllResponse200Item`).
This stage gives every object and enum schema a component name a user would write by hand, based on
what the schema *is* (entity, operation, direction, property path) and `codegen/config/naming.json`,
never on how the vendor's file happens to be written:

- **The vendor's `$ref`s do not name anything.** First, every `$ref` to `components/schemas` reachable
  from an operation is replaced by a copy of its target, so a spec that inlines every schema and one
  that `$ref`s every DTO (@nestjs/swagger style: `CreateCustomerDto`, `CustomerDto`, `NoteDto`) give
  the same names. Vendor component names are used only where nothing else can name a schema:
  - a schema reachable from no operation (say a webhook payload) keeps the vendor's name, and its
    nested objects are `<Name><Property>`; it never takes a name from an operation's schema: one named
    as an operation's schema is named (a leftover copy of a DTO the vendor inlined) is left out, and
    the normalise report says so;
  - a recursive schema (one that reaches itself through `$ref`s) cannot be inlined: it keeps the
    vendor's name and inline copies of its shape become `$ref`s to it.
- Entity: the last static path segment, singular (`/v1/api/customers` -> `Customer`).
- Role: the request body of a POST is `<Entity>Create`, of a PUT/PATCH `<Entity>Update`; a GET, POST
  or PUT response (or a list's item) is `<Entity>`; a DELETE response is `<Entity>DeleteResponse`;
  a 4xx/5xx body is `ErrorResponse`.
- Nested objects are `<Entity><PropertyPath>` (array items singular: `notes[]` -> `<Entity>Note`).
- `oneOf`/`anyOf` members that are objects are `<Entity><Variant>` (in a request body
  `<Entity><Role><Variant>`), the variant named by rule, in order: the member's discriminator value
  (the union's `discriminator.propertyName`, else any property with one fixed value, `enum` of one or
  `const`), its `title`, the first required property the other members lack (`archived` ->
  `CategoryArchived`), any property they lack; when nothing tells it apart, its position
  (`<Entity>Variant2`), and the report names the `renames` entry that would name it better. A member
  shaped like a model named elsewhere takes that name.
- Identical shapes (descriptions and examples ignored) become one class. When they came from
  several entities, the shared name suffix names it (`StationDeleteResponse` + `OrderDeleteResponse`
  -> `DeleteResponse`); where no suffix says it, `codegen/config/naming.json` decides (`Address`).
- Shapes that want one name, in one direction, and differ only by optional properties are one class
  (their union), and each site keeps the model name it had in the previous release while its shape
  fits (`sticky_names.py`, `shape_merge.py`; the names are recorded in openapi.record.json).
- When two different shapes want one name, the better source keeps it (GET one, then list item,
  update, create) and the other gets its role-qualified name (`<Entity>CreateResponse`,
  `<Entity>CreateSummary` for a request body's nested `summary`). Names are never numbered: if the
  qualified name is taken too, the stage stops with one line naming the `renames` entry to add to
  `codegen/config/naming.json` (which maps a derived name to the one to use); every such clash is
  found first, and the one stop lists them all (in `.regen/stopped-normalise.txt`).

Also: beside a `$ref` only the siblings that leave its shape as it is (annotations, `nullable`, `default`,
`readOnly`/`writeOnly`, extensions) apply to the copy; OpenAPI 3.0 and the generator ignore the rest
(a sibling `properties: {}` must not empty the target). `nullable` beside a `$ref` becomes
`allOf: [$ref]` + `nullable` (openapi-python-client ignores the sibling), a missing operationId is
derived from method and path, and a GET success response without content on a collection (skip/limit,
or a plural path) is typed as an array of any JSON (lists return bare arrays, even where the docs say
"No content").
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from typing import Any

from .all_of import merge_object_all_of
from .deprecations import describe_deprecated_properties
from .discriminators import apply_member_tags, tag_discriminated_members
from .enum_names import copy_enum_names
from .envelopes import Envelope, match_envelope
from .errors import RegenError
from .normalise_refs import discriminator_targets, drop_class_titles, resolve_component_refs
from .openapi31 import as_openapi30
from .paths import action_segment
from .shape_merge import union_all
from .shared_components import drop_read_write_only, inline_shared_components
from .spec import ANNOTATIONS, CONTENTLESS_EXTENSION, NamingConfig, json_media, operations, ref_name, ref_to, refs_in
from .sticky_names import REQUEST, RESPONSE, cluster_sites, moved_names, site_paths

__all__ = ["NormaliseReport", "normalise", "entity_of", "shape_key"]

# A shared suffix that is only one of these words does not name a thing on its own.
GENERIC_SUFFIXES = {"", "Create", "Update", "Item", "Response", "Body", "Data", "Id"}
# A union member nothing else tells apart is named by its position (and the report says so).
POSITIONAL_VARIANT = "Variant"
# Priority of a site when two shapes want one name (lower wins).
ROLE_PRIORITY = {"retrieve": 0, "list": 1, "update-response": 2, "create-response": 3, "delete": 4}


@dataclass
class NormaliseReport:
    hoisted: int = 0
    components: list[str] = field(default_factory=list)
    merged: dict[str, list[str]] = field(default_factory=dict)
    qualified: dict[str, str] = field(default_factory=dict)
    renamed_by_map: dict[str, str] = field(default_factory=dict)
    nullable_refs: int = 0
    operation_ids: list[str] = field(default_factory=list)
    untyped_responses: list[str] = field(default_factory=list)
    inlined_refs: list[str] = field(default_factory=list)
    dropped_orphans: list[str] = field(default_factory=list)
    site_names: dict[str, str] = field(default_factory=dict)
    """Each site's model name (`sticky_names.site_paths`), recorded so the next regen keeps them."""
    moved: list[str] = field(default_factory=list)
    """Sites whose model name differs from the previous release's (`<site>: Old -> New`)."""
    kept: int = 0
    positional_variants: list[str] = field(default_factory=list)
    resolved_sections: list[str] = field(default_factory=list)
    untitled: int = 0

    def lines(self) -> list[str]:
        out = [f"normalise: {self.hoisted} inline schemas -> {len(self.components)} named components"]
        if self.inlined_refs:
            out.append(f"  named by role, not by the vendor's component names: {', '.join(self.inlined_refs)}")
        if self.dropped_orphans:
            out.append(
                "  left out, used by no operation and named like an operation's schema: "
                + ", ".join(self.dropped_orphans)
            )
        for name, sources in sorted(self.merged.items()):
            out.append(f"  merged identical shapes into {name}: {', '.join(sources)}")
        for old, new in sorted(self.renamed_by_map.items()):
            out.append(f"  naming map: {old} -> {new}")
        for site, name in sorted(self.qualified.items()):
            out.append(f"  name taken, qualified: {site} -> {name}")
        if self.kept:
            out.append(f"  kept the model names of {self.kept} site(s) from the previous release (openapi.record.json)")
        for moved in self.moved:
            out.append(f"  model name moved (its shape no longer fits the model it had): {moved}")
        if self.resolved_sections:
            out.append(f"  copied $refs to components/{{{','.join(self.resolved_sections)}}} into the operations")
        if self.untitled:
            out.append(f"  dropped {self.untitled} schema title(s): the component name is the class name")
        if self.nullable_refs:
            out.append(f"  wrapped {self.nullable_refs} nullable $ref(s) in allOf")
        for name in self.positional_variants:
            out.append(
                f"  union member named by its position only: {name}; a better name goes in "
                f'codegen/config/naming.json: "renames": {{"{name.split(" ")[0]}": "<Name>"}}'
            )
        for op in self.operation_ids:
            out.append(f"  derived missing operationId: {op}")
        for op in self.untyped_responses:
            out.append(f"  typed a content-less list response as an array of any JSON: {op}")
        return out


# --- names -------------------------------------------------------------------------------------


def pascal(text: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def singular(word: str) -> str:
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 3:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith(("sses", "xes", "ches", "shes", "uses")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(word) > 1:
        return word[:-1]
    return word


def split_words(name: str) -> list[str]:
    return re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", name)


def common_suffix(names: list[str]) -> str:
    word_lists = [split_words(n) for n in names]
    suffix: list[str] = []
    for words in zip(*(reversed(w) for w in word_lists), strict=False):
        if all(w == words[0] for w in words):
            suffix.insert(0, words[0])
        else:
            break
    return "".join(suffix)


# --- shapes ------------------------------------------------------------------------------------


def is_hoistable(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if schema.get("enum") is not None and schema.get("type", "string") in ("string", "integer", "number"):
        return True
    return bool(schema.get("properties")) and schema.get("type", "object") == "object"


def shape_key(schema: Any) -> str:
    """Canonical JSON of the schema's structure: annotations and vendor extensions left out."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (strip(v) if k != "properties" else {pk: strip(pv) for pk, pv in v.items()})
                for k, v in node.items()
                if k not in ANNOTATIONS and not k.startswith("x-")
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return json.dumps(strip(schema), sort_keys=True, separators=(",", ":"))


# --- the vendor's $refs ------------------------------------------------------------------------


def _reachable(roots: Any, components: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = [n for n in refs_in(roots) if n in components]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(n for n in refs_in(components[name]) if n in components and n not in seen)
    return seen


def _recursive(components: dict[str, Any]) -> set[str]:
    """Components that reach themselves through `$ref`s (they cannot be inlined)."""
    return {name for name in components if name in _reachable(components[name], components)}


# Beside a `$ref`, the keywords that do not change the target's shape (everything else is ignored).
_REF_SIBLINGS = ANNOTATIONS | {"nullable", "default", "readOnly", "writeOnly"}


def _applies_beside_ref(key: str) -> bool:
    return key in _REF_SIBLINGS or key.startswith("x-")


def _inline(node: Any, components: dict[str, Any], keep: set[str]) -> Any:
    """`node` with every `$ref` to a component not in `keep` replaced by a copy of its target.

    A lone `allOf: [$ref]` (how a nullable or described `$ref` is written) merges into its target,
    so it reads exactly like the same schema written inline.
    """
    if isinstance(node, list):
        return [_inline(v, components, keep) for v in node]
    if not isinstance(node, dict):
        return node
    name = ref_name(node)
    if name is not None and name in components and name not in keep:
        target = _inline(copy.deepcopy(components[name]), components, keep)
        # OpenAPI 3.0 ignores a `$ref`'s siblings, and so does the generator: only those that leave the
        # shape as it is (annotations, `nullable`, `default`, extensions) apply to the copy. A sibling
        # `properties: {}` must not empty the target (openapi-python-client's own spec has one).
        siblings = {k: _inline(v, components, keep) for k, v in node.items() if _applies_beside_ref(k)}
        return {**target, **siblings} if isinstance(target, dict) else target
    out = {k: _inline(v, components, keep) for k, v in node.items()}
    members = out.get("allOf")
    if (
        isinstance(members, list)
        and len(members) == 1
        and ref_name(node["allOf"][0]) not in (None, *keep)
        and isinstance(members[0], dict)
        # `default` beside it overrides the target's (openapi-python-client reads it so); anything else
        # beside it makes a new shape, left as the allOf.
        and not (set(out) - {"allOf", "nullable", "default"} - ANNOTATIONS)
    ):
        rest = {k: v for k, v in out.items() if k != "allOf"}
        return {**members[0], **rest}
    return out


def inline_vendor_refs(spec: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Replace the vendor's `$ref`s by copies of their targets, in place; return (orphans, recursive).

    Only recursive components stay `$ref`d. A component no operation reaches (an orphan) stays
    under its vendor name; its body is inlined too. Other components are dropped (now copied inline).
    """
    components = (spec.get("components") or {}).get("schemas") or {}
    # Kept as `$ref`s: recursive components, and those a discriminator's mapping names (normalise_refs).
    recursive = _recursive(components) | discriminator_targets(components, spec.get("paths") or {})
    used = _reachable(spec.get("paths") or {}, components)
    orphans = {name for name in components if name not in used}
    spec["paths"] = _inline(spec.get("paths") or {}, components, recursive)
    for name in sorted(orphans | recursive):
        inner = dict(components)
        # A recursive component's own `$ref`s to itself stay; everything else is copied in.
        components[name] = _inline(components[name], inner, recursive)
    for name in sorted(set(components) - orphans - recursive):
        del components[name]
    return orphans, recursive


# --- sites -------------------------------------------------------------------------------------


@dataclass
class Site:
    """One inline schema that becomes (or points at) a named component."""

    holder: dict[str, Any] | list[Any]
    slot: str | int
    entity: str
    suffix: str  # what follows the entity in the heuristic name
    fallback: str  # the role-qualified name, used when the heuristic name is taken by another shape
    priority: tuple[int, str]
    key: str = ""
    weak: bool = False  # a union member: takes the name of an identical shape named elsewhere
    direction: str = ""  # request or response (operation sites only; see sticky_names)
    path: str = ""  # where it is: operation, direction, status, property path (sticky_names.site_paths)
    sticky: str = ""  # the name it keeps from the previous release (or `separate` in naming.json)
    positional: bool = False  # a union member only its position names (`<Entity>Variant2`)

    @property
    def schema(self) -> dict[str, Any]:
        value = self.holder[self.slot]  # type: ignore[index]
        assert isinstance(value, dict)
        return value

    @property
    def heuristic_name(self) -> str:
        return self.entity + self.suffix


def _fixed_value(schema: Any) -> str | None:
    """The one value a property may take (`enum` of one, or `const`), if it names something."""
    if not isinstance(schema, dict):
        return None
    values = schema.get("enum")
    if isinstance(values, list) and len(values) == 1:
        value = values[0]
    elif "const" in schema:
        value = schema["const"]
    else:
        return None
    return value if isinstance(value, str) and pascal(value) else None


def _variant(
    member: dict[str, Any], others: list[dict[str, Any]], index: int, discriminator: str | None = None
) -> tuple[str, bool]:
    """What tells one union member from the others, as a name part, and whether only its position did.

    By rule, in order: its discriminator value (the union's `discriminator.propertyName`, else any
    property with one fixed value), its `title`, the required properties the others lack, the
    properties the others lack; its position last (`Variant2`, said in the normalise report).
    """
    props = member.get("properties") or {}
    if discriminator and pascal(_fixed_value(props.get(discriminator)) or ""):
        return pascal(_fixed_value(props[discriminator]) or ""), False
    if isinstance(member.get("title"), str) and pascal(member["title"]):
        return pascal(member["title"]), False
    for _prop, sub in sorted(props.items()):
        value = _fixed_value(sub)
        if value is not None:
            return pascal(value), False
    other_props = {p for o in others for p in (o.get("properties") or {})}
    required = [p for p in member.get("required") or [] if p in props and p not in other_props]
    unique = required or sorted(p for p in props if p not in other_props)
    if unique:
        return pascal(unique[0]), False
    return POSITIONAL_VARIANT + str(index + 1), True


class _Collector:
    def __init__(self) -> None:
        self.sites: list[Site] = []
        self.direction = ""  # of the body being visited: request or response

    def visit(
        self,
        holder: Any,
        slot: Any,
        entity: str,
        suffix: str,
        fallback: str,
        priority: tuple[int, str],
        qual: str = "",
        weak: bool = False,
        positional: bool = False,
    ) -> str | None:
        """Register hoistable schemas bottom-up; return the shape key of holder[slot] if hoisted.

        `qual` is the role-qualified path of holder[slot] (`Create`, `CreateSummary`): nested sites
        fall back to `<Entity><qual><Property>` when their plain name is taken by another shape.
        """
        schema = holder[slot]
        if not isinstance(schema, dict):
            return None
        self._visit_children(schema, entity, suffix, priority, qual)
        if not is_hoistable(schema):
            return None
        site = Site(
            holder, slot, entity, suffix, fallback, priority, weak=weak, direction=self.direction, positional=positional
        )
        site.key = shape_key(self._keyed_view(schema))
        self.sites.append(site)
        return site.key

    def _visit_children(
        self, schema: dict[str, Any], entity: str, suffix: str, priority: tuple[int, str], qual: str = ""
    ) -> None:
        # Nested names drop the role qualifier: a body's `billing` and a response's are both <Entity>Billing.
        # An error body has no entity: its nested names start with the model's own (`ErrorResponseError`).
        if suffix == "ErrorResponse":
            base = suffix
        else:
            base = "" if suffix.endswith(("Create", "Update", "Response")) else suffix
        for prop, sub in sorted((schema.get("properties") or {}).items()):
            if not isinstance(sub, dict):
                continue
            name = base + pascal(prop)
            if sub.get("type") == "array" and isinstance(sub.get("items"), dict):
                item = base + singular(pascal(prop))
                part = qual + singular(pascal(prop))
                self.visit(sub, "items", entity, item, entity + part, priority, part)
            else:
                part = qual + pascal(prop)
                self.visit(schema["properties"], prop, entity, name, entity + part, priority, part)
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            self.visit(schema, "items", entity, base + "Item", entity + qual + "Item", priority, qual + "Item")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            self.visit(
                schema,
                "additionalProperties",
                entity,
                base + "Value",
                entity + qual + "Value",
                priority,
                qual + "Value",
            )
        for member in schema.get("allOf") or []:
            if isinstance(member, dict):
                self._visit_children(member, entity, suffix, priority, qual)
        for combinator in ("oneOf", "anyOf"):
            members = schema.get(combinator) or []
            objects = [m for m in members if isinstance(m, dict) and is_hoistable(m)]
            discriminator = (schema.get("discriminator") or {}).get("propertyName")
            for index, member in enumerate(members):
                if not isinstance(member, dict):
                    continue
                if any(member is o for o in objects):
                    others = [o for o in objects if o is not member]
                    position = [id(o) for o in objects].index(id(member))
                    variant, positional = _variant(member, others, position, discriminator)
                    # A body's members keep its role (`CategoryCreateName`): what is sent is not what is read.
                    head = "" if suffix.endswith("Response") else suffix
                    self.visit(
                        members,
                        index,
                        entity,
                        head + variant,
                        entity + qual + variant,
                        priority,
                        qual + variant,
                        weak=True,
                        positional=positional,
                    )
                else:
                    self._visit_children(member, entity, suffix, priority, qual)

    @staticmethod
    def _keyed_view(schema: dict[str, Any]) -> dict[str, Any]:
        # Children were registered first; their keys stand in for them so parents compare structurally.
        return schema


# --- the stage ---------------------------------------------------------------------------------


def entity_of(path: str, naming: NamingConfig) -> str:
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    last = segments[-1] if segments else "root"
    if last in naming.entities:
        return naming.entities[last]
    return singular(pascal(last))


def _json_schema_slot(container: Any) -> tuple[dict[str, Any], str] | None:
    """Where the JSON body's schema sits (holder, key), for a site that rewrites it into a `$ref`."""
    media = json_media(container)
    if media is not None and isinstance(media.get("schema"), dict):
        return media, "schema"
    return None


def _fix_nullable_refs(node: Any) -> int:
    count = 0
    if isinstance(node, dict):
        if "$ref" in node and node.get("nullable") is True:
            ref = node.pop("$ref")
            node["allOf"] = [{"$ref": ref}]
            count += 1
        for value in node.values():
            count += _fix_nullable_refs(value)
    elif isinstance(node, list):
        for value in node:
            count += _fix_nullable_refs(value)
    return count


def _is_list_operation(path: str, op: dict[str, Any]) -> bool:
    """A GET on a collection: paged by skip/limit, or a plural last segment with no path parameter."""
    names = {p.get("name") for p in op.get("parameters") or [] if isinstance(p, dict) and p.get("in") == "query"}
    if {"skip", "limit"} & names:
        return True
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return not last.startswith("{") and singular(last) != last


def _derive_operation_id(method: str, path: str) -> str:
    words = [method] + [p.strip("{}") for p in path.split("/") if p and p not in ("v1", "api")]
    return "_".join(re.sub(r"[^0-9A-Za-z]+", "_", w) for w in words)


def _collect(spec: dict[str, Any], naming: NamingConfig, report: NormaliseReport) -> _Collector:
    collector = _Collector()
    paths = set(spec.get("paths") or {})
    for path, method, op in operations(spec):
        # An action sub-path (`POST /attachment/upload`) acts on its parent's entity; its body is named
        # by the action (`AttachmentUpload`), its answer as the entity's (`Attachment` when the same shape).
        action = action_segment(path, paths)
        entity = entity_of(path.rstrip("/").rsplit("/", 1)[0] if action else path, naming)
        op_id = str(op.get("operationId"))
        body = op.get("requestBody")
        if isinstance(body, dict):
            slot = _json_schema_slot(body)
            if slot:
                role = "Create" if method == "post" else "Update" if method in ("put", "patch") else pascal(method)
                collector.direction = REQUEST
                role = pascal(action) if action else role
                # Bodies keep their role in the shape key: CustomerCreate and CustomerUpdate stay two classes.
                collector.visit(*slot, entity, role, entity + role + "Body", (5, op_id), role)
                if collector.sites and collector.sites[-1].holder is slot[0]:
                    collector.sites[-1].key = role + ":" + collector.sites[-1].key
        for status, response in sorted((op.get("responses") or {}).items()):
            if not isinstance(response, dict):
                continue
            slot = _json_schema_slot(response)
            if slot is None:
                continue
            status_text = str(status)
            collector.direction = RESPONSE
            envelope = match_envelope(slot[0]["schema"], query=_query_names(op)) if method == "get" else None
            if status_text.startswith("2") and envelope:
                _visit_envelope(collector, slot[0], entity, envelope, op_id)
            elif status_text.startswith("2"):
                if method == "delete":
                    suffix, role = "DeleteResponse", "delete"
                elif method == "get":
                    role = "list" if slot[0]["schema"].get("type") == "array" else "retrieve"
                    suffix = ""
                else:
                    role = "create-response" if method == "post" else "update-response"
                    suffix = ""
                verb = {
                    "retrieve": "Retrieve",
                    "list": "List",
                    "delete": "Delete",
                    "create-response": "Create",
                    "update-response": "Update",
                }[role]
                fallback = entity + verb + "Response"
                holder, key = slot
                if holder[key].get("type") == "array" and isinstance(holder[key].get("items"), dict):
                    holder, key = holder[key], "items"
                qual = {"retrieve": "", "list": "List"}.get(role, verb)
                collector.visit(holder, key, entity, suffix, fallback, (ROLE_PRIORITY[role], op_id), qual)
            else:
                # Error bodies are what they are whatever the entity: one `ErrorResponse` where shapes agree.
                qual = f"Error{status_text}" if status_text[:1].isdigit() else "Error"
                collector.visit(*slot, "", "ErrorResponse", entity + qual + "Response", (9, op_id), entity + qual)
    return collector


def _query_names(op: dict[str, Any]) -> set[str]:
    """The operation's query parameter names (an envelope shape is read only where its paging fits)."""
    return {str(p.get("name")) for p in op.get("parameters") or [] if isinstance(p, dict) and p.get("in") == "query"}


def _visit_envelope(collector: _Collector, media: dict[str, Any], entity: str, envelope: Envelope, op_id: str) -> None:
    """A page envelope (`codegen/config/pagination.yaml`): its items are the entity (`GiftCard`), the
    envelope `<Entity>Page`, its other parts `<Entity>Page<Property>` (`GiftCardPageMeta`)."""
    schema = media["schema"]
    priority = (ROLE_PRIORITY["list"], op_id)
    props = schema["properties"]
    collector.visit(props[envelope.items], "items", entity, "", entity + "ListItem", priority, "List")
    for prop in sorted(props):
        if prop != envelope.items and isinstance(props[prop], dict):
            part = "Page" + pascal(prop)
            collector.visit(props, prop, entity, part, entity + part, priority, part)
    site = Site(media, "schema", entity, "Page", entity + "ListPage", priority, direction=collector.direction)
    site.key = "Page:" + shape_key(schema)
    collector.sites.append(site)


def normalise(
    spec_in: dict[str, Any], naming: NamingConfig, previous: dict[str, str] | None = None
) -> tuple[dict[str, Any], NormaliseReport]:
    """The spec with every object and enum schema a named component (see the module docstring).

    `previous`: each site's model name in the release this one regenerates from (the record's
    `model_names`); sites keep them while their shape fits (`sticky_names`).
    """
    spec = copy.deepcopy(spec_in)
    report = NormaliseReport()
    report.resolved_sections = resolve_component_refs(spec)
    inline_shared_components(spec)  # components/parameters, responses, requestBodies; path-item parameters
    as_openapi30(spec)  # a 3.1 file as its 3.0 equivalent; `anyOf [X, {type: null}]` is a nullable X
    report.nullable_refs = _fix_nullable_refs(spec)
    _fill_operation_gaps(spec, report)

    components = spec.setdefault("components", {}).setdefault("schemas", {})
    tag_discriminated_members(spec)  # before inlining: a discriminator's mapping names components
    orphans, recursive = inline_vendor_refs(spec)
    apply_member_tags(spec)
    merge_object_all_of(spec)  # an entity written as allOf [base DTO, own fields] is one object
    copy_enum_names(spec)
    describe_deprecated_properties(spec)
    report.inlined_refs = sorted(set(spec_in.get("components", {}).get("schemas", {}) or {}) - orphans - recursive)
    drop_read_write_only(spec)  # per use, now that every use has its own copy
    # Components left: recursive ones (they keep their names and claim their shape) and orphans
    # (they keep their names but lend them to nothing; their nested objects rank after every operation's).
    op_sites = _collect(spec, naming, report).sites
    _drop_orphans_named_like_operations(components, orphans - recursive, op_sites, naming, report)
    component_sites, claimed = _collect_components(components, recursive)
    sites = component_sites + op_sites
    report.hoisted = len(sites)
    _place_sites(spec, components, sites, naming, previous or {})

    subgroups = _name_shapes(sites, claimed, naming, report)
    assigned = _unique_names(subgroups, components, claimed, naming, report)
    report.site_names = {site.path: name for name, group in assigned for site in group}
    report.moved = moved_names(previous or {}, report.site_names)
    report.kept = sum(1 for path, name in report.site_names.items() if (previous or {}).get(path) == name)
    report.components = _write_components(sites, assigned, components)
    report.untitled = drop_class_titles(spec)
    spec["components"]["schemas"] = {k: components[k] for k in sorted(components)}
    return spec, report


def _place_sites(
    spec: dict[str, Any], components: dict[str, Any], sites: list[Site], naming: NamingConfig, previous: dict[str, str]
) -> None:
    """Each site's path, then which sites are one model and the names they keep (`sticky_names`)."""
    paths = site_paths(spec, components)
    for site in sites:
        site.path = paths.get(id(site.schema), "")
    cluster_sites(sites, naming, previous)  # type: ignore[arg-type]


def _fill_operation_gaps(spec: dict[str, Any], report: NormaliseReport) -> None:
    """A missing operationId derived from method and path; a content-less list response typed."""
    for path, method, op in operations(spec):
        if not op.get("operationId"):
            op["operationId"] = _derive_operation_id(method, path)
            report.operation_ids.append(f"{method.upper()} {path} -> {op['operationId']}")
        if method == "get" and _is_list_operation(path, op):
            for status, response in (op.get("responses") or {}).items():
                if str(status).startswith("2") and isinstance(response, dict) and not response.get("content"):
                    # Lists return bare arrays; an array of any JSON keeps the data a "No content" doc would drop.
                    # (An empty schema `{}` is read as no content by openapi-python-client.)
                    # The marker tells the client layer an empty body (what a mock of the docs sends) is an empty page.
                    inferred = {"type": "array", "items": {}, CONTENTLESS_EXTENSION: True}
                    response["content"] = {"application/json": {"schema": inferred}}
                    report.untyped_responses.append(f"GET {path} {status}")


def _drop_orphans_named_like_operations(
    components: dict[str, Any], orphans: set[str], op_sites: list[Site], naming: NamingConfig, report: NormaliseReport
) -> None:
    """An orphan never takes a name from an operation's schema: one whose vendor name an operation's
    schema derives (a DTO the vendor copied inline and then edited, say) is left out, and said so."""
    derived = {naming.renames.get(site.heuristic_name, site.heuristic_name) for site in op_sites}
    for name in sorted(orphans & derived):
        del components[name]
        report.dropped_orphans.append(name)


def _collect_components(components: dict[str, Any], recursive: set[str]) -> tuple[list[Site], dict[str, str]]:
    """Sites nested in the components left, and the shapes recursive components claim (key -> name)."""
    collector = _Collector()
    claimed: dict[str, str] = {}
    for name in sorted(components):
        schema = components[name]
        if not isinstance(schema, dict):
            continue
        first_new = len(collector.sites)
        collector._visit_children(schema, name, "", (-1, name) if name in recursive else (20, name))
        if name not in recursive:
            # An orphan's nested objects take the name their shape has at an operation, never lend one.
            for site in collector.sites[first_new:]:
                site.weak = True
        if name in recursive and is_hoistable(schema):
            claimed.setdefault(shape_key(schema), name)
    return collector.sites, claimed


def _name_shapes(
    sites: list[Site], claimed: dict[str, str], naming: NamingConfig, report: NormaliseReport
) -> list[tuple[str, list[Site]]]:
    """Group sites by shape, then name each group: the naming map, else the heuristic name, else the
    shared suffix of merged entities. Naming map entries split a shape group by final name."""
    groups: dict[str, list[Site]] = {}
    for site in sites:
        groups.setdefault(site.key, []).append(site)
    ordered = sorted(groups.items(), key=lambda kv: min(s.priority for s in kv[1]))
    subgroups: list[tuple[str, list[Site]]] = []
    for key, members in ordered:
        if key in claimed:
            subgroups.append((claimed[key], members))
            continue
        subgroups.extend(_name_one_shape(members, naming, report).items())
    return subgroups


def _name_one_shape(members: list[Site], naming: NamingConfig, report: NormaliseReport) -> dict[str, list[Site]]:
    """Final name -> sites, for the sites of one shape: mapped names win, others stay separate."""
    by_name: dict[str, list[Site]] = {}
    # A union member takes the name its shape has elsewhere; only alone does it name itself.
    strong = [s for s in members if not s.weak] or members
    for site in sorted(strong, key=lambda s: s.priority):
        heuristic = site.heuristic_name
        final = site.sticky or naming.renames.get(heuristic, heuristic)
        if site.positional and final == heuristic:
            report.positional_variants.append(f"{heuristic} ({site.priority[1]})")
        if final != heuristic and naming.renames.get(heuristic) == final:
            report.renamed_by_map[heuristic] = final
        by_name.setdefault(final, []).append(site)
    names = list(by_name)
    kept = {s.sticky for s in strong}
    unmapped = [n for n in names if n not in naming.renames.values() and n not in kept]
    suffix = common_suffix(unmapped) if len(unmapped) > 1 else ""
    if len(unmapped) > 1 and suffix not in GENERIC_SUFFIXES:
        merged = [s for n in unmapped for s in by_name.pop(n)]
        by_name.setdefault(suffix, []).extend(merged)  # a kept name of that suffix takes them in
        report.merged[suffix] = sorted({s.heuristic_name for s in merged})
    _join_kept_suffix(by_name, [n for n in unmapped if n in by_name], kept)
    if len(strong) < len(members):
        by_name[next(iter(by_name))].extend(s for s in members if s.weak)
    return by_name


def _join_kept_suffix(by_name: dict[str, list[Site]], unmapped: list[str], kept: set[str]) -> None:
    """A new site of a shape merged under a kept suffix name (`Metadata`, `DeleteResponse`) joins it,
    as it would have joined the merge in the release that named it."""
    for name in [n for n in by_name if n in kept and n not in GENERIC_SUFFIXES]:
        heuristics = [s.heuristic_name for s in by_name[name]]
        for new in [n for n in unmapped if n in by_name and common_suffix([n, *heuristics]) == name]:
            by_name[name].extend(by_name.pop(new))


def _unique_names(
    subgroups: list[tuple[str, list[Site]]],
    components: dict[str, Any],
    claimed: dict[str, str],
    naming: NamingConfig,
    report: NormaliseReport,
) -> list[tuple[str, list[Site]]]:
    """Give each subgroup a unique name: the best-priority claimant keeps it, others take their
    role-qualified name; never a number (that would rename things when an unrelated shape moves)."""
    taken: dict[str, str] = {name: f"component {name}" for name in components}
    name_key: dict[str, str] = {}
    assigned: list[tuple[str, list[Site]]] = []
    clashes: list[str] = []

    # Remembered names first: a new shape never takes the name an existing model keeps.
    def order(subgroup: tuple[str, list[Site]]) -> tuple[bool, tuple[int, str]]:
        return not any(s.sticky for s in subgroup[1]), min(s.priority for s in subgroup[1])

    for name, group_sites in sorted(subgroups, key=order):
        key = group_sites[0].key
        if name in components and claimed.get(key) == name:
            assigned.append((name, group_sites))
            continue
        if name in name_key and name_key[name] == key:
            assigned.append((name, group_sites))
            continue
        final = name
        if final in taken:
            first = min(group_sites, key=lambda s: s.priority)
            final = naming.renames.get(first.fallback, first.fallback)
            if final in taken:
                # Every collision is found before stopping: one stop names every entry to add.
                clashes.append(
                    f"two different schemas want the model name {final} ({taken[final]}; {first.priority[1]}): "
                    f'"renames": {{"{first.fallback}": "<Name>"}}'
                )
                continue
            report.qualified[name + " (" + first.priority[1] + ")"] = final
        taken[final] = key
        name_key[final] = key
        assigned.append((final, group_sites))
    if clashes:
        raise RegenError(
            "normalise",
            clashes[0],
            "add each entry to codegen/config/naming.json (one name per entry), then regen",
            items=clashes,
        )
    return assigned


def _write_components(
    sites: list[Site], assigned: list[tuple[str, list[Site]]], components: dict[str, Any]
) -> list[str]:
    """Hoist each named shape into `components` and point its sites at it; the names written, sorted.

    Deepest sites were collected first, so children are refs before parents are copied.
    """
    site_name: dict[int, str] = {}
    for name, group_sites in assigned:
        for site in group_sites:
            site_name[id(site)] = name
    shapes: dict[str, list[dict[str, Any]]] = {}
    for site in sites:
        name = site_name[id(site)]
        if name not in components or name in shapes:
            shapes.setdefault(name, []).append(site.schema)
        ref = {"$ref": ref_to(name)}
        if site.holder is not components or site.slot != name:
            site.holder[site.slot] = ref  # type: ignore[index]
    # A model's sites may differ by optional properties (sticky_names): it has all of them.
    for name, schemas in shapes.items():
        components[name] = union_all(schemas)
    return sorted(shapes)
