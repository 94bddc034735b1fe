"""Part of stage 2: `redocly lint` with rules chosen for code generation.

The rules and their severities live in `codegen/config/redocly.yaml`, and the severity is the
decision: an `error` there is something that breaks generation (an unresolved `$ref`, a duplicate
operationId, an undeclared path parameter) and stops the regen naming the rule and the place; a
`warn` is reported in the regen's summary (counts per rule, then the first few) and the run goes on.

Redocly CLI is the pinned Node tool in `node_modules/` (`make setup`); it runs with telemetry and
update notices off, and its Node 20 end-of-life banner is dropped from anything we show.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .background import start_beside_build
from .check_cache import cached_check, check_key
from .errors import RegenError
from .spec import OPENAPI_METHODS
from .workspace import CONFIG_DIR, REPO_ROOT

__all__ = ["CONFIG_PATH", "LintJob", "lint", "redocly_executable", "summarise"]

STAGE = "lint"
CONFIG_PATH = CONFIG_DIR / "redocly.yaml"
TIMEOUT_S = 120.0
SHOWN = 3  # findings quoted in full after the per-rule counts
QUIET_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "REDOCLY_SUPPRESS_NOTIFICATIONS": "true",
    "NO_COLOR": "1",
}


def redocly_executable() -> Path:
    """`node_modules/.bin/redocly` in this checkout, or $REDOCLY."""
    configured = os.environ.get("REDOCLY")
    return Path(configured) if configured else REPO_ROOT / "node_modules" / ".bin" / "redocly"


def lint(document: dict[str, Any], work_dir: Path, cache_dir: Path | None = None) -> list[str]:
    """Lint the candidate spec; return report lines, or raise `RegenError` on a generation-breaking finding.

    With `cache_dir`, Redocly's problems for a spec it has linted (same config, same CLI) are reused.
    """
    redocly = redocly_executable()
    if not (redocly.is_file() and os.access(redocly, os.X_OK)):
        raise RegenError(STAGE, f"Redocly CLI not found at {redocly}", "run `make setup` (npm ci installs it)")
    if shutil.which("node") is None:
        raise RegenError(
            STAGE, "`node` is not on PATH, so Redocly CLI cannot run", "install Node 20 and run `make setup`"
        )
    text = json.dumps(document, ensure_ascii=False)  # compact: Redocly reports JSON pointers, not lines
    key = check_key(
        [text, Path(__file__).read_bytes(), CONFIG_PATH.read_bytes(), str(redocly), _redocly_version(redocly)]
    )
    return summarise(cached_check(cache_dir, "lint", key, lambda: _problems(redocly, text, work_dir)))


def _redocly_version(redocly: Path) -> str:
    """The CLI's version from its package.json (`node_modules/.bin/redocly` links into the package)."""
    package = redocly.resolve().parent.parent / "package.json"
    try:
        return str(json.loads(package.read_text()).get("version"))
    except (OSError, ValueError, AttributeError):
        return "unknown"


def _problems(redocly: Path, text: str, work_dir: Path) -> list[dict[str, Any]]:
    """Redocly's JSON problems for the spec text, run in `work_dir`."""
    candidate = work_dir / "lint-input.json"
    candidate.write_text(text)
    command = [str(redocly), "lint", "--config", str(CONFIG_PATH), "--format", "json", "--max-problems", "1000"]
    process = start_beside_build(
        [*command, candidate.name],
        cwd=work_dir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **QUIET_ENV},
    )
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise RegenError(STAGE, f"redocly lint did not finish within {TIMEOUT_S:g}s", "") from None
    finally:
        candidate.unlink(missing_ok=True)
    try:
        result = json.loads(stdout)
        return [p for p in result["problems"] if isinstance(p, dict)]
    except (ValueError, KeyError, TypeError):
        raise RegenError(
            STAGE,
            f"redocly lint gave no report (exit {process.returncode}: {_first_line(stderr)})",
            "run `make setup`",
        ) from None


class LintJob:
    """`lint` (a Node subprocess, ~1 s) in a thread, so it runs beside validation and generation.

    The pipeline collects its result at the end of the build; when generation fails first, a lint error
    is the better explanation and is raised instead.
    """

    def __init__(self, document: dict[str, Any], work_dir: Path, cache_dir: Path | None = None) -> None:
        if work_dir.exists():
            shutil.rmtree(work_dir)
        work_dir.mkdir(parents=True)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="regen-lint")
        self._future = self._pool.submit(lint, document, work_dir, cache_dir)

    def result(self) -> list[str]:
        try:
            return self._future.result()
        finally:
            self._pool.shutdown(wait=True)

    def wait_quietly(self) -> None:
        """Let the subprocess finish (no orphans); its own error, if any, is reported elsewhere."""
        try:
            self._future.exception()
        finally:
            self._pool.shutdown(wait=True)


def summarise(problems: list[dict[str, Any]]) -> list[str]:
    """Redocly's JSON problems -> report lines; raises on the first `error`-severity finding."""
    errors = [p for p in problems if p.get("severity") == "error"]
    if errors:
        described = [f"{p.get('ruleId')} at {_where(p)}: {_message(p)}" for p in errors]
        raise RegenError(
            STAGE,
            described[0],
            "fix the spec; rules and severities are in codegen/config/redocly.yaml",
            items=described,
        )
    if not problems:
        return ["lint: redocly lint found nothing"]
    counts = Counter(str(p.get("ruleId")) for p in problems)
    per_rule = ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items()))
    lines = [f"lint: {len(problems)} warning(s) from redocly lint ({per_rule})"]
    for problem in problems[:SHOWN]:
        lines.append(f"  {problem.get('ruleId')} at {_where(problem)}: {_message(problem)}")
    if len(problems) > SHOWN:
        lines.append(f"  ... and {len(problems) - SHOWN} more")
    return lines


def _message(problem: dict[str, Any]) -> str:
    return " ".join(str(problem.get("message", "")).split())[:200]


def _where(problem: dict[str, Any]) -> str:
    """A JSON pointer as a reader says it: `#/paths/~1a~1{id}/get/parameters` -> `GET /a/{id} parameters`."""
    locations = problem.get("location") or [{}]
    pointer = str(locations[0].get("pointer", "")) if isinstance(locations[0], dict) else ""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("#").strip("/").split("/") if p]
    if len(parts) >= 3 and parts[0] == "paths" and parts[2] in OPENAPI_METHODS:
        return " ".join([parts[2].upper(), parts[1], "/".join(parts[3:])]).strip()
    return "/".join(parts) or "(document)"


def _first_line(stderr: str) -> str:
    # Redocly prints a boxed Node 20 end-of-life banner first; it is noise here.
    for line in stderr.splitlines():
        text = line.strip()
        if text and not text.startswith(("╔", "║", "╚")):
            return text[:200]
    return "no output"
