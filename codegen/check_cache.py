"""The last result of each slow check (validation, Redocly lint, verify), kept in `.regen/` by input hash.

Each is a pure function of its input (the spec; for verify the staged tree), the tools and our code
calling them, so a `FORCE=1 make regen` after a pipeline change, or the same `make regen` run again
after a stop, need not pay for them twice (together about half of a full regen). The key hashes
everything the result depends on; any other input, tool version or checking code misses and runs the
check. One file per check, holding only the last result: `.regen/` does not grow.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["cached_check", "check_key", "keep_result", "kept_result"]


def check_key(parts: Sequence[str | bytes]) -> str:
    """One hash over every input of a check (each part length-prefixed, so parts cannot run together)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def cached_check(cache_dir: Path | None, check: str, key: str, run: Callable[[], Any]) -> Any:
    """`run()`'s JSON result, or the one kept for this key; without a cache dir, always `run()`.

    Only a result `run()` returns is kept: a check that raises (a refusal, a missing tool) runs again.
    """
    kept = kept_result(cache_dir, check, key)
    if kept is not None:
        return kept
    result = run()
    keep_result(cache_dir, check, key, result)
    return result


def kept_result(cache_dir: Path | None, check: str, key: str) -> Any:
    """The result kept for this key, or None (no cache dir, no kept result, another key, unreadable).

    No check's result is JSON `null`, so None always means "run the check"."""
    if cache_dir is None:
        return None
    try:
        kept = json.loads((cache_dir / f"{check}.json").read_text())
        if isinstance(kept, dict) and kept.get("key") == key:
            return kept["result"]
    except (OSError, ValueError, KeyError):
        pass  # no kept result, or an unreadable one: run the check
    return None


def keep_result(cache_dir: Path | None, check: str, key: str, result: Any) -> None:
    """Replace the check's kept result (written aside, then renamed: a reader never sees half a file)."""
    if cache_dir is None:
        return
    path = cache_dir / f"{check}.json"
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"key": key, "result": result}))
    temporary.replace(path)
