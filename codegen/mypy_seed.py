"""mypy's cache of what a generated package imports (the standard library, httpx, attrs), made once per
environment by `make setup`, so a workspace's first verify type-checks only the package.

A cold `mypy --strict` over the package spends two thirds of its time on those imports, which depend on the
environment alone, not on the spec: without a seed, every fresh checkout (CI) and every new temporary
workspace paid it on its first regen. The seed lives in the environment (`.venv/`), made again with it; verify
copies it into a workspace's mypy cache when that has none (`seed_cache`). mypy itself checks every cached
module against its source, so a stale seed costs time, never a wrong verdict.

`python -m codegen.mypy_seed` (re)makes it from the imports of the committed `generated/` package.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .spec import PACKAGE
from .workspace import REPO_ROOT

__all__ = ["SEED_DIR", "mypy_command", "seed_cache", "make_seed"]

SEED_DIR = Path(sys.prefix) / "regen-mypy-seed"


def mypy_command(cache_dir: Path, *targets: str) -> tuple[list[str], dict[str, str]]:
    """verify's mypy invocation and environment; the seed is made with the same, or mypy would not reuse it."""
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache_dir), "--no-error-summary"]
    return [*command, *targets], {**os.environ, "MYPYPATH": ""}


def seed_cache(cache_dir: Path) -> None:
    """Start a workspace's mypy cache from the environment's seed, if it has none yet and a seed exists."""
    if cache_dir.exists() or not SEED_DIR.is_dir():
        return
    partial = cache_dir.with_name(f"{cache_dir.name}.seeding-{os.getpid()}")
    shutil.copytree(SEED_DIR, partial)
    try:
        partial.rename(cache_dir)  # whole or not at all; a concurrent seeder's copy wins the same
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)


def _imports(package_dir: Path) -> list[str]:
    """Every absolute module the package imports, its own modules left out."""
    found: set[str] = set()
    for path in package_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
    return sorted(m for m in found if m.split(".")[0] not in (PACKAGE, "__future__"))


def make_seed(package_dir: Path, seed_dir: Path = SEED_DIR) -> None:
    """mypy over a module importing what the package imports, into a fresh seed that replaces the old."""
    with tempfile.TemporaryDirectory(prefix="regen-mypy-seed-") as work_name:
        work = Path(work_name)
        (work / "seed_probe.py").write_text("".join(f"import {name}\n" for name in _imports(package_dir)))
        cache = work / "cache"
        command, env = mypy_command(cache, "seed_probe.py")
        done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
        if done.returncode not in (0, 1):  # 1: errors in the probe (an import the package ignores); cached all the same
            sys.exit(f"mypy seed: mypy failed: {(done.stdout + done.stderr).strip()[:500]}")
        shutil.rmtree(seed_dir, ignore_errors=True)
        shutil.move(cache, seed_dir)


if __name__ == "__main__":
    make_seed(REPO_ROOT / "generated" / PACKAGE)
    print(f"mypy seed: {SEED_DIR}")
