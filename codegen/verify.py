"""Stage 6, verify: the staged package lints, type-checks strictly and imports, and the templates did their part.

Runs on the staging copy, before the swap: `ruff check`, `mypy --strict` (its cache lives in
`.regen/`, so an unchanged package re-checks in well under a second), then `import finalpos` in a
fresh interpreter whose only extra path is the staging directory. Before them, `check_custom_fields`:
every schema the overrides mark dynamic got the custom-fields surface from the model template.

The checks are a pure function of the staged tree and the environment, so with a checks dir (the
pipeline's `.regen/checks/`, `check_cache.py`) a tree that passed them before with the same interpreter
and installed packages (a FORCE=1 regen whose output did not change) is not checked again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

from .check_cache import cached_check, check_key
from .errors import RegenError
from .fingerprint import tree_sha256
from .generate import ruff_executable
from .mypy_seed import mypy_command, seed_cache
from .spec import DYNAMIC_EXTENSION

__all__ = ["check_custom_fields", "verify"]

STAGE = "verify"


def _errors(text: str) -> list[str]:
    """The error lines of a check's output (ruff's `path:line:col: CODE ...`, mypy's `: error:`)."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    errors = [line for line in lines if ": error:" in line or "error" in line.lower() or _ruff_finding(line)]
    return [line[:300] for line in (errors or lines or ["(no output)"])]


def _ruff_finding(line: str) -> bool:
    parts = line.split(":", 3)
    return len(parts) == 4 and parts[1].strip().isdigit() and parts[2].strip().isdigit()


def check_custom_fields(package_dir: Path, spec: dict[str, Any]) -> None:
    """As many model modules use `CustomFieldsMixin` as the spec has schemas marked dynamic."""
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


def verify(stage_dir: Path, package: str, cache_dir: Path, checks_dir: Path | None = None) -> None:
    """The three checks run side by side (separate processes); failures are reported in this order.

    `cache_dir` is mypy's; with `checks_dir`, a tree that passed before in this environment passes.
    """
    ruff = ruff_executable()
    if not ruff.is_file():
        raise RegenError(STAGE, f"ruff not found at {ruff}", "run `make setup`")
    key = check_key([tree_sha256(stage_dir), package, Path(__file__).read_bytes(), str(ruff), *_environment()])
    cached_check(checks_dir, "verify", key, lambda: _run_checks(stage_dir, package, ruff, cache_dir))


def _environment() -> list[str]:
    """What the checks' outcome depends on besides the tree: the interpreter and every installed package
    (a `*.dist-info` name carries its version), read from the directory listing in a millisecond."""
    site = Path(sysconfig.get_paths()["purelib"])
    installed = sorted(p.name for p in site.iterdir() if p.name.endswith(".dist-info")) if site.is_dir() else []
    return [sys.executable, sys.version, *installed]


def _run_checks(stage_dir: Path, package: str, ruff: Path, cache_dir: Path) -> bool:
    seed_cache(cache_dir)  # a new workspace's first check: the environment's part from `make setup`
    cache_dir.mkdir(parents=True, exist_ok=True)
    mypy, mypy_env = mypy_command(cache_dir, package)
    probe = f"import {package}, {package}.models, {package}.resources; print({package}.__version__)"
    checks = [
        (
            "ruff check failed on the generated package",
            [str(ruff), "check", "--no-cache", "--quiet", "--output-format=concise", package],
            dict(os.environ),
        ),
        ("mypy --strict failed on the generated package", mypy, mypy_env),
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
    failed = [
        (message, _errors(out + err))
        for (message, proc), (out, err) in zip(running, outputs, strict=True)
        if proc.returncode != 0
    ]
    if failed:
        # The line names the first check's first error; the items are every error of every failed check.
        items = [f"{message}: {error}" for message, errors in failed for error in errors]
        raise RegenError(STAGE, items[0], "", items=items)
    return True
