"""Method names for a whole spec: each operation's name by rule, and clashes resolved by rule.

The per-operation rule is `naming.method_name_for` (CRUD shape, PATCH beside PUT, action sub-paths,
else the operationId). Two operations of one resource that still want one name do not stop the
regen: the one ranked first keeps it (a CRUD-shaped path before another, then the shorter path, then
path and HTTP method order) and each other one takes the name qualified by what sets it apart
(its action segment, or its HTTP method on the same path): `create_upload`, `list_custom_table_fields`.
Each such resolution is a report note naming the `methods:` entry that would choose another name.
Only a clash this cannot settle (the qualified name is taken too) stops, naming that entry.

The surface, the stateful fake and the change report all name operations through `method_names`, so
`client.<resource>.<method>()` reads the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import RegenError
from ..paths import action_segment
from ..spec import operations, snake
from .naming import ResourceMap, method_name_for, plural_resource_name

__all__ = ["MethodNames", "method_names", "resource_attr"]

STAGE = "generate"
HTTP_ORDER = {"get": 0, "post": 1, "put": 2, "patch": 3, "delete": 4}


@dataclass
class MethodNames:
    """(HTTP method lower-case, spec path) -> method name; and the report notes of resolved clashes."""

    names: dict[tuple[str, str], str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def get(self, http_method: str, path: str) -> str | None:
        return self.names.get((http_method.lower(), path))


def resource_attr(op: dict[str, Any], names: ResourceMap) -> str:
    """The `FinalPOS` attribute an operation hangs off: its first tag, through the map."""
    tag = (op.get("tags") or ["default"])[0]
    return names.resources.get(tag) or plural_resource_name(tag)


def method_names(spec: dict[str, Any], names: ResourceMap) -> MethodNames:
    """Every operation's method name; raises RegenError only for a clash no rule settles."""
    paths = set((spec.get("paths") or {}).keys())
    wanted: dict[tuple[str, str], list[tuple[str, str, dict[str, Any]]]] = {}
    result = MethodNames()
    for path, method, op in operations(spec):
        verbs = {m for m in (spec["paths"][path] or {}) if m in HTTP_ORDER}
        name = method_name_for(method, path, str(op.get("operationId") or ""), names.methods, paths, verbs)
        wanted.setdefault((resource_attr(op, names), name), []).append((path, method, op))
        result.names[(method, path)] = name
    taken = set(wanted)
    for (attr, name), claimants in sorted(wanted.items()):
        if len(claimants) < 2:
            continue
        keeper, *others = sorted(claimants, key=lambda c: _rank(c[0], c[1], paths))
        for path, method, op in others:
            qualified = f"{name}_{_qualifier(path, method, keeper[0])}"
            where = _where(path, method, op)
            if (attr, qualified) in taken:
                raise RegenError(
                    STAGE,
                    f"two operations want the method client.{attr}.{name}(): {_where(*keeper)} and {where}",
                    f"name one of them under `methods:` in codegen/config/resources.yaml"
                    f" (e.g. `{op.get('operationId')}: <name>`)",
                )
            taken.add((attr, qualified))
            result.names[(method, path)] = qualified
            result.notes.append(
                f"surface: client.{attr}.{name}() is {_where(*keeper)}; {where} is client.{attr}.{qualified}()"
                f" by rule (another name: `{op.get('operationId')}: <name>` under `methods:`"
                " in codegen/config/resources.yaml)"
            )
    return result


def _rank(path: str, method: str, paths: set[str]) -> tuple[int, int, str, int]:
    """Who keeps a wanted name: a path of CRUD shape (a collection or one of its items) first."""
    action = 1 if action_segment(path, paths) else 0
    return (action, path.count("/"), path, HTTP_ORDER.get(method, 9))


def _qualifier(path: str, method: str, keeper_path: str) -> str:
    """What sets an operation apart from the one keeping the name: its HTTP method on the same path,
    else the static segments its path has that the keeper's has not (the last one if none)."""
    if path == keeper_path:
        return method
    keeper_segments = set(keeper_path.strip("/").split("/"))
    segments = [s for s in path.strip("/").split("/") if "{" not in s]
    own = [s for s in segments if s not in keeper_segments] or segments[-1:]
    return snake("_".join(own)) or method


def _where(path: str, method: str, op: dict[str, Any]) -> str:
    return f"{op.get('operationId')} ({method.upper()} {path})"
