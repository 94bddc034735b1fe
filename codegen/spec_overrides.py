"""Stage 3's second half: the spec overrides of `overrides/overrides.yaml`, applied to the normalised spec.

Each override selects its targets by what they are (the schemas an entity's operations send and return,
the entities returned with a property, or an exact shape), then `update`s them (an OpenAPI Overlay-style
deep merge) and/or `rename`s them to one component. They run on the normalised spec, so targets are our
stable component names. Before applying, each override's targets are checked against the lock
(`override_lock.py`); an override that changes nothing any more (the vendor ships what it patches) is a
note, "now redundant: retire it", not drift.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import RegenError
from .normalise import entity_of
from .override_lock import Target, describe, drift, lock_key, read_lock
from .override_manifest import STAGE, Override, load_overrides
from .spec import (
    DYNAMIC_EXTENSION,
    NamingConfig,
    component_of,
    json_schema,
    operations,
    ref_name,
    ref_to,
)
from .workspace import OVERRIDES_DIR

__all__ = ["OverlayCheck", "check_overrides", "select_targets"]


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
"""One per `override_manifest.SELECTOR_KINDS` (what loading accepts)."""


def select_targets(spec: dict[str, Any], override: Override, naming: NamingConfig) -> list[str]:
    """Component names the override applies to in this (normalised) spec."""
    kind, value = next(iter(override.select.items()))
    return SELECTORS[kind](spec, value, naming)


def _observe(spec: dict[str, Any], override: Override, naming: NamingConfig) -> dict[str, Target]:
    schemas = spec.get("components", {}).get("schemas") or {}
    observed: dict[str, Target] = {}
    for name in select_targets(spec, override, naming):
        target = describe(schemas[name], override)
        observed[lock_key(override, name, target)] = target
    return observed


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
