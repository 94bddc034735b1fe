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
    """The three checks run side by side (separate processes); failures are reported in this order."""
    ruff = ruff_executable()
    if not ruff.is_file():
        raise RegenError(STAGE, f"ruff not found at {ruff}", "run `make setup`")
    cache_dir.mkdir(parents=True, exist_ok=True)
    probe = f"import {package}, {package}.models, {package}.resources; print({package}.__version__)"
    checks = [
        (
            "ruff check failed on the generated package",
            [str(ruff), "check", "--no-cache", "--quiet", package],
            dict(os.environ),
        ),
        (
            "mypy --strict failed on the generated package",
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache_dir), "--no-error-summary", package],
            {**os.environ, "MYPYPATH": ""},
        ),
        (
            f"`import {package}` failed",
            [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(stage_dir)!r}); {probe}"],
            {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        ),
    ]
    running = [
        (
            message,
            subprocess.Popen(cmd, cwd=stage_dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        )
        for message, cmd, env in checks
    ]
    outputs = [proc.communicate() for _, proc in running]  # waits for all three: no orphans
    for (message, proc), (out, err) in zip(running, outputs, strict=True):
        if proc.returncode != 0:
            raise RegenError(STAGE, f"{message}: {_first_error(out + err)}", "")
