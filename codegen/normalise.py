"""Stage 3, normalise: deterministic transforms of the spec before generation.

The generator names an inline schema after where it sits (`CustomersControllerFindAllResponse200Item`).
This stage gives every object and enum schema a component name a user would write by hand, based on
what the operation *is*, never on today's file's quirks:

- Entity: the last static path segment, singular (`/v1/api/customers` -> `Customer`).
- Role: the request body of a POST is `<Entity>Create`, of a PUT/PATCH `<Entity>Update`; a GET, POST
  or PUT response (or a list's item) is `<Entity>`; a DELETE response is `<Entity>DeleteResponse`.
- Nested objects are `<Entity><Property>` (array items singular: `notes[]` -> `<Entity>Note`).
- Identical shapes (descriptions and examples ignored) become one class. When they came from
  several entities, the shared name suffix names it (`StationDeleteResponse` + `OrderDeleteResponse`
  -> `DeleteResponse`); where no suffix says it, `codegen/config/naming.json` decides (`Address`).
- Components the vendor already named keep their names; inline copies of them become `$ref`s.
- When two different shapes want one name, the better source keeps it (GET one, then list item,
  update, create) and the other gets a qualified name (`<Entity>CreateResponse`).

Also: `nullable` beside a `$ref` becomes `allOf: [$ref]` + `nullable` (openapi-python-client ignores
the sibling), a missing operationId is derived from method and path, and a GET success response
without content on a collection (skip/limit, or a plural path) is typed as an array of any JSON
(lists return bare arrays, even where the docs say "No content").
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["NamingConfig", "NormaliseReport", "normalise", "load_naming"]

JSON_TYPES = ("application/json",)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
ANNOTATIONS = {"description", "example", "examples", "title", "deprecated", "externalDocs", "xml"}
REF_PREFIX = "#/components/schemas/"
# A shared suffix that is only one of these words does not name a thing on its own.
GENERIC_SUFFIXES = {"", "Create", "Update", "Item", "Response", "Body", "Data", "Id"}
# Priority of a site when two shapes want one name (lower wins).
ROLE_PRIORITY = {"retrieve": 0, "list": 1, "update-response": 2, "create-response": 3, "delete": 4}


@dataclass(frozen=True)
class NamingConfig:
    """The committed naming map (`codegen/config/naming.json`)."""

    entities: dict[str, str] = field(default_factory=dict)
    """Path segment -> entity name, where singularising the segment gets it wrong."""
    renames: dict[str, str] = field(default_factory=dict)
    """Heuristic name -> final name (several heuristic names may map to one shared class)."""


def load_naming(data: dict[str, Any]) -> NamingConfig:
    return NamingConfig(entities=dict(data.get("entities", {})), renames=dict(data.get("renames", {})))


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

    def lines(self) -> list[str]:
        out = [f"normalise: {self.hoisted} inline schemas -> {len(self.components)} named components"]
        for name, sources in sorted(self.merged.items()):
            out.append(f"  merged identical shapes into {name}: {', '.join(sources)}")
        for old, new in sorted(self.renamed_by_map.items()):
            out.append(f"  naming map: {old} -> {new}")
        for site, name in sorted(self.qualified.items()):
            out.append(f"  name taken, qualified: {site} -> {name}")
        if self.nullable_refs:
            out.append(f"  wrapped {self.nullable_refs} nullable $ref(s) in allOf")
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


# --- sites -------------------------------------------------------------------------------------


@dataclass
class Site:
    """One inline schema that becomes (or points at) a named component."""

    holder: dict[str, Any] | list[Any]
    slot: str | int
    entity: str
    suffix: str  # what follows the entity in the heuristic name
    fallback: str  # a qualified name, used when the heuristic name is taken by another shape
    priority: tuple[int, str]
    key: str = ""

    @property
    def schema(self) -> dict[str, Any]:
        value = self.holder[self.slot]  # type: ignore[index]
        assert isinstance(value, dict)
        return value

    @property
    def heuristic_name(self) -> str:
        return self.entity + self.suffix


class _Collector:
    def __init__(self) -> None:
        self.sites: list[Site] = []

    def visit(
        self, holder: Any, slot: Any, entity: str, suffix: str, fallback: str, priority: tuple[int, str]
    ) -> str | None:
        """Register hoistable schemas bottom-up; return the shape key of holder[slot] if hoisted."""
        schema = holder[slot]
        if not isinstance(schema, dict):
            return None
        self._visit_children(schema, entity, suffix, priority)
        if not is_hoistable(schema):
            return None
        site = Site(holder, slot, entity, suffix, fallback, priority)
        site.key = shape_key(self._keyed_view(schema))
        self.sites.append(site)
        return site.key

    def _visit_children(self, schema: dict[str, Any], entity: str, suffix: str, priority: tuple[int, str]) -> None:
        # Nested names drop the role qualifier: a body's `billing` and a response's are both <Entity>Billing.
        base = suffix if suffix.endswith(("Create", "Update", "Response")) is False else ""
        for prop, sub in sorted((schema.get("properties") or {}).items()):
            if not isinstance(sub, dict):
                continue
            name = base + pascal(prop)
            if sub.get("type") == "array" and isinstance(sub.get("items"), dict):
                item = base + singular(pascal(prop))
                self.visit(sub, "items", entity, item, entity + item, priority)
            else:
                self.visit(schema["properties"], prop, entity, name, entity + name, priority)
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            self.visit(schema, "items", entity, base + "Item", entity + base + "Item", priority)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            self.visit(schema, "additionalProperties", entity, base + "Value", entity + base + "Value", priority)
        for combinator in ("allOf", "oneOf", "anyOf"):
            for member in schema.get(combinator) or []:
                if isinstance(member, dict):
                    self._visit_children(member, entity, suffix, priority)

    @staticmethod
    def _keyed_view(schema: dict[str, Any]) -> dict[str, Any]:
        # Children were registered first; their keys stand in for them so parents compare structurally.
        return schema


# --- the stage ---------------------------------------------------------------------------------


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) sorted, so results never depend on the file's ordering."""
    for path in sorted(spec.get("paths") or {}):
        item = spec["paths"][path]
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, item[method]


