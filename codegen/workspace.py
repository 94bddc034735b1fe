"""Where the pipeline reads and writes.

A `Workspace` is a project root: the committed snapshot, its record, `generated/` and the scratch
folder `.regen/`. The pipeline's own inputs (`codegen/config`, `codegen/templates`, `codegen/runtime`,
`overrides/`) always come from this checkout, so tests can point a workspace at a temporary copy of
the outputs without copying the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["REPO_ROOT", "CODEGEN_DIR", "OVERRIDES_DIR", "CONFIG_DIR", "Workspace"]

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
