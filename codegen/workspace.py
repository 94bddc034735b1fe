"""Where the pipeline reads and writes.

A `Workspace` is a project root: the committed snapshot, its record, `generated/` and the scratch
folder `.regen/`. The pipeline's own inputs (`codegen/config`, `codegen/templates`, `codegen/runtime`,
`overrides/`) always come from this checkout, so tests can point a workspace at a temporary copy of
the outputs without copying the pipeline.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import RegenError

__all__ = ["REPO_ROOT", "CODEGEN_DIR", "OVERRIDES_DIR", "CONFIG_DIR", "Workspace", "workspace_lock"]

CODEGEN_DIR = Path(__file__).resolve().parent
REPO_ROOT = CODEGEN_DIR.parent
CONFIG_DIR = CODEGEN_DIR / "config"
OVERRIDES_DIR = REPO_ROOT / "overrides"


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def default(cls) -> Workspace:
        return cls(REPO_ROOT)

    @property
    def spec_path(self) -> Path:
        return self.root / "openapi.json"

    @property
    def record_path(self) -> Path:
        return self.root / "openapi.record.json"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    @property
    def changelog_path(self) -> Path:
        return self.root / "CHANGELOG.md"

    @property
    def overrides_dir(self) -> Path:
        """`overrides/` of this root when it has one (tests use copies), else this checkout's."""
        local = self.root / "overrides"
        return local if (local / "overrides.yaml").is_file() else OVERRIDES_DIR

    @property
    def scratch_dir(self) -> Path:
        """Staging area on the same filesystem as `generated/`, so the swap is a rename."""
        return self.root / ".regen"

    @property
    def pulled_spec_path(self) -> Path:
        """A spec regen pulled but stopped on (override drift), kept so `codegen overrides --accept`
        records what the next regen meets."""
        return self.scratch_dir / "pulled-openapi.json"

    def shown(self, path: Path) -> str:
        """A path as a message names it: relative to the root when under it."""
        return str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)


@contextmanager
def workspace_lock(ws: Workspace, timeout_s: float = 600.0) -> Iterator[None]:
    """One regen per workspace at a time: a second one waits (they share `.regen/stage/`)."""
    ws.scratch_dir.mkdir(parents=True, exist_ok=True)
    with open(ws.scratch_dir / "lock", "w") as handle:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise RegenError(
                        "lock", "another regen is still running in this checkout", "wait for it to finish"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
