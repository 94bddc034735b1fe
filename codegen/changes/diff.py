"""The structural diff of two normalised specs: every client-relevant change, judged by the rules.

Operations (added, removed, renamed, moved to a renamed path parameter), their parameters, request
bodies and responses, then models: added, removed, renamed, and field by field. Each item is judged
by `rules.RULES` for the directions its model is used in (`usage.model_directions`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from ..content_types import wire_sig
from ..errors import RegenError
from ..spec import json_schema, ref_name, snake
from ..spec_settings import has_public_security, read_auth
from ..surface import load_resource_map
from ..surface.method_names import method_names, resource_attr
from .rules import REQUEST, RESPONSE, Change, verdict
from .usage import detect_renames, model_directions, operations_by_key, type_sig

__all__ = ["diff_specs"]


def _requirements(spec: dict[str, Any], op: dict[str, Any]) -> tuple[frozenset[str], ...]:
    """The operation's security alternatives in order (the client sends the first it can), each the
    schemes sent together; inherited from the spec when the operation sets none."""
    security = op.get("security", spec.get("security"))
    if security is None:
        try:
            return (frozenset({read_auth(spec).scheme}),)
        except RegenError:
            return ()
    return tuple(frozenset(str(name) for name in req) for req in security if isinstance(req, dict))


def _describe_security(requirements: tuple[frozenset[str], ...]) -> str:
    return " or ".join(" and ".join(sorted(req)) for req in requirements) or "none"


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.renames = detect_renames(old, new)
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
        breaking = verdict(kind, directions if directions is not None else {REQUEST, RESPONSE})
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
        old_ops, new_ops = operations_by_key(self.old), operations_by_key(self.new)
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
            self.operation_place(subject, (old_key, key), old_op, new_op, operation)
            renamed = self.path_parameters(subject, old_key, key, operation)
            self.parameters(subject, old_op, new_op, operation, renamed)
            self.request_body(subject, old_op, new_op, operation)
            self.responses(subject, old_op, new_op, operation)
            if new_op.get("deprecated") is True and old_op.get("deprecated") is not True:
                detail = f"{_client_method(self.new, key, new_op)} warns (DeprecationWarning)"
                self.add("operation deprecated", subject, detail, operation=operation)
            self.security(subject, old_op, new_op, operation)

    def operation_place(
        self,
        subject: str,
        keys: tuple[tuple[str, str], tuple[str, str]],
        old_op: dict[str, Any],
        new_op: dict[str, Any],
        operation: str,
    ) -> None:
        """operationId/tag: what matters is the method users call (`client.<resource>.<method>`)."""
        old_place = (old_op.get("operationId"), (old_op.get("tags") or [None])[0])
        new_place = (new_op.get("operationId"), (new_op.get("tags") or [None])[0])
        if old_place == new_place:
            return
        old_call, new_call = _client_method(self.old, keys[0], old_op), _client_method(self.new, keys[1], new_op)
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
                if before == "string" and after == "string(uuid)":  # the argument still takes a str
                    self.add("parameter format added", where, f"{before} -> {after}", operation=operation, name=key[1])
                elif before != after:
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

    def security(self, subject: str, old_op: dict[str, Any], new_op: dict[str, Any], operation: str) -> None:
        """`security: []` (public) added or taken away."""
        was, now = has_public_security(old_op), has_public_security(new_op)
        if now and not was:
            self.add("operation made public", subject, "sent without the API key", operation=operation)
        elif was and not now:
            self.add("operation now needs the key", subject, operation=operation)
        elif not was and ("security" in old_op or "security" in new_op):  # inherited both times: `auth changed`
            old_req, new_req = _requirements(self.old, old_op), _requirements(self.new, new_op)
            if set(old_req) != set(new_req):
                # Alternatives added after the one the client sends first: what it sent is still accepted.
                added_only = set(old_req) < set(new_req) and new_req[0] in old_req
                kind = "operation security alternatives added" if added_only else "operation security changed"
                detail = f"{_describe_security(old_req)} -> {_describe_security(new_req)}"
                self.add(kind, subject, detail, operation=operation)

    def responses(self, subject: str, old_op: dict[str, Any], new_op: dict[str, Any], operation: str) -> None:
        old_resp, new_resp = old_op.get("responses") or {}, new_op.get("responses") or {}
        for status in sorted(set(old_resp) | set(new_resp), key=str):
            where = f"{subject} response {status}"
            if status not in new_resp:
                self.add("response removed", where, operation=operation)
            elif status not in old_resp:
                self.add("response added", where, operation=operation)
            else:
                before = wire_sig(old_resp[status]) or self.old_sig(json_schema(old_resp[status]))
                after = wire_sig(new_resp[status]) or type_sig(json_schema(new_resp[status]))
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
            if _deprecated(new_props[prop]) and not _deprecated(old_props[prop]):
                self.add("field deprecated", subject, "", directions, model=model, name=prop)
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


def _deprecated(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("deprecated") is True


def _client_method(spec: dict[str, Any], key: tuple[str, str], op: dict[str, Any]) -> str:
    """`client.<resource>.<method>` as the surface stage names it for this operation of `spec`."""
    names = load_resource_map()
    method = method_names(spec, names).get(key[0].lower(), key[1])
    return f"client.{resource_attr(op, names)}.{method}()"


def _body_object(spec: dict[str, Any], body: Any) -> dict[str, Any] | None:
    """The body's model schema when its fields are flattened into keyword arguments (an object model)."""
    name = ref_name(json_schema(body))
    schema = ((spec.get("components") or {}).get("schemas") or {}).get(name or "")
    if isinstance(schema, dict) and schema.get("properties") and schema.get("type", "object") == "object":
        return schema
    return None


def _replace_word(text: str, old: str, new: str) -> str:
    return re.sub(rf"\b{re.escape(old)}\b", new, text)


def diff_specs(old_normalised: dict[str, Any], new_normalised: dict[str, Any]) -> list[Change]:
    """Every client-relevant change between two normalised specs, breaking ones first."""
    changes = _Differ(old_normalised, new_normalised).run()
    return sorted(changes, key=lambda c: not c.breaking)
