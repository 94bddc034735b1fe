"""API change report and breaking-change gate for version bumps.

When a pulled spec differs from the committed `openapi.json`, `compare()` says what changed *for code
that uses `finalpos`*: operations, parameters, request bodies, responses and model fields added,
removed, made required or optional, changed in type or enum, and models renamed. Each item is judged
breaking or not by `RULES` (the same table is in docs/versioning.md).

Three sources, each used for what it does well:

- a structural diff of the *normalised* specs (this module): it knows the model names the client
  has and whether a model is sent (request), received (response) or both, which decides the verdict;
- `redocly diff` (`changes_tools.redocly_diff`): the server-side semver view, reported beside ours;
- griffe (`changes_tools.python_surface`): the old vs new generated package's public Python API
  (removed modules, functions, classes, attributes; changed signatures). What it finds is breaking.

The pipeline calls `compare()` only when the spec changed (or the package output changed), never on
the up-to-date path.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import RegenError
from .spec import PACKAGE, json_schema, operations, ref_name, refs_in, snake

__all__ = [
    "Change",
    "ChangeReport",
    "RULES",
    "check_version_order",
    "compare",
    "diff_specs",
    "gate",
    "normalised_view",
    "spec_only_report",
    "write_pending",
]

MAX_CONSOLE_ITEMS = 25

REQUEST, RESPONSE = "request", "response"

# kind -> (breaking when the model/slot is sent by the caller, breaking when it is received).
# A model used both ways takes the stricter verdict. docs/versioning.md says why for each row.
RULES: dict[str, tuple[bool, bool]] = {
    "operation added": (False, False),
    "operation removed": (True, True),
    "operation renamed": (True, True),
    "operationId changed": (False, False),
    "path parameter renamed": (True, True),
    "parameter added (required)": (True, True),
    "parameter added (optional)": (False, False),
    "parameter removed": (True, True),
    "parameter made required": (True, True),
    "parameter made optional": (False, False),
    "parameter type changed": (True, True),
    "request body added (required)": (True, True),
    "request body added (optional)": (False, False),
    "request body removed": (True, True),
    "request body made required": (True, True),
    "request body made optional": (False, False),
    "request body type changed": (True, True),
    "request body model changed": (False, False),
    "response added": (False, False),
    "response removed": (True, True),
    "response type changed": (True, True),
    "model added": (False, False),
    "model removed": (True, True),
    "model renamed": (True, True),
    "field added (required)": (True, False),
    "field added (optional)": (False, False),
    "field removed": (True, True),
    "field made required": (True, False),
    "field made optional": (False, True),
    "field type changed": (True, True),
    "field became an enum": (True, False),
    "field made nullable": (False, True),
    "field no longer nullable": (True, False),
    "enum values added": (False, False),
    "enum values removed": (True, True),
    # Settings the runtime reads from the spec (spec_settings.py), not tied to a model or operation.
    "auth changed": (True, True),
    "server added": (False, False),
    "server removed": (True, True),
    "server moved": (True, True),
    "package version went backwards": (True, True),
}


@dataclass(frozen=True)
class Change:
    kind: str
    subject: str
    detail: str = ""
    breaking: bool = False
    # What the item is about, for matching griffe's findings to it (changes_surface.py); not printed.
    operation: str = ""
    """`METHOD /path` for operation, parameter, request body and response items."""
    model: str = ""
    """The model (old name for a rename) for model, field and enum items."""
    name: str = ""
    """The parameter or field name."""
    renamed_from: tuple[str, str] = ("", "")
    """(old `METHOD /path`, old parameter name) for a renamed path parameter."""

    def text(self) -> str:
        return f"{self.subject}: {self.kind}" + (f" ({self.detail})" if self.detail else "")


def _verdict(kind: str, directions: set[str]) -> bool:
    sent, received = RULES[kind]
    if not directions:  # not reachable from any operation: judge by the strictest reading
        return sent or received
    return (REQUEST in directions and sent) or (RESPONSE in directions and received)


# --- reading a normalised spec -------------------------------------------------------------------


def type_sig(schema: Any) -> str:
    """The Python-relevant type of a schema as text (`string(date-time)`, `list[Session]`, `Order`)."""
    if not isinstance(schema, dict):
        return "any"
    name = ref_name(schema)
    nullable = bool(schema.get("nullable"))
    if name:
        sig = name
    elif isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        sig = type_sig(schema["allOf"][0])
    elif any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf", "allOf")):
        key = next(k for k in ("oneOf", "anyOf", "allOf") if isinstance(schema.get(k), list))
        sig = f"{key}[{', '.join(sorted(type_sig(s) for s in schema[key]))}]"
    else:
        kind = schema.get("type")
        if isinstance(kind, list):  # OpenAPI 3.1 type lists; "null" means nullable
            nullable = nullable or "null" in kind
            kind = next((k for k in kind if k != "null"), None)
        if kind == "array":
            sig = f"list[{type_sig(schema.get('items'))}]"
        elif kind == "object" or "properties" in schema:
            sig = "object"
        elif kind is None:
            sig = "any"
        else:
            sig = str(kind) + (f"({schema['format']})" if schema.get("format") else "")
    return sig + (" | null" if nullable else "")


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) -> operation, with the path-level parameters it inherits in its `parameters`."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for path, method, op in operations(spec):
        shared = spec["paths"][path].get("parameters") or []
        found[(method.upper(), path)] = {**op, "parameters": list(shared) + list(op.get("parameters") or [])}
    return found


def model_directions(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Which models the caller sends (request) and receives (response), following nested `$ref`s."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    directions: dict[str, set[str]] = {}

    def mark(roots: list[str], direction: str) -> None:
        pending = list(roots)
        while pending:
            name = pending.pop()
            seen = directions.setdefault(name, set())
            if direction in seen:
                continue
            seen.add(direction)
            pending.extend(refs_in(schemas.get(name)))

    for op in _operations(spec).values():
        sent = [r for p in op["parameters"] if isinstance(p, dict) for r in refs_in(p.get("schema"))]
        sent += list(refs_in(json_schema(op.get("requestBody"))))
        received = [r for resp in (op.get("responses") or {}).values() for r in refs_in(json_schema(resp))]
        mark(sent, REQUEST)
        mark(received, RESPONSE)
    return directions


def _model_sites(spec: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Where each model is referenced from: operation slots and other models' properties."""
    sites: dict[str, set[str]] = {}
    for (method, path), op in _operations(spec).items():
        where = f"{method} {path}"
        for ref in refs_in(json_schema(op.get("requestBody"))):
            sites.setdefault(ref, set()).add(f"{where} request")
        for status, resp in (op.get("responses") or {}).items():
            for ref in refs_in(json_schema(resp)):
                sites.setdefault(ref, set()).add(f"{where} {status}")
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        for prop, prop_schema in ((schema or {}).get("properties") or {}).items():
            for ref in refs_in(prop_schema):
                sites.setdefault(ref, set()).add(f"{name}.{prop}")
    return {name: frozenset(s) for name, s in sites.items()}


