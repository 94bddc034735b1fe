"""Secrets: the canary API key must appear in no output of the other groups.

Sources: exceptions (str, repr, full traceback with the chained httpx errors), reprs of clients and
results, debug logs captured in-process (loggers `finalpos`, `httpx`, `httpcore` at DEBUG), the
stderr of a separate process run with FINALPOS_LOG=debug (the documented switch), the headers the
"other host" of a redirect received, and every regen's output (the change report) and files
(generated/, openapi.json, the record) written with FINALPOS_API_KEY set to the canary.

A source that produced nothing fails too (a scan of nothing would pass whatever the client did),
except the redirect target, where receiving nothing at all is the best outcome.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.package_under_test import subprocess_pythonpath

from .servers import REPO_ROOT, ScriptedServer
from .table import CaseResult

__all__ = ["capture_debug_logs", "log_subprocess", "scan_source"]

GROUP = "secrets"
LOGGERS = ("finalpos", "httpx", "httpcore")


def scan_source(key: str, source: str, texts: list[str], allow_empty: bool = False) -> CaseResult:
    """`allow_empty`: for a source where silence is the best outcome (no request reached the other
    host at all); its capture is proved to work by test_harness.py instead."""
    result = CaseResult(GROUP, source)
    for index, text in enumerate(texts):
        if key in text:
            result.tried += 1
            at = text.index(key)
            result.leak(f"item {index}: ...{text[max(0, at - 80) : at]}<KEY>...")
        else:
            result.check(True, "")
    if not texts:
        result.check(allow_empty, f"nothing captured from {source}: the scan would prove nothing")
    result.figures = f"{len(texts)} item(s), {sum(len(t) for t in texts)} chars scanned"
    return result


class _ListHandler(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.lines = lines
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def capture_debug_logs() -> Iterator[list[str]]:
    """Every record the client's loggers emit at DEBUG and above, formatted, while inside."""
    lines: list[str] = []
    handler = _ListHandler(lines)
    saved = []
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        for logger, level in saved:
            logger.removeHandler(handler)
            logger.setLevel(level)


def log_subprocess(key: str) -> tuple[list[str], str]:
    """Run `log_probe.py` with FINALPOS_LOG=debug against hostile behaviours; (outputs, figures)."""
    with ScriptedServer() as server:
        env = {k: v for k, v in os.environ.items() if k != "FINALPOS_BASE_URL"}
        env.update(
            FINALPOS_LOG="debug",
            FINALPOS_API_KEY=key,
            PYTHONPATH=subprocess_pythonpath(REPO_ROOT),
        )
        proc = subprocess.run(
            [sys.executable, "-m", "tests.reliability.log_probe", server.url],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    texts = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    debug_lines = sum(1 for line in texts if "DEBUG" in line)
    if proc.returncode != 0:
        texts.append(f"log probe exited {proc.returncode}")
    figures = f"exit {proc.returncode}, {debug_lines} DEBUG lines"
    if debug_lines == 0:
        # No debug output at all: FINALPOS_LOG=debug did nothing, so the scan would prove nothing.
        return [], figures + " (FINALPOS_LOG=debug produced no debug lines)"
    return texts, figures


def regen_texts(outputs: list[str], roots: list[Path]) -> tuple[list[str], list[str]]:
    """(regen outputs, file contents) for the scan; files under each workspace root."""
    files: list[str] = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and ".mypy_cache" not in path.parts and path.suffix != ".pyc":
                files.append(path.read_bytes().decode("utf-8", "replace"))
    return outputs, files
