"""`redocly diff` on the old and new spec: the server-side semver view, reported beside our rules.

Never fatal: if it cannot run, the report says so in one line and the structural diff decides the gate.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from ..workspace import REPO_ROOT

__all__ = ["REDOCLY", "redocly_diff"]

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
