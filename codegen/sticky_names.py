"""Which sites share one model, and the name each keeps from the release it regenerates from.

A *site* is one place in the spec where an object or enum schema sits: an operation, a direction,
a status and a property path (`POST /v1/api/customer 201.billing`, `GET /v1/api/customers 200[]`,
`PUT /v1/api/customer/{id} request`). `codegen/normalise.py` collects the sites; this module decides,
before they are named:

- **sticky names**: a site keeps the model name it had in the previous release (the record's
  `model_names`, `openapi.record.json`) while its shape stays compatible with the others that had
  that name (`shape_merge.compatible`: they differ at most by optional properties). Sites that shared
  a name stay one model, even across directions (a request's `billing` and a response's `billing`
  were one `Address`: splitting it would rename one side). A site whose shape no longer fits is named
  by the rules again, and if its name moves the normalise report says so (`moved_names`).
- **shapes that differ only by optional properties are one model**: new sites (and sites that lost
  their sticky name) that want the same name, in the same direction (responses with responses,
  request bodies with request bodies), join one model when compatible; the model is the union of
  their properties (`shape_merge.union`), the extras optional.
- `codegen/config/naming.json` still decides on purpose: a `renames` entry beats a remembered name,
  and a site whose role-qualified name (`CustomerCreateResponse`) is listed in `separate` is its own
  model under that name, merged with nothing.

The result is written on the sites (`key`: one key per model-to-be; `sticky`: the name to keep), so
the naming in normalise.py stays as it was for everything this module leaves alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from .shape_merge import compatible, union
from .spec import NamingConfig, json_schema, operations

__all__ = ["REQUEST", "RESPONSE", "cluster_sites", "moved_names", "site_paths"]

REQUEST = "request"
RESPONSE = "response"


class SiteLike(Protocol):
    """What this module reads and writes on a `normalise.Site`."""

    key: str
    weak: bool
    direction: str
    path: str
    sticky: str
    fallback: str
    priority: tuple[int, str]

    @property
    def schema(self) -> dict[str, Any]: ...

    @property
    def heuristic_name(self) -> str: ...


# --- where each site is -------------------------------------------------------------------------


def site_paths(spec: dict[str, Any], components: dict[str, Any]) -> dict[int, str]:
    """id(schema) -> its site: `<METHOD> <path> <status|request>` then the property path.

    `.name` is a property, `[]` array items, `{}` map values, `/oneOf1` a combinator's member; a
    component's own sites start at `#<Name>`.
    """
    found: dict[int, str] = {}

    def walk(node: Any, where: str) -> None:
        if not isinstance(node, dict):
            return
        found.setdefault(id(node), where)
        props = node.get("properties")
        if isinstance(props, dict):
            for name, sub in props.items():
                walk(sub, f"{where}.{name}")
        walk(node.get("items"), where + "[]")
        walk(node.get("additionalProperties"), where + "{}")
        for combinator in ("allOf", "oneOf", "anyOf"):
            for index, member in enumerate(node.get(combinator) or []):
                walk(member, f"{where}/{combinator}{index}")

    for path, method, op in operations(spec):
        head = f"{method.upper()} {path}"
        walk(json_schema(op.get("requestBody")), f"{head} request")
        for status, response in sorted((op.get("responses") or {}).items()):
            walk(json_schema(response), f"{head} {status}")
    for name, schema in sorted(components.items()):
        walk(schema, f"#{name}")
    return found


# --- which sites are one model -------------------------------------------------------------------


@dataclass
class _Model:
    """Sites that become one model: its name (remembered, or wanted), directions and running union."""

    name: str
    sticky: bool
    shape: Any
    directions: set[str] = field(default_factory=set)
    wants: set[str] = field(default_factory=set)
    """The names its sites want by the rules (a new site wanting one of them may join)."""
    sites: list[SiteLike] = field(default_factory=list)

    def take(self, group: list[SiteLike], want: str) -> None:
        self.shape = union(self.shape, group[0].schema)
        self.directions.update(s.direction for s in group)
        self.wants.add(want)
        self.sites.extend(group)

    @property
    def key(self) -> str:
        """One shape keeps its key (identical shapes elsewhere still share the model, as before);
        a merged model gets its own, so it is never confused with another model of its seed shape."""
        keys = {s.key for s in self.sites}
        seed = self.sites[0].key
        return seed if len(keys) == 1 else f"merged:{self.name}:{','.join(sorted(self.directions))}:{seed}"


def _by_shape(sites: list[SiteLike]) -> list[list[SiteLike]]:
    """Sites grouped by identical shape, the most-used shape first (then the best-placed site)."""
    groups: dict[str, list[SiteLike]] = {}
    for site in sites:
        groups.setdefault(site.key, []).append(site)
    return sorted(groups.values(), key=lambda g: (-len(g), min(s.priority for s in g)))


def _want(site: SiteLike, naming: NamingConfig) -> str:
    return naming.renames.get(site.heuristic_name, site.heuristic_name)


def _remembered(site: SiteLike, previous: dict[str, str], naming: NamingConfig) -> str:
    """The name to keep, unless the naming map now says otherwise (a rename on purpose)."""
    old = previous.get(site.path, "")
    mapped = naming.renames.get(site.heuristic_name)
    return "" if mapped is not None and mapped != old else old


def cluster_sites(sites: list[SiteLike], naming: NamingConfig, previous: dict[str, str]) -> None:
    """Give the sites of one model one `key`, and remembered names in `sticky` (module docstring)."""
    eligible = [s for s in sites if s.direction and not s.weak]
    for site in eligible:
        if site.fallback in naming.separate:
            site.sticky = naming.renames.get(site.fallback, site.fallback)
            site.key = f"separate:{site.sticky}:{site.key}"
    eligible = [s for s in eligible if not s.sticky]

    models: list[_Model] = []
    remembered: dict[str, list[SiteLike]] = {}
    for site in eligible:
        name = _remembered(site, previous, naming)
        if name:
            remembered.setdefault(name, []).append(site)
    placed: set[int] = set()
    for name, members in sorted(remembered.items()):
        groups = _by_shape(members)
        model = _Model(name, True, groups[0][0].schema)
        for group in groups:
            if group is groups[0] or compatible(model.shape, group[0].schema):
                for site in group:
                    model.take([site], _want(site, naming))
                placed.update(id(s) for s in group)
        models.append(model)

    wanted: dict[tuple[str, str], list[SiteLike]] = {}
    for site in eligible:
        if id(site) not in placed:
            wanted.setdefault((_want(site, naming), site.direction), []).append(site)
    for (want, direction), members in sorted(wanted.items()):
        for group in _by_shape(members):
            target = next(
                (
                    m
                    for m in models
                    if (m.name == want or want in m.wants)
                    and direction in m.directions
                    and compatible(m.shape, group[0].schema)
                ),
                None,
            )
            if target is None:
                target = _Model(want, False, group[0].schema)
                models.append(target)
            target.take(group, want)

    for model in models:
        key = model.key
        for site in model.sites:
            site.key = key
            if model.sticky:
                site.sticky = model.name


def moved_names(previous: dict[str, str], current: dict[str, str]) -> list[str]:
    """`<site>: Old -> New` for every site still there whose model name changed."""
    return [
        f"{site}: {previous[site]} -> {current[site]}"
        for site in sorted(previous.keys() & current.keys())
        if previous[site] != current[site]
    ]
