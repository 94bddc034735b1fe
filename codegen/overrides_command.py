"""`python -m codegen overrides [--accept | --retire ID]`: each override's targets and drift; `--accept`
records them; `--retire ID` removes an override the API no longer needs (its entry and its lock record).

The command a person runs after reviewing a drifted override (`override_lock.py` refuses the regen and
names this command). It checks the overrides against the generator's view (`spec_view`) of the spec
the next regen will meet, and rewrites `overrides/overrides.lock.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import RegenError
from .override_lock import LOCK, drift, read_lock
from .override_manifest import MANIFEST, STAGE, load_overrides
from .record import read_record
from .spec_view import generator_view_unchecked, names_to_keep
from .validate import parse_document
from .workspace import Workspace

__all__ = ["overrides_command", "retire_command"]


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
    which = (
        "spec given with --spec"
        if spec_path
        else "committed spec"
        if source == ws.spec_path
        else "spec regen pulled and stopped on"
    )
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
            unmatched = " ".join(f"--retire {k}" for k, entry in new_lock.items() if not entry["targets"])
            out(
                "refusing to record an override that matches nothing: if the API no longer has what it patches, "
                f"run `.venv/bin/python -m codegen overrides {unmatched}`, then --accept again"
            )
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


def _entry_span(lines: list[str], override_id: str) -> tuple[int, int] | None:
    """The lines of one `- id: ...` list item in overrides.yaml (comments and other entries untouched)."""
    starts = [i for i, line in enumerate(lines) if re.match(r"^\s*- id:\s*", line)]
    for n, start in enumerate(starts):
        if lines[start].split("id:", 1)[1].strip().strip("'\"") == override_id:
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            while end > start + 1 and not lines[end - 1].strip():
                end -= 1  # keep the blank line that separates entries
            return start, end
    return None


def retire_command(ws: Workspace, override_ids: list[str], out: Callable[[str], None] = print) -> int:
    """Remove each override from overrides.yaml (as text, so comments stay) and from the lock."""
    manifest = ws.overrides_dir / MANIFEST
    known = {o.id: o for o in load_overrides(ws.overrides_dir)}
    unknown = [i for i in override_ids if i not in known]
    if unknown:
        raise RegenError(
            STAGE, f"no override {', '.join(unknown)} in overrides/{MANIFEST}", f"known: {', '.join(known)}"
        )
    lines = manifest.read_text().splitlines(keepends=True)
    for override_id in override_ids:
        span = _entry_span(lines, override_id)
        if span is None:
            raise RegenError(STAGE, f"cannot find the `- id: {override_id}` entry in overrides/{MANIFEST}", "")
        start, end = span
        while end < len(lines) and not lines[end].strip():
            end += 1  # and the blank line after it
        del lines[start:end]
    manifest.write_text("".join(lines))
    remaining = {o.id for o in load_overrides(ws.overrides_dir)}  # parses: the edit left valid YAML
    assert not remaining & set(override_ids)
    lock = read_lock(ws.overrides_dir)
    kept = {k: v for k, v in lock.items() if k not in override_ids}
    (ws.overrides_dir / LOCK).write_text(json.dumps(kept, indent=2, sort_keys=True) + "\n")
    for override_id in override_ids:
        code = known[override_id].code
        extra = (
            f"; its code module(s) {', '.join(code)} stay in codegen/runtime/: delete them if unused" if code else ""
        )
        out(f"retired override {override_id}: removed from overrides/{MANIFEST} and overrides/{LOCK}{extra}")
    out(
        "commit overrides/, then run the same `make regen` again (a drift line for the other overrides names "
        "`.venv/bin/python -m codegen overrides --accept`)"
    )
    return 0
