"""The two outside tools the change report uses: `redocly diff` on the specs, griffe on the packages.

Neither is fatal: if one cannot run, the report says so in one line and the structural diff in
`changes.py` still decides the gate.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .workspace import REPO_ROOT

__all__ = ["REDOCLY", "SurfaceFinding", "python_surface", "redocly_diff"]

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


@dataclass(frozen=True)
class SurfaceFinding:
    """One griffe breakage: the object's dotted path, griffe's kind, the parameter or member it names."""

    path: str
    kind: str
    """griffe's `BreakageKind` name, e.g. `PARAMETER_CHANGED_REQUIRED`, `OBJECT_REMOVED`."""
    param: str = ""
    operation: str = ""
    """`METHOD /path` from the object's generated docstring (resource methods state it), else empty."""

    def text(self) -> str:
        """griffe's own wording (used only where nothing groups the finding)."""
        from griffe import BreakageKind

        line = f"{self.path}: {BreakageKind[self.kind].value}"
        return line + (f" ({self.param})" if self.param else "")


_OPERATION_IN_DOC = re.compile(r"`(GET|PUT|POST|DELETE|PATCH) (/[^`\s]*)`")


def _operation_of(obj: Any) -> str:
    try:
        doc = obj.docstring.value if obj.docstring else ""
    except Exception:  # noqa: BLE001 (an alias griffe cannot resolve has no docstring to read)
        return ""
    match = _OPERATION_IN_DOC.search(doc)
    return f"{match.group(1)} {match.group(2)}" if match else ""


def python_surface(old_dist: Path, new_dist: Path, package: str, notes: list[str]) -> list[SurfaceFinding]:
    """griffe's breaking changes between two generated packages' public APIs (static analysis only)."""
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
        found = set()
        for breakage in griffe.find_breaking_changes(old, new):
            param = ""
            if breakage.kind.name.startswith("PARAMETER"):
                value = breakage.old_value or breakage.new_value
                param = str(getattr(value, "name", value))
            found.add(SurfaceFinding(breakage.obj.path, breakage.kind.name, param, _operation_of(breakage.obj)))
    except Exception as exc:  # noqa: BLE001 (a tool failure must not hide the rest of the report)
        notes.append(f"python surface: griffe failed ({type(exc).__name__}: {exc})")
        return []
    return sorted(found, key=lambda f: (f.path, f.kind, f.param))
