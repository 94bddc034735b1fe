"""`python -m codegen overrides [--accept]`: each override's targets and drift; `--accept` records them.

The command a person runs after reviewing a drifted override (`overlay.py` refuses the regen and
names this command). It checks the overrides against the generator's view (`spec_view`) of the spec
the next regen will meet, and rewrites `overrides/overrides.lock.json`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import RegenError
from .overlay import LOCK, STAGE, drift, load_overrides, read_lock
from .record import read_record
from .spec_view import generator_view_unchecked, names_to_keep
from .validate import parse_document
from .workspace import Workspace

__all__ = ["overrides_command"]


def overrides_command(
    ws: Workspace,
    accept: bool,
    out: Callable[[str], None] = print,
    overrides_dir: Path | None = None,
    spec_path: Path | None = None,
) -> int:
    """List each override's targets and drift; with accept, record them in the lock.

    Checked against `spec_path`, else the spec the last regen pulled and stopped on (`.regen/`), else
    the committed openapi.json: the accepted state is the one the next regen will meet.
    """
    overrides_dir = overrides_dir or ws.overrides_dir
    source = spec_path or (ws.pulled_spec_path if ws.pulled_spec_path.is_file() else ws.spec_path)
    if not source.is_file():
        raise RegenError(STAGE, f"no spec at {source}", "run `make regen` first")
    document = parse_document(source.read_bytes(), "application/json")
    which = "committed spec" if source == ws.spec_path else "spec regen pulled and stopped on"
    out(f"checking overrides against the {which}: {source} (API {document.get('info', {}).get('version', '?')})")
    # With the model names regen keeps (sticky), so the targets are the ones the next regen meets.
    kept = names_to_keep(read_record(ws.record_path).model_names, _committed(ws))
    check = generator_view_unchecked(document, overrides_dir, names=kept)
    lock = read_lock(overrides_dir)
    new_lock: dict[str, Any] = {}
    drifted = 0
    for override in load_overrides(overrides_dir):
        observed = check.observed.get(override.id, {})
        if override.id in check.redundant:
            out(f"{override.id}: REDUNDANT: the spec already has what it patches; retire it")
            new_lock[override.id] = {"targets": {k: t.as_json() for k, t in sorted(observed.items())}}
            continue
        problem = drift(override, lock.get(override.id), observed)
        status = "ok" if problem is None else "DRIFT"
        drifted += problem is not None
        listed = ", ".join(k if k.endswith(t.fingerprint) else f"{k} {t.fingerprint}" for k, t in observed.items())
        out(f"{override.id}: {status}: {listed or 'no targets'}")
        if problem:
            out(f"  {problem}")
        new_lock[override.id] = {"targets": {k: t.as_json() for k, t in sorted(observed.items())}}
    if accept:
        if any(not entry["targets"] for entry in new_lock.values()):
            out("refusing to record an override that matches nothing; fix overrides/overrides.yaml")
            return 1
        (overrides_dir / LOCK).write_text(json.dumps(new_lock, indent=2, sort_keys=True) + "\n")
        out(f"recorded overrides/{LOCK}; commit it, then run `make regen` again (same SPEC_URL)")
        return 0
    return 1 if drifted else 0


def _committed(ws: Workspace) -> dict[str, Any] | None:
    if not ws.spec_path.is_file():
        return None
    document: dict[str, Any] = json.loads(ws.spec_path.read_text())
    return document