def entity_of(path: str, naming: NamingConfig) -> str:
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    last = segments[-1] if segments else "root"
    if last in naming.entities:
        return naming.entities[last]
    return singular(pascal(last))


def _json_schema_slot(content: Any) -> tuple[dict[str, Any], str] | None:
    if not isinstance(content, dict):
        return None
    for media in JSON_TYPES:
        entry = content.get(media)
        if isinstance(entry, dict) and isinstance(entry.get("schema"), dict):
            return entry, "schema"
    for media, entry in sorted(content.items()):
        if media.endswith("+json") and isinstance(entry, dict) and isinstance(entry.get("schema"), dict):
            return entry, "schema"
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
    for path, method, op in operations(spec):
        entity = entity_of(path, naming)
        op_id = str(op.get("operationId"))
        body = op.get("requestBody")
        if isinstance(body, dict):
            slot = _json_schema_slot(body.get("content"))
            if slot:
                role = "Create" if method == "post" else "Update" if method in ("put", "patch") else pascal(method)
                # Bodies keep their role in the shape key: CustomerCreate and CustomerUpdate stay two classes.
                collector.visit(*slot, entity, role, entity + role + "Body", (5, op_id))
                if collector.sites and collector.sites[-1].holder is slot[0]:
                    collector.sites[-1].key = role + ":" + collector.sites[-1].key
        for status, response in sorted((op.get("responses") or {}).items()):
            if not isinstance(response, dict):
                continue
            slot = _json_schema_slot(response.get("content"))
            if slot is None:
                continue
            status_text = str(status)
            if status_text.startswith("2"):
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
                collector.visit(holder, key, entity, suffix, fallback, (ROLE_PRIORITY[role], op_id))
            else:
                suffix = f"Error{status_text}" if status_text[:1].isdigit() else "Error"
                collector.visit(*slot, entity, suffix, entity + suffix, (9, op_id))
    return collector


