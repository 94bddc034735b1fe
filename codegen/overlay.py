"""Stage 5, overlay: apply the declared patches in `overrides/`, and refuse when the spec moved under them.

`overrides/overrides.yaml` lists every departure from the vendor's description. Each override selects
its targets by what they are (the schemas an entity's operations send and return, or an exact shape),
then `update`s them (an OpenAPI Overlay-style deep merge) and/or `rename`s them to one component.
Spec overrides run on the normalised spec, so targets are our stable component names; code overrides
ship hand-kept modules from `codegen/runtime/` (their one home, `codegen/hand_kept.py`) into the package.

Drift check: `overrides/overrides.lock.json` records, per override, every target's fingerprint (the
sha256 of its shape, annotations left out) and its fields. A regen whose targets or fingerprints differ,
or whose override matches nothing, raises `DriftError` naming every drifted override and the old and
new shapes; nothing is swapped, and the pipeline keeps the pulled spec in `.regen/`.
`python -m codegen overrides --accept` (`overrides_command.py`) records the new state (for that pulled
spec) after a person has checked the override still holds. An override that changes nothing any more
(the vendor ships what it patches) is a note, "now redundant: retire it", not drift.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import RegenError
from .hand_kept import RUNTIME_DIR, copy_modules
from .normalise import entity_of, shape_key
from .spec import (
    DYNAMIC_EXTENSION,
    NamingConfig,
    component_of,
    json_schema,
    load_naming_config,
    operations,
    ref_name,
    ref_to,
)
from .workspace import OVERRIDES_DIR

__all__ = [
    "ACCEPT_HINT",
    "LOCK",
    "Override",
    "apply_code_overrides",
    "DriftError",
    "OverlayCheck",
    "apply_spec_overrides",
    "check_overrides",
    "code_modules",
    "drift",
    "drift_error",
    "load_overrides",
    "read_lock",
    "select_targets",
]

STAGE = "overlay"
MANIFEST = "overrides.yaml"
LOCK = "overrides.lock.json"
ACCEPT_HINT = (
    "check the override still holds for the new spec (overrides/overrides.yaml), then run "
    "`.venv/bin/python -m codegen overrides --accept` and commit overrides/overrides.lock.json"
)


@dataclass(frozen=True)
class Override:
    id: str
    what: str
    select: dict[str, Any]
    update: dict[str, Any] = field(default_factory=dict)
    rename: str | None = None
    code: tuple[str, ...] = ()


@dataclass
class Target:
    """What the lock records for one matched component: its shape's fingerprint and a readable summary."""

    fingerprint: str
    fields: dict[str, str]

    def as_json(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "fields": self.fields}


# --- loading -----------------------------------------------------------------------------------


def load_overrides(overrides_dir: Path = OVERRIDES_DIR) -> list[Override]:
    path = overrides_dir / MANIFEST
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RegenError(
            STAGE, f"cannot read {path.name}: {exc}".splitlines()[0], "fix overrides/overrides.yaml"
        ) from None
    result: list[Override] = []
    for entry in data.get("overrides") or []:
        ident = str(entry.get("id", ""))
        select = entry.get("select")
        if not ident or not isinstance(select, dict) or len(select) != 1 or next(iter(select)) not in SELECTORS:
            raise RegenError(
                STAGE,
                f"override {ident or '?'} needs an id and exactly one selector ({', '.join(SELECTORS)})",
                "fix overrides/overrides.yaml",
            )
        for name in entry.get("code") or []:
            if not (RUNTIME_DIR / name).is_file():
                raise RegenError(STAGE, f"override {ident}: code module codegen/runtime/{name} not found", "")
        result.append(
            Override(
                id=ident,
                what=" ".join(str(entry.get("what", "")).split()),
                select=select,
                update=dict(entry.get("update") or {}),
                rename=entry.get("rename"),
                code=tuple(entry.get("code") or ()),
            )
        )
    return result


def read_lock(overrides_dir: Path) -> dict[str, Any]:
    path = overrides_dir / LOCK
    if not path.is_file():
        return {}
    data = json.loads(path.read_text())
    return data if isinstance(data, dict) else {}


# --- selecting ---------------------------------------------------------------------------------


def _select_entity(spec: dict[str, Any], entity: str, naming: NamingConfig) -> list[str]:
    found: set[str] = set()
    for path, method, op in operations(spec):
        # A DELETE answers with an envelope, not the entity (override delete-envelope covers it).
        if method == "delete" or entity_of(path, naming) != entity:
            continue
        bodies = [json_schema(op.get("requestBody"))]
        for status, response in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                bodies.append(json_schema(response))
        found.update(name for name in map(component_of, bodies) if name)
    return sorted(found)


def _request_bodies(spec: dict[str, Any]) -> set[str]:
    return {name for _, _, op in operations(spec) if (name := component_of(json_schema(op.get("requestBody"))))}


