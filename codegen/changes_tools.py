"""The two outside tools the change report uses: `redocly diff` on the specs, griffe on the packages.

Neither is fatal: if one cannot run, the report says so in one line and the structural diff in
`changes.py` still decides the gate.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
from pathlib import Path
from typing import Any

from .workspace import REPO_ROOT

__all__ = ["redocly_diff", "python_surface", "REDOCLY"]

REDOCLY = REPO_ROOT / "node_modules" / ".bin" / "redocly"
REDOCLY_TIMEOUT_S = 120


def redocly_diff(old_spec: dict[str, Any], new_spec: dict[str, Any], scratch: Path) -> tuple[str, list[str]]:
    """`redocly diff OLD NEW --format json`: (one-line summary, messages of its major-rated changes)."""
    if not REDOCLY.is_file():
        return f"not run ({REDOCLY.relative_to(REPO_ROOT)} is missing; run make setup)", []
    work = scratch / "redocly-diff"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        (work / "old.json").write_text(json.dumps(old_spec))
        (work / "new.json").write_text(json.dumps(new_spec))
        try:
            # --fail-on none: exit 0 whatever the rating (it is ours to judge); --lint-config off: no config noise.
            proc = subprocess.run(
                [str(REDOCLY), "diff", "old.json", "new.json", "--format", "json", "-o", "report.json",
                 "--fail-on", "none", "--lint-config", "off"],
                cwd=work, capture_output=True, text=True, timeout=REDOCLY_TIMEOUT_S, check=False,
            )  # fmt: skip
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"not run ({type(exc).__name__}: {exc})", []
        report_path = work / "report.json"
        if proc.returncode != 0 or not report_path.is_file():
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
            return f"failed (exit {proc.returncode}: {tail[0][:160]})", []
        try:
            data = json.loads(report_path.read_text())
        except ValueError as exc:
            return f"unreadable report ({exc})", []
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary = data.get("summary") or {}
    counts = ", ".join(f"{summary.get(k, 0)} {k}" for k in ("major", "minor", "patch"))
    majors = sorted(
        {
            str(verdict.get("message", ""))
            for change in data.get("changes") or []
            for verdict in change.get("verdicts") or []
            if verdict.get("impact") == "major"
        }
    )
    return f"semver bump {data.get('bump', 'none')} ({counts})", majors


def python_surface(old_dist: Path, new_dist: Path, package: str, notes: list[str]) -> list[str]:
    """griffe's breaking changes between two generated packages' public APIs, one line each."""
    try:
        import griffe
    except ImportError:
        notes.append("python surface: not checked (griffe is not installed)")
        return []
    logging.getLogger("griffe").setLevel(logging.ERROR)
    try:
        # Static analysis only: the packages are never imported.
        old = griffe.load(package, search_paths=[old_dist], try_relative_path=False, allow_inspection=False)
        new = griffe.load(package, search_paths=[new_dist], try_relative_path=False, allow_inspection=False)
        found = []
        for breakage in griffe.find_breaking_changes(old, new):
            line = f"{breakage.obj.path}: {breakage.kind.value}"
            if breakage.kind.name.startswith("PARAMETER"):
                param = breakage.old_value or breakage.new_value
                line += f" ({getattr(param, 'name', param)})"
            found.append(line)
    except Exception as exc:  # noqa: BLE001 (a tool failure must not hide the rest of the report)
        notes.append(f"python surface: griffe failed ({type(exc).__name__}: {exc})")
        return []
    return sorted(set(found))