def normalise(spec_in: dict[str, Any], naming: NamingConfig) -> tuple[dict[str, Any], NormaliseReport]:
    spec = copy.deepcopy(spec_in)
    report = NormaliseReport()
    report.nullable_refs = _fix_nullable_refs(spec)

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
                    inferred = {"type": "array", "items": {}, "x-finalpos-documented-without-content": True}
                    response["content"] = {"application/json": {"schema": inferred}}
                    report.untyped_responses.append(f"GET {path} {status}")

    components = spec.setdefault("components", {}).setdefault("schemas", {})
    collector = _Collector()
    # Vendor-named components: keep names, hoist their nested inline objects, and claim their shapes.
    claimed: dict[str, str] = {}
    for name in sorted(components):
        schema = components[name]
        if not isinstance(schema, dict):
            continue
        collector._visit_children(schema, name, "", (-1, name))
        if is_hoistable(schema):
            claimed.setdefault(shape_key(schema), name)
    op_sites = _collect(spec, naming, report).sites
    sites = collector.sites + op_sites
    report.hoisted = len(sites)

    # Group by shape; sites inside vendor components come first so their names are preferred.
    groups: dict[str, list[Site]] = {}
    for site in sites:
        groups.setdefault(site.key, []).append(site)

    # Naming map entries split a shape group by final name: mapped names win, others stay separate.
    names_for_key: dict[str, str] = {}
    taken: dict[str, str] = {name: f"component {name}" for name in components}
    name_key: dict[str, str] = {}
    ordered = sorted(groups.items(), key=lambda kv: min(s.priority for s in kv[1]))
    subgroups: list[tuple[str, list[Site]]] = []
    for key, members in ordered:
        if key in claimed:
            names_for_key[key] = claimed[key]
            subgroups.append((claimed[key], members))
            continue
        by_name: dict[str, list[Site]] = {}
        for site in sorted(members, key=lambda s: s.priority):
            heuristic = site.heuristic_name
            final = naming.renames.get(heuristic, heuristic)
            if final != heuristic:
                report.renamed_by_map[heuristic] = final
            by_name.setdefault(final, []).append(site)
        names = list(by_name)
        unmapped = [n for n in names if n not in naming.renames.values()]
        suffix = common_suffix(unmapped) if len(unmapped) > 1 else ""
        if len(unmapped) > 1 and suffix not in GENERIC_SUFFIXES:
            merged = [s for n in unmapped for s in by_name.pop(n)]
            by_name[suffix] = merged
            report.merged[suffix] = sorted({s.heuristic_name for s in merged})
        for name, group_sites in by_name.items():
            subgroups.append((name, group_sites))

    # Give each subgroup a unique name: the best-priority claimant keeps it, others qualify.
    assigned: list[tuple[str, list[Site]]] = []
    for name, group_sites in sorted(subgroups, key=lambda ng: min(s.priority for s in ng[1])):
        key = group_sites[0].key
        if name in components and claimed.get(key) == name:
            assigned.append((name, group_sites))
            continue
        if name in name_key and name_key[name] == key:
            assigned.append((name, group_sites))
            continue
        final = name
        if final in taken:
            final = group_sites[0].fallback
            counter = 2
            while final in taken:
                final = f"{group_sites[0].fallback}{counter}"
                counter += 1
            report.qualified[name + " (" + group_sites[0].priority[1] + ")"] = final
        taken[final] = key
        name_key[final] = key
        assigned.append((final, group_sites))

    # Rewrite: deepest sites were collected first, so children are refs before parents are copied.
    site_name: dict[int, str] = {}
    for name, group_sites in assigned:
        for site in group_sites:
            site_name[id(site)] = name
    written: set[str] = set()
    for site in sites:
        name = site_name[id(site)]
        schema = site.schema
        if name not in components and name not in written:
            components[name] = schema
            written.add(name)
        ref = {"$ref": REF_PREFIX + name}
        if site.holder is not components or site.slot != name:
            site.holder[site.slot] = ref  # type: ignore[index]
    report.components = sorted(written)
    spec["components"]["schemas"] = {k: components[k] for k in sorted(components)}
    return spec, report