def _select_returned_with(spec: dict[str, Any], prop: str) -> list[str]:
    """Entities the API hands back: components a non-DELETE 2xx response returns (or lists), never sent
    as a request body, that have `prop` (an entity the API returns always carries its id)."""
    sent = _request_bodies(spec)
    schemas = spec.get("components", {}).get("schemas") or {}
    found: set[str] = set()
    for _, method, op in operations(spec):
        if method == "delete":
            continue
        for status, response in (op.get("responses") or {}).items():
            body = json_schema(response) if str(status).startswith("2") else None
            if isinstance(body, dict) and body.get("type") == "array":
                body = body.get("items")
            name = component_of(body) if isinstance(body, dict) else None
            if name and name not in sent and prop in ((schemas.get(name) or {}).get("properties") or {}):
                found.add(name)
    return sorted(found)


def _json_type(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "?"
    ref = component_of(schema) if "$ref" in schema or "allOf" in schema else None
    if ref:
        return ref
    kind = str(schema.get("type", "any"))
    if schema.get("format"):
        kind += f"({schema['format']})"
    if kind == "array":
        return f"array[{_json_type(schema.get('items'))}]"
    if schema.get("nullable") is True:
        kind += "|null"
    return kind


def _select_shape(spec: dict[str, Any], shape: dict[str, list[str]]) -> list[str]:
    found: list[str] = []
    for name, schema in sorted((spec.get("components", {}).get("schemas") or {}).items()):
        if not isinstance(schema, dict) or schema.get("type", "object") != "object":
            continue
        props = schema.get("properties") or {}
        if set(props) != set(shape):
            continue
        if all(isinstance(props[p], dict) and props[p].get("type") in allowed for p, allowed in shape.items()):
            found.append(name)
    return found


SELECTORS: dict[str, Callable[[dict[str, Any], Any, NamingConfig], list[str]]] = {
    "entity": lambda spec, value, naming: _select_entity(spec, str(value), naming),
    "shape": lambda spec, value, naming: _select_shape(spec, dict(value)),
    "returned_with": lambda spec, value, naming: _select_returned_with(spec, str(value)),
}


def select_targets(spec: dict[str, Any], override: Override, naming: NamingConfig) -> list[str]:
    """Component names the override applies to in this (normalised) spec."""
    kind, value = next(iter(override.select.items()))
    return SELECTORS[kind](spec, value, naming)


def describe(schema: dict[str, Any], override: Override) -> Target:
    """The target's fingerprint: its whole shape, or for a shape selector just what the selector reads
    (property names and types), so variants it accepts on purpose (other `required`) are one target."""
    required = set(schema.get("required") or [])
    props = sorted((schema.get("properties") or {}).items())
    if "shape" in override.select:
        fields = {name: _json_type(sub) for name, sub in props}
        key = json.dumps(fields, sort_keys=True)
    elif "returned_with" in override.select:
        # Only the property it patches: the entities around it may grow without drifting the override.
        wanted = str(override.select["returned_with"])
        fields = {name: _json_type(sub) for name, sub in props if name == wanted}
        key = json.dumps(fields, sort_keys=True)
    else:
        fields = {name: _json_type(sub) + ("" if name in required else "?") for name, sub in props}
        key = shape_key(schema)
    return Target(hashlib.sha256(key.encode()).hexdigest()[:16], fields)


def _lock_key(override: Override, name: str, target: Target) -> str:
    # Renamed targets collapse into one component, so their names do not matter: their shapes do. So
    # for `returned_with`: a new entity whose id has the recorded type is covered without a review.
    return f"shape:{target.fingerprint}" if override.rename or "returned_with" in override.select else name


def _observe(spec: dict[str, Any], override: Override, naming: NamingConfig) -> dict[str, Target]:
    schemas = spec.get("components", {}).get("schemas") or {}
    observed: dict[str, Target] = {}
    for name in select_targets(spec, override, naming):
        target = describe(schemas[name], override)
        observed[_lock_key(override, name, target)] = target
    return observed


# --- drift -------------------------------------------------------------------------------------


def _field_diff(old: dict[str, str], new: dict[str, str]) -> str:
    parts = [f"+{k}:{new[k]}" for k in sorted(set(new) - set(old))]
    parts += [f"-{k}:{old[k]}" for k in sorted(set(old) - set(new))]
    parts += [f"~{k}:{old[k]}->{new[k]}" for k in sorted(set(old) & set(new)) if old[k] != new[k]]
    return " ".join(parts) or "same fields, other structure"


def drift(override: Override, recorded: dict[str, Any] | None, observed: dict[str, Target]) -> str | None:
    """One line saying how the spec moved under the override, or None when it did not."""
    if not observed:
        return f"override {override.id} matched nothing (selector {json.dumps(override.select, sort_keys=True)})"
    if recorded is None:
        return f"override {override.id} has no recorded fingerprints in overrides/{LOCK}"
    old_targets: dict[str, Any] = recorded.get("targets") or {}
    changes: list[str] = []
    for key in sorted(set(old_targets) | set(observed)):
        old, new = old_targets.get(key), observed.get(key)
        if old is None and new is not None:
            changes.append(f"new target {key} {{{' '.join(f'{k}:{v}' for k, v in new.fields.items())}}}")
        elif new is None and old is not None:
            changes.append(f"target {key} gone (was {old.get('fingerprint')})")
        elif old is not None and new is not None and old.get("fingerprint") != new.fingerprint:
            diff = _field_diff(dict(old.get("fields") or {}), new.fields)
            changes.append(f"{key} changed shape (fingerprint {old.get('fingerprint')} -> {new.fingerprint}: {diff})")
    if not changes:
        return None
    return f"override {override.id}: the spec moved under it: " + "; ".join(changes)


# --- applying ----------------------------------------------------------------------------------


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Objects merge recursively, arrays are appended to (skipping items already there, so `required:
    [id]` adds to a schema's own list), anything else is replaced: Overlay 1.0's `update`."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        elif isinstance(value, list) and isinstance(target.get(key), list):
            target[key] = target[key] + [copy.deepcopy(item) for item in value if item not in target[key]]
        else:
            target[key] = copy.deepcopy(value)


def _rewrite_refs(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, dict):
        name = ref_name(node)
        if name is not None and name in renames:
            node["$ref"] = ref_to(renames[name])
        for value in node.values():
            _rewrite_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, renames)


def _refuse_closed(override: Override, name: str, schema: dict[str, Any]) -> None:
    extra = schema.get("additionalProperties", True)
    if schema.get(DYNAMIC_EXTENSION) is True and extra is not True and extra != {}:
        raise RegenError(
            STAGE,
            f"override {override.id}: {name} now declares additionalProperties={json.dumps(extra)}, "
            "so its custom fields could not be kept",
            "decide whether the server still sends custom fields; adjust overrides/overrides.yaml",
        )


def _apply(spec: dict[str, Any], override: Override, targets: list[str]) -> list[str]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    names = targets
    if override.rename:
        final = override.rename
        if final in schemas and final not in targets:
            raise RegenError(STAGE, f"override {override.id}: component {final} exists and is not a target", "")
        keeper = final if final in targets else targets[0]
        schemas[final] = schemas.pop(keeper)
        for other in targets:
            if other != keeper:
                del schemas[other]
        _rewrite_refs(spec, {name: final for name in targets if name != final})
        names = [final]
    for name in names:
        _merge(schemas[name], override.update)
        _refuse_closed(override, name, schemas[name])
    spec["components"]["schemas"] = {k: schemas[k] for k in sorted(schemas)}
    return names


def _delete_operations_outside(spec: dict[str, Any], name: str) -> list[str]:
    """DELETE operations whose 2xx body is not `name` (reported, not refused: the vendor may mean it)."""
    outside: list[str] = []
    for path, method, op in operations(spec):
        if method != "delete":
            continue
        refs = [
            component_of(json_schema(response))
            for status, response in (op.get("responses") or {}).items()
            if str(status).startswith("2")
        ]
        if name not in refs:
            outside.append(f"DELETE {path}")
    return outside


@dataclass
class OverlayCheck:
    """Every override checked against one normalised spec and applied to a copy of it."""

    patched: dict[str, Any]
    notes: list[str]
    drifted: list[str]
    """One line per override the spec moved under (all of them, not just the first)."""
    observed: dict[str, dict[str, Target]]
    """What the lock would record for this spec, per override."""
    redundant: list[str]
    """Overrides that now change nothing: the vendor ships what they patch."""
    unmatched: list[str] = field(default_factory=list)
    """Overrides that match nothing in this spec (their ids): retiring them is the way through."""


def check_overrides(spec: dict[str, Any], naming: NamingConfig, overrides_dir: Path = OVERRIDES_DIR) -> OverlayCheck:
    """Apply the overrides in order (each sees the earlier ones applied, as in a regen), noting drift."""
    lock = read_lock(overrides_dir)
    patched = copy.deepcopy(spec)
    patched.setdefault("components", {}).setdefault("schemas", {})
    check = OverlayCheck(patched, [], [], {}, [])
    for override in load_overrides(overrides_dir):
        observed = _observe(patched, override, naming)
        check.observed[override.id] = observed
        targets = select_targets(patched, override, naming)
        if targets and not override.code and _is_noop(patched, override, targets):
            # The vendor fixed what this override patches: nothing to check or apply any more.
            check.redundant.append(override.id)
            check.notes.append(
                f"overlay: override {override.id} is now redundant (the spec already has what it patches: "
                f"{', '.join(targets)}): retire it from overrides/overrides.yaml"
            )
            continue
        problem = drift(override, lock.get(override.id), observed)
        if problem:
            check.drifted.append(problem)
        if not observed:
            check.unmatched.append(override.id)
        if not targets:
            continue
        names = _apply(patched, override, targets)
        check.notes.append(f"overlay: {override.id} -> {', '.join(names)}")
        if override.rename and override.select.get("shape") is not None:
            for op in _delete_operations_outside(patched, override.rename):
                check.notes.append(f"  {op} does not return {override.rename} (its body has another shape)")
    return check


def _is_noop(spec: dict[str, Any], override: Override, targets: list[str]) -> bool:
    trial = copy.deepcopy(spec)
    try:
        _apply(trial, override, targets)
    except RegenError:
        return False
    return trial == spec


class DriftError(RegenError):
    """The overlay's refusal: the spec moved under one or more overrides (each named in `drifted`)."""

    def __init__(self, drifted: list[str], hint: str, unmatched: list[str] | None = None) -> None:
        self.drifted = drifted
        self.unmatched = unmatched or []
        count = f"{len(drifted)} overrides drifted: " if len(drifted) > 1 else ""
        super().__init__(STAGE, count + "; ".join(drifted), hint)


def drift_error(drifted: list[str], pulled: str = "", unmatched: list[str] | None = None) -> DriftError:
    """One refusal naming every drifted override; `pulled` says where the pulled spec was kept.

    An override that matches nothing cannot be accepted (the lock would record no targets): the hint
    names `overrides --retire ID` for it, then `--accept` for the others, in the order to run them.
    """
    unmatched = unmatched or []
    hint = ACCEPT_HINT
    if pulled:
        hint = (
            f"check each override still holds for the pulled spec (kept in {pulled}), then run "
            "`.venv/bin/python -m codegen overrides --accept` (it reads that spec), commit "
            "overrides/overrides.lock.json and run the same `make regen` again"
        )
    if unmatched:
        retire = " ".join(f"--retire {override_id}" for override_id in unmatched)
        accept = (
            ", then `.venv/bin/python -m codegen overrides --accept` for the others"
            if len(unmatched) < len(drifted)
            else ""
        )
        hint = (
            f"{', '.join(unmatched)} match{'es' if len(unmatched) == 1 else ''} nothing in "
            f"{'the pulled spec (kept in ' + pulled + ')' if pulled else 'this spec'}: if the API no longer has "
            f"what it patches, run `.venv/bin/python -m codegen overrides {retire}` (removes it from "
            f"overrides/overrides.yaml and the lock){accept}; commit overrides/ and run the same `make regen` again"
        )
    return DriftError(drifted, hint, unmatched)


def apply_spec_overrides(
    spec: dict[str, Any],
    naming: NamingConfig | None = None,
    overrides_dir: Path = OVERRIDES_DIR,
) -> tuple[dict[str, Any], list[str]]:
    """Check every override against the recorded fingerprints, then apply them to a copy of `spec`."""
    check = check_overrides(spec, naming or load_naming_config(), overrides_dir)
    if check.drifted:
        raise drift_error(check.drifted, unmatched=check.unmatched)
    return check.patched, check.notes


def code_modules(overrides_dir: Path = OVERRIDES_DIR) -> set[str]:
    """The hand-kept modules (`codegen/runtime/`) that ship only with the override declaring them."""
    return {name for override in load_overrides(overrides_dir) for name in override.code}


def apply_code_overrides(package_dir: Path, spec: dict[str, Any], overrides_dir: Path = OVERRIDES_DIR) -> list[str]:
    """Copy the declared code modules into the package and check the model template used them."""
    notes: list[str] = []
    for override in load_overrides(overrides_dir):
        copy_modules(package_dir, override.code)
        notes.extend(f"overlay: {override.id} -> {package_dir.name}/{name}" for name in override.code)
    dynamic = sorted(
        name
        for name, schema in (spec.get("components", {}).get("schemas") or {}).items()
        if isinstance(schema, dict) and schema.get(DYNAMIC_EXTENSION) is True
    )
    models_dir = package_dir / "models"
    mixed = (
        sorted(p.stem for p in models_dir.glob("*.py") if "(CustomFieldsMixin):" in p.read_text())
        if models_dir.is_dir()
        else []
    )
    if len(mixed) != len(dynamic):
        raise RegenError(
            STAGE,
            f"{len(dynamic)} schema(s) are marked {DYNAMIC_EXTENSION} ({', '.join(dynamic)}) but "
            f"{len(mixed)} model module(s) use CustomFieldsMixin ({', '.join(mixed) or 'none'})",
            "codegen/templates/model.py.jinja must render the custom-fields surface for marked schemas",
        )
    return notes
