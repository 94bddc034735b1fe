"""The overrides lock, `overrides/overrides.lock.json`, and drift: has the spec moved under an override?

The lock records, per override, every target's fingerprint (the sha256 of its shape, annotations left
out) and its fields. A regen whose targets or fingerprints differ, or whose override matches nothing,
raises `DriftError` naming every drifted override and the old and new shapes; nothing is swapped, and
the pipeline keeps the pulled spec in `.regen/`. `python -m codegen overrides --accept`
(`overrides_command.py`) records the new state after a person has checked the override still holds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RegenError
from .normalise import shape_key
from .override_manifest import STAGE, Override
from .spec import component_of

__all__ = ["ACCEPT_HINT", "LOCK", "DriftError", "Target", "describe", "drift", "drift_error", "lock_key", "read_lock"]

LOCK = "overrides.lock.json"
ACCEPT_HINT = (
    "check the override still holds for the new spec (overrides/overrides.yaml), then run "
    "`.venv/bin/python -m codegen overrides --accept` and commit overrides/overrides.lock.json"
)


@dataclass
class Target:
    """What the lock records for one matched component: its shape's fingerprint and a readable summary."""

    fingerprint: str
    fields: dict[str, str]

    def as_json(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "fields": self.fields}


def read_lock(overrides_dir: Path) -> dict[str, Any]:
    path = overrides_dir / LOCK
    if not path.is_file():
        return {}
    data = json.loads(path.read_text())
    return data if isinstance(data, dict) else {}


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


def lock_key(override: Override, name: str, target: Target) -> str:
    # Renamed targets collapse into one component, so their names do not matter: their shapes do. So
    # for `returned_with`: a new entity whose id has the recorded type is covered without a review.
    return f"shape:{target.fingerprint}" if override.rename or "returned_with" in override.select else name


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
