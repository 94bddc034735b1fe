"""Stage 6, verify: the staged package lints, type-checks strictly and imports.

Runs on the staging copy, before the swap: `ruff check`, `mypy --strict` (its cache lives in
`.regen/`, so an unchanged package re-checks in well under a second), then `import finalpos` in a
fresh interpreter whose only extra path is the staging directory.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .errors import RegenError
from .generate import ruff_executable

__all__ = ["verify"]

STAGE = "verify"


def _first_error(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    errors = [line for line in lines if ": error:" in line or "error" in line.lower()]
    return (errors or lines or ["(no output)"])[0][:300]


def verify(stage_dir: Path, package: str, cache_dir: Path) -> None:
    ruff = ruff_executable()
    if not ruff.is_file():
        raise RegenError(STAGE, f"ruff not found at {ruff}", "run `make setup`")
    done = subprocess.run(
        [str(ruff), "check", "--no-cache", "--quiet", package], cwd=stage_dir, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RegenError(STAGE, f"ruff check failed on the generated package: {_first_error(done.stdout + done.stderr)}", "")

    cache_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache_dir), "--no-error-summary", package],
        cwd=stage_dir,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": ""},
    )
    if done.returncode != 0:
        raise RegenError(STAGE, f"mypy --strict failed on the generated package: {_first_error(done.stdout + done.stderr)}", "")

    probe = f"import {package}, {package}.models, {package}.api; print({package}.__version__)"
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(stage_dir)!r}); {probe}"],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RegenError(STAGE, f"`import {package}` failed: {_first_error(done.stderr)}", "")
