"""Content hashes: the spec's, the pipeline inputs', and a directory tree's.

`make regen` is "up to date" when the spec, every pipeline input (codegen/, overrides/, the pinned
tool versions) and `generated/` itself all hash to what the record says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from .workspace import CODEGEN_DIR, OVERRIDES_DIR, REPO_ROOT

__all__ = ["sha256_bytes", "tree_sha256", "tree_files", "inputs_sha256", "TOOLS"]

TOOLS = ("openapi-python-client", "ruff", "mypy", "attrs", "httpx", "datamodel-code-generator")
SKIP_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _ignored(rel: Path) -> bool:
    # Caches, and what building or installing ./generated leaves in the source tree (build/, *.egg-info/,
    # and dist/ from `python -m build generated` without --outdir): not ours, so they must not make an
    # unchanged checkout look changed.
    parts = rel.parts
    return (
        bool(SKIP_PARTS.intersection(parts))
        or rel.suffix == ".pyc"
        or parts[0] in ("build", "dist")
        or any(part.endswith(".egg-info") for part in parts)
    )


def tree_files(root: Path) -> list[Path]:
    """Files under root, relative, sorted; caches and build leftovers left out."""
    if not root.is_dir():
        return []
    return sorted(rel for p in root.rglob("*") if p.is_file() and not _ignored(rel := p.relative_to(root)))


def _digest(entries: Iterable[tuple[str, bytes]]) -> str:
    h = hashlib.sha256()
    for name, content in entries:
        h.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return h.hexdigest()


def tree_sha256(root: Path, exclude: frozenset[str] = frozenset()) -> str:
    """One hash over every file's path and content; `exclude` names relative paths to leave out."""
    return _digest((str(rel), (root / rel).read_bytes()) for rel in tree_files(root) if str(rel) not in exclude)


def inputs_sha256(overrides_dir: Path = OVERRIDES_DIR) -> str:
    entries: list[tuple[str, bytes]] = []
    for base in (CODEGEN_DIR, overrides_dir):
        for rel in tree_files(base):
            entries.append((f"{base.name}/{rel}", (base / rel).read_bytes()))
    lock = REPO_ROOT / "requirements.lock"
    if lock.is_file():
        entries.append(("requirements.lock", lock.read_bytes()))
    for tool in TOOLS:
        try:
            entries.append((f"tool:{tool}", metadata.version(tool).encode()))
        except metadata.PackageNotFoundError:
            entries.append((f"tool:{tool}", b"missing"))
    return _digest(entries)