def _shape(schema: Any) -> str:
    from .normalise import shape_key

    return shape_key(schema)


# --- the diff ------------------------------------------------------------------------------------


def _detect_renames(old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    """Old model name -> new name, for models that vanished while one with the same uses or shape appeared."""
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    removed = sorted(set(old_schemas) - set(new_schemas))
    added = sorted(set(new_schemas) - set(old_schemas))
    old_sites, new_sites = _model_sites(old), _model_sites(new)
    renames: dict[str, str] = {}

    def same_uses(old_name: str, new_name: str) -> bool:
        return bool(old_sites.get(old_name)) and old_sites.get(old_name) == new_sites.get(new_name)

    def same_shape(old_name: str, new_name: str) -> bool:
        return _shape(old_schemas[old_name]) == _shape(new_schemas[new_name])

    # Uses first (a renamed model usually keeps its place), then shape (it moved but kept its fields).
    for matcher in (same_uses, same_shape):
        for old_name in removed:
            if old_name in renames:
                continue
            candidates = [n for n in added if n not in renames.values() and matcher(old_name, n)]
            if len(candidates) == 1:
                renames[old_name] = candidates[0]
    return renames


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.renames = _detect_renames(old, new)
        self.directions = model_directions(new)
        self.old_directions = model_directions(old)
        for name, dirs in self.old_directions.items():
            self.directions.setdefault(self.renames.get(name, name), set()).update(dirs)
        self.changes: list[Change] = []

    def add(
        self,
        kind: str,
        subject: str,
        detail: str = "",
        directions: set[str] | None = None,
        *,
        operation: str = "",
        model: str = "",
        name: str = "",
        renamed_from: tuple[str, str] = ("", ""),
    ) -> None:
        breaking = _verdict(kind, directions if directions is not None else {REQUEST, RESPONSE})
        self.changes.append(Change(kind, subject, detail, breaking, operation, model, name, renamed_from))

    def old_sig(self, schema: Any) -> str:
        """The old schema's type with renamed models written under their new names (a rename is one item)."""
        sig = type_sig(schema)
        for old_name, new_name in self.renames.items():
            sig = _replace_word(sig, old_name, new_name)
        return sig

    def run(self) -> list[Change]:
        self.operations()
        self.models()
        return self.changes

    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        moved = _moved_paths(old_ops, new_ops)
        for key in sorted(set(old_ops) | set(new_ops)):
            if key in moved:
                continue  # compared under its new path
            old_key = next((o for o, n in moved.items() if n == key), key)
            old_op, new_op = old_ops.get(old_key), new_ops.get(key)
            operation = subject = f"{key[0]} {key[1]}"
            if old_op is None:
                assert new_op is not None
                self.add("operation added", f"{subject} ({new_op.get('operationId', '?')})", operation=operation)
                continue
            if new_op is None:
                self.add("operation removed", f"{subject} ({old_op.get('operationId', '?')})", operation=operation)
                continue
            subject += f" ({new_op.get('operationId', '?')})"
            self.operation_place(subject, key, old_op, new_op, operation)
            renamed = self.path_parameters(subject, old_key, key, operation)
            self.parameters(subject, old_op, new_op, operation, renamed)
            self.request_body(subject, old_op, new_op, operation)
            self.responses(subject, old_op, new_op, operation)

    def operation_place(
        self, subject: str, key: tuple[str, str], old_op: dict[str, Any], new_op: dict[str, Any], operation: str
    ) -> None:
        """operationId/tag: what matters is the method users call (`client.<resource>.<method>`)."""
        old_place = (old_op.get("operationId"), (old_op.get("tags") or [None])[0])
        new_place = (new_op.get("operationId"), (new_op.get("tags") or [None])[0])
        if old_place == new_place:
            return
        old_call, new_call = _client_method(key, old_op), _client_method(key, new_op)
        detail = f"operationId/tag {old_place[0]}/{old_place[1]} -> {new_place[0]}/{new_place[1]}"
        if old_call == new_call:
            self.add("operationId changed", subject, f"{detail}; {new_call} unchanged", operation=operation)
        else:
            self.add("operation renamed", subject, f"{old_call} -> {new_call} ({detail})", operation=operation)

    def path_parameters(
        self, subject: str, old_key: tuple[str, str], key: tuple[str, str], operation: str
    ) -> dict[str, str]:
        """Old name -> new name of each renamed path parameter; one item each where Python's name changed."""
        renamed = {
            old: new for old, new in zip(_placeholders(old_key[1]), _placeholders(key[1]), strict=True) if old != new
        }
        for old, new in renamed.items():
            if snake(old) == snake(new):
                continue  # `{customerId}` -> `{customer_id}`: the same keyword argument
            self.add(
                "path parameter renamed",
                subject,
                f"`{snake(old)}` -> `{snake(new)}`: positional calls keep working, calls passing `{snake(old)}=` break",
                operation=operation,
                name=new,
                renamed_from=(f"{old_key[0]} {old_key[1]}", old),
            )
        return renamed

    def parameters(
        self,
        subject: str,
        old_op: dict[str, Any],
        new_op: dict[str, Any],
        operation: str,
        renamed: dict[str, str] | None = None,
    ) -> None:
        def index(op: dict[str, Any], names: dict[str, str]) -> dict[tuple[str, str], dict[str, Any]]:
            found: dict[tuple[str, str], dict[str, Any]] = {}
            for p in op["parameters"]:
                if isinstance(p, dict):
                    place, name = str(p.get("in", "")), str(p.get("name", ""))
                    found[(place, names.get(name, name) if place == "path" else name)] = p
            return found

        old_params, new_params = index(old_op, renamed or {}), index(new_op, {})
        for key in sorted(set(old_params) | set(new_params)):
            where = f"{subject} {key[0]} parameter {key[1]}"
            old_p, new_p = old_params.get(key), new_params.get(key)
            if old_p is None:
                assert new_p is not None
                kind = "parameter added (required)" if new_p.get("required") else "parameter added (optional)"
                self.add(kind, where, operation=operation, name=key[1])
            elif new_p is None:
                self.add("parameter removed", where, operation=operation, name=key[1])
            else:
                if bool(new_p.get("required")) != bool(old_p.get("required")):
                    kind = "parameter made required" if new_p.get("required") else "parameter made optional"
                    self.add(kind, where, operation=operation, name=key[1])
                before, after = self.old_sig(old_p.get("schema")), type_sig(new_p.get("schema"))
                if before != after:
                    self.add("parameter type changed", where, f"{before} -> {after}", operation=operation, name=key[1])

    def request_body(self, subject: str, old_op: dict[str, Any], new_op: dict[str, Any], operation: str) -> None:
        old_body, new_body = old_op.get("requestBody"), new_op.get("requestBody")
        if old_body is None and new_body is None:
            return
        if old_body is None:
            required = bool(new_body.get("required")) if isinstance(new_body, dict) else False
            kind = "request body added (required)" if required else "request body added (optional)"
            self.add(kind, subject, operation=operation)
        elif new_body is None:
            self.add("request body removed", subject, operation=operation)
        else:
            if bool(new_body.get("required")) != bool(old_body.get("required")):
                kind = "request body made required" if new_body.get("required") else "request body made optional"
                self.add(kind, subject, operation=operation)
            before, after = self.old_sig(json_schema(old_body)), type_sig(json_schema(new_body))
            if before != after:
                self.body_model_swap(subject, before, after, old_body, new_body, operation)

    def body_model_swap(
        self, subject: str, before: str, after: str, old_body: Any, new_body: Any, operation: str
    ) -> None:
        """A body whose fields are keyword arguments: users never see the model class, only the keywords.

        So a swap of one object model for another is judged keyword by keyword, as request fields.
        """
        old_model, new_model = _body_object(self.old, old_body), _body_object(self.new, new_body)
        if old_model is None or new_model is None:
            self.add("request body type changed", subject, f"{before} -> {after}", operation=operation)
            return
        self.add(
            "request body model changed", subject, f"{before} -> {after}, same keyword arguments", operation=operation
        )
        shown = len(self.changes)
        self.model_fields(f"{subject} body", old_model, new_model, {REQUEST}, model=after)
        if len(self.changes) > shown:
            self.changes[shown - 1] = dataclasses.replace(
                self.changes[shown - 1], detail=f"{before} -> {after}; keyword arguments changed, see below"
            )

    def responses(self, subject: str, old_op: dict[str, Any], new_op: dict[str, Any], operation: str) -> None:
        old_resp, new_resp = old_op.get("responses") or {}, new_op.get("responses") or {}
        for status in sorted(set(old_resp) | set(new_resp), key=str):
            where = f"{subject} response {status}"
            if status not in new_resp:
                self.add("response removed", where, operation=operation)
            elif status not in old_resp:
                self.add("response added", where, operation=operation)
            else:
                before, after = self.old_sig(json_schema(old_resp[status])), type_sig(json_schema(new_resp[status]))
                if before != after:
                    self.add("response type changed", where, f"{before} -> {after}", operation=operation)

    def models(self) -> None:
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        for old_name, new_name in sorted(self.renames.items()):
            self.add("model renamed", old_name, f"now {new_name}", self.directions.get(new_name, set()), model=old_name)
        renamed_to = set(self.renames.values())
        for name in sorted(set(new_schemas) - set(old_schemas) - renamed_to):
            self.add("model added", name, "", self.directions.get(name, set()), model=name)
        for name in sorted(set(old_schemas) - set(new_schemas) - set(self.renames)):
            self.add("model removed", name, "", self.old_directions.get(name, set()), model=name)
        pairs = [(n, n) for n in old_schemas if n in new_schemas] + sorted(self.renames.items())
        for old_name, new_name in sorted(pairs, key=lambda p: p[1]):
            self.model_fields(new_name, old_schemas[old_name], new_schemas[new_name])

    def model_fields(
        self, name: str, old: Any, new: Any, directions: set[str] | None = None, model: str | None = None
    ) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        directions = self.directions.get(name, set()) if directions is None else directions
        where = "+".join(sorted(directions)) or "unused"
        model = name if model is None else model
        self.enum(f"{name} ({where})", old, new, directions, model=model)
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        for prop in sorted(set(old_props) | set(new_props)):
            subject = f"{name}.{prop} ({where})"
            if prop not in old_props:
                kind = "field added (required)" if prop in new_req else "field added (optional)"
                self.add(kind, subject, type_sig(new_props[prop]), directions, model=model, name=prop)
                continue
            if prop not in new_props:
                self.add("field removed", subject, "", directions, model=model, name=prop)
                continue
            if (prop in old_req) != (prop in new_req):
                kind = "field made required" if prop in new_req else "field made optional"
                self.add(kind, subject, "", directions, model=model, name=prop)
            before, after = self.old_sig(old_props[prop]), type_sig(new_props[prop])
            if before != after:
                if after == before + " | null":
                    self.add("field made nullable", subject, "", directions, model=model, name=prop)
                elif before == after + " | null":
                    self.add("field no longer nullable", subject, "", directions, model=model, name=prop)
                elif before == "string" and self.is_string_enum(after):
                    self.add(
                        "field became an enum", subject, f"{before} -> {after}", directions, model=model, name=prop
                    )
                else:
                    self.add("field type changed", subject, f"{before} -> {after}", directions, model=model, name=prop)
            self.enum(subject, old_props[prop], new_props[prop], directions, model=model, name=prop)

    def is_string_enum(self, name: str) -> bool:
        """A generated `StrEnum` (a `str` subclass): code reading the field as a string keeps working."""
        schema = ((self.new.get("components") or {}).get("schemas") or {}).get(name)
        return isinstance(schema, dict) and schema.get("type") == "string" and isinstance(schema.get("enum"), list)

    def enum(self, subject: str, old: Any, new: Any, directions: set[str], model: str = "", name: str = "") -> None:
        old_values = old.get("enum") if isinstance(old, dict) else None
        new_values = new.get("enum") if isinstance(new, dict) else None
        if old_values is None and new_values is None:
            return
        old_set = {json.dumps(v) for v in old_values or []}
        new_set = {json.dumps(v) for v in new_values or []}
        if new_set - old_set:
            self.add(
                "enum values added", subject, ", ".join(sorted(new_set - old_set)), directions, model=model, name=name
            )
        if old_set - new_set:
            self.add(
                "enum values removed", subject, ", ".join(sorted(old_set - new_set)), directions, model=model, name=name
            )


def _placeholders(path: str) -> list[str]:
    return re.findall(r"\{([^}]*)\}", path)


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _moved_paths(
    old_ops: dict[tuple[str, str], Any], new_ops: dict[tuple[str, str], Any]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Old key -> new key for operations whose path only renamed a parameter (`{id}` -> `{sessionId}`)."""
    gone = [k for k in old_ops if k not in new_ops]
    came = [k for k in new_ops if k not in old_ops]
    moved = {}
    for old in gone:
        matches = [new for new in came if new[0] == old[0] and _template(new[1]) == _template(old[1])]
        if len(matches) == 1:
            moved[old] = matches[0]
    return moved


def _client_method(key: tuple[str, str], op: dict[str, Any]) -> str:
    """`client.<resource>.<method>` as the surface stage names it for this operation."""
    from .surface import load_resource_map, method_name_for, plural_resource_name

    names = load_resource_map()
    tag = (op.get("tags") or ["default"])[0]
    attr = names.resources.get(tag) or plural_resource_name(tag)
    return f"client.{attr}.{method_name_for(key[0].lower(), key[1], str(op.get('operationId') or ''), names.methods)}()"


def _body_object(spec: dict[str, Any], body: Any) -> dict[str, Any] | None:
    """The body's model schema when its fields are flattened into keyword arguments (an object model)."""
    name = ref_name(json_schema(body))
    schema = ((spec.get("components") or {}).get("schemas") or {}).get(name or "")
    if isinstance(schema, dict) and schema.get("properties") and schema.get("type", "object") == "object":
        return schema
    return None


def _replace_word(text: str, old: str, new: str) -> str:
    import re

    return re.sub(rf"\b{re.escape(old)}\b", new, text)


def diff_specs(old_normalised: dict[str, Any], new_normalised: dict[str, Any]) -> list[Change]:
    """Every client-relevant change between two normalised specs, breaking ones first."""
    changes = _Differ(old_normalised, new_normalised).run()
    return sorted(changes, key=lambda c: not c.breaking)


def settings_items(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    """Auth and environment changes (`spec_settings`), judged by `RULES` like every other item."""
    from .spec_settings import settings_changes

    return [
        Change(kind, subject, detail, _verdict(kind, set()))
        for kind, subject, detail in settings_changes(old_spec, new_spec)
    ]


def normalised_view(document: dict[str, Any], overrides_dir: Path | None = None) -> dict[str, Any]:
    """The spec as the generator sees it (`spec_view`: normalised, then spec overrides), so names match
    the client. Drift is not refused here: the overlay stage reports it for the pulled spec, and the
    committed spec may predate an accepted lock."""
    from .spec_view import generator_view_unchecked
    from .workspace import OVERRIDES_DIR

    return generator_view_unchecked(document, overrides_dir or OVERRIDES_DIR).patched


# --- the report ----------------------------------------------------------------------------------


@dataclass
class ChangeReport:
    old_version: str = ""
    new_version: str = ""
    spec_changed: bool = True
    changes: list[Change] = field(default_factory=list)
    surface: list[str] = field(default_factory=list)
    """Breakages griffe found in the generated package's public Python API, one per user-facing object
    (`changes_surface.fold`), minus those a spec-level item already reports."""
    redocly: str = ""
    """One-line summary of `redocly diff` (or why it did not run)."""
    redocly_major: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[str]:
        """What breaks callers. Python-surface findings gate only when the API changed (see docs/versioning.md)."""
        items = [c.text() for c in self.changes if c.breaking]
        if self.spec_changed:
            items += [f"python surface: {s}" for s in self.surface]
        return items

    @property
    def not_breaking(self) -> list[str]:
        return [c.text() for c in self.changes if not c.breaking]

    def summary(self) -> str:
        if not self.spec_changed:
            found = f"{len(self.surface)} finding(s), not gated" if self.surface else "nothing breaks"
            return (
                f"changes:    pipeline-only regen, API {self.new_version} unchanged; python surface (griffe): {found}"
            )
        head = f"changes:    API {self.old_version or '(none)'} -> {self.new_version}"
        return f"{head}: {len(self.breaking)} breaking, {len(self.not_breaking)} not breaking for code using finalpos"

    def lines(self, full_list: str = "CHANGELOG.md") -> list[str]:
        """The console report (one screen): breaking items first, the tools' verdicts last.

        `full_list` names the file that really holds every item (CHANGELOG.md once swapped, the pending
        report when the gate stopped); empty when no file does.
        """
        out = [self.summary()]
        items = [f"  BREAKING {b}" for b in self.breaking] + [f"  ok       {n}" for n in self.not_breaking]
        out.extend(items[:MAX_CONSOLE_ITEMS])
        if len(items) > MAX_CONSOLE_ITEMS:
            where = f" (all listed in {full_list})" if full_list else ""
            out.append(f"  ... and {len(items) - MAX_CONSOLE_ITEMS} more{where}")
        if not self.spec_changed:
            out.extend(f"  python surface: {s}" for s in self.surface[:MAX_CONSOLE_ITEMS])
        if self.redocly:
            out.append(f"  redocly diff: {self.redocly}")
        out.extend(f"  {n}" for n in self.notes)
        return out

    def markdown(self) -> str:
        """The same report for CHANGELOG.md (complete, no cap)."""
        parts = [self.summary().removeprefix("changes:").strip().rstrip(".") + "."]
        for title, items in (("Breaking", self.breaking), ("Not breaking", self.not_breaking)):
            if items:
                parts.append(f"\n{title}:\n\n" + "\n".join(f"- {i}" for i in items))
        if not self.spec_changed and self.surface:
            parts.append(
                "\nPython surface changes from the pipeline (griffe):\n\n" + "\n".join(f"- {s}" for s in self.surface)
            )
        if self.redocly:
            parts.append(f"\n`redocly diff`: {self.redocly}")
            if self.redocly_major:
                parts.append("\n".join(f"- {m}" for m in self.redocly_major))
        if self.notes:
            parts.append("\n" + "\n".join(f"- {n}" for n in self.notes))
        return "\n".join(parts) + "\n"

    def gate_message(self, full_list: str = "") -> str:
        """One bounded line: the count, the first few items (each shortened), and where the rest are."""
        items = self.breaking
        shown = "; ".join(_shorten(i, MAX_GATE_ITEM) for i in items[:MAX_GATE_ITEMS])
        rest = len(items) - MAX_GATE_ITEMS
        more = f"; and {rest} more" if rest > 0 else ""
        where = f" (full report: {full_list})" if full_list else ""
        return f"{len(items)} breaking change(s) for code using finalpos: {shown}{more}{where}"


MAX_GATE_ITEMS = 5
MAX_GATE_ITEM = 160


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 3].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:(") + "..."


def compare(
    old_spec: dict[str, Any] | None,
    new_spec: dict[str, Any],
    old_dist: Path,
    new_dist: Path,
    scratch: Path | None = None,
    *,
    spec_changed: bool = True,
    overrides_dir: Path | None = None,
) -> ChangeReport:
    """The change report between the committed spec/package and the freshly built ones."""
    from . import changes_surface, changes_tools

    new_version = str((new_spec.get("info") or {}).get("version", ""))
    old_version = str(((old_spec or {}).get("info") or {}).get("version", ""))
    report = ChangeReport(old_version=old_version, new_version=new_version, spec_changed=spec_changed)
    findings = []
    if old_dist.is_dir() and new_dist.is_dir():
        findings = changes_tools.python_surface(old_dist, new_dist, PACKAGE, report.notes)
    old_view = normalised_view(old_spec, overrides_dir) if old_spec is not None else {}
    new_view = normalised_view(new_spec, overrides_dir)
    if spec_changed and old_spec is not None:
        report.changes = diff_specs(old_view, new_view)
        report.changes += settings_items(old_spec, new_spec)
        report.changes.sort(key=lambda c: not c.breaking)
    folded = changes_surface.fold(findings, report.changes, (old_view, new_view))
    report.surface = folded.items
    if folded.covered:
        rest = f", the rest as {len(folded.items)} `python surface` item(s)" if folded.items else ""
        report.notes.append(
            f"python surface (griffe): {folded.findings} finding(s), {folded.covered} of them already reported above "
            f"by the spec diff{rest}"
        )
    if not spec_changed:
        return report
    if old_spec is None:
        report.notes.append("first snapshot: nothing to compare against")
        return report
    if scratch is not None:
        report.redocly, report.redocly_major = changes_tools.redocly_diff(old_spec, new_spec, scratch)
    if report.redocly_major and not report.breaking:
        report.notes.append(
            "redocly rates this a major change but no rule above breaks client code (its items are in CHANGELOG.md)"
        )
    return report


GATE_HINT = "review them, then accept with ALLOW_BREAKING=1 make regen, same SPEC_URL (CHANGELOG.md gets the report)"


def gate(
    report: ChangeReport,
    allow_breaking: bool,
    out: Callable[[str], None],
    pending: Path | None = None,
    pending_label: str = "",
) -> None:
    """Stop before the swap on a breaking change, unless accepted; the report is printed first, and
    written in full to `pending` (CHANGELOG.md is not written by a stopped regen)."""
    if not report.breaking:
        return
    if allow_breaking:
        report.notes.append(f"{len(report.breaking)} breaking change(s) accepted with ALLOW_BREAKING=1")
        return
    full_list = write_pending(report, pending, pending_label) if pending is not None else ""
    for line in report.lines(full_list):
        out(line)
    raise RegenError("gate", report.gate_message(full_list), GATE_HINT)


def write_pending(report: ChangeReport, pending: Path, label: str = "") -> str:
    """Write the full report of a regen that stopped (CHANGELOG.md is only written by a swap), and
    return the name to show for it."""
    pending.parent.mkdir(parents=True, exist_ok=True)
    pending.write_text("# Pending changes (not accepted)\n\n" + report.markdown())
    return label or str(pending)


def check_version_order(report: ChangeReport, old_package: str, new_package: str) -> None:
    """A package version going backwards (1.2.4.post1 -> 1.0.0) is a breaking item: pip would not
    upgrade to it, and code pinned to the newer one would stop resolving.

    Judged on `info.version` when both are PEP 440 versions (an unparseable one, `1.2.5-reliability`,
    becomes a `0+...` package version whose order says nothing about the API's).
    """
    from packaging.version import InvalidVersion, Version

    if not report.old_version or not new_package:
        return
    try:
        backwards = Version(report.new_version) < Version(report.old_version)
    except InvalidVersion:
        return
    if backwards:
        report.changes.insert(
            0,
            Change(
                "package version went backwards",
                f"finalpos-client {old_package} -> {new_package}",
                f"the pulled spec's info.version {report.new_version} is older than {report.old_version}",
                breaking=_verdict("package version went backwards", set()),
            ),
        )


def spec_only_report(
    old_spec: dict[str, Any] | None, new_spec: dict[str, Any], overrides_dir: Path | None = None
) -> ChangeReport:
    """The structural part alone, for when the build stopped early (override drift) and no package exists."""
    report = ChangeReport(
        old_version=str(((old_spec or {}).get("info") or {}).get("version", "")),
        new_version=str((new_spec.get("info") or {}).get("version", "")),
    )
    if old_spec is not None:
        report.changes = diff_specs(normalised_view(old_spec, overrides_dir), normalised_view(new_spec, overrides_dir))
        report.changes += settings_items(old_spec, new_spec)
        report.changes.sort(key=lambda c: not c.breaking)
    return report
