"""The pulled spec's checks, validation (`validate.py`) and Redocly lint (`lint.py`), run beside the build.

Both start before the build (each its own process, so they use the second core rather than take turns
with the build) and gate what follows it: the pipeline collects them when the build and the change
report are done, before the gate prints anything and before the swap. When several things fail, one
stop is shown, the one that explains the most: validation's (the spec is not one we generate from,
whatever else broke), then lint's (a generation-breaking finding explains a build failure), then the
build's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import RegenError
from .lint import LintJob
from .validate import FINDINGS_FILE, ValidationJob
from .workspace import Workspace

__all__ = ["SpecChecks"]


class SpecChecks:
    def __init__(
        self, ws: Workspace, document: dict[str, Any], cache_dir: Path, strict: bool = False, validate: bool = True
    ) -> None:
        """Start them; a document that is no OpenAPI 3 description at all is refused here, at once.

        `strict` (STRICT_SPEC=1) refuses the findings; without `validate` (check-generated's committed
        snapshot, validated when it was pulled) only lint runs.
        """
        self._ws = ws
        self._document = document
        self._strict = strict
        self._validation = ValidationJob(document, ws.scratch_dir / "validate", cache_dir) if validate else None
        try:
            self._lint = LintJob(document, ws.scratch_dir / "lint", cache_dir)
        except BaseException:
            if self._validation is not None:
                self._validation.cancel()
            raise

    def collect(self) -> list[str]:
        """The report lines (validation's findings, then lint's), or the first stop (see the module doc).

        After a build that stopped, call it before re-raising the build's error: it raises the better one.
        """
        try:
            findings = self._findings()
        except BaseException:
            self._lint.wait_quietly()
            raise
        return findings + self._lint.result()

    def cancel(self) -> None:
        """After an interruption or a crash: stop validation and let lint's subprocess end (no orphans)."""
        try:
            if self._validation is not None:
                self._validation.cancel()
        finally:
            self._lint.wait_quietly()

    def _findings(self) -> list[str]:
        if self._validation is None:
            return []
        findings = self._validation.result()
        lines = self._keep_findings(findings)
        if self._strict and findings:
            raise RegenError(
                "validate",
                f"invalid OpenAPI {self._document.get('openapi')}: {findings[0]}",
                "STRICT_SPEC=1 is set; unset it to go on with these as findings",
                items=findings,
            )
        return lines

    def _keep_findings(self, findings: list[str]) -> list[str]:
        """Every finding in `.regen/`, and the report's lines for them."""
        path = self._ws.scratch_dir / FINDINGS_FILE
        if not findings:
            path.unlink(missing_ok=True)
            return []
        path.write_text("".join(f"{finding}\n" for finding in findings))
        head = (
            f"validate: {len(findings)} finding(s) the generator tolerates, listed in {self._ws.shown(path)} "
            "(STRICT_SPEC=1 refuses them)"
        )
        return [head, *(f"  {finding}" for finding in findings)]
