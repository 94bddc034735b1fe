"""The one call the reliability cases make, and how its outcome is judged.

Every case drives the typed client (`finalpos.FinalPOS` / `AsyncFinalPOS`) through the same call,
`sessions.with_raw_response.retrieve(SESSION_ID)` (GET, so retried by default), with a canary API
key. An outcome is *answered* (a parsed Session), *typed* (an `finalpos.APIError`), or *lost*:
any other exception, or no end at all within the case's time bound.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

import finalpos
from finalpos import _constants

__all__ = [
    "SESSION_ID",
    "Outcome",
    "async_probe",
    "canary_key",
    "retry_wait_bound",
    "sync_probe",
    "sync_probe_with_watchdog",
]

SESSION_ID = "o1p2q3r4s5t6u7v8w9x0y1z2"


def canary_key() -> str:
    """A fresh API key that appears nowhere else, so finding it anywhere means it leaked."""
    return f"fpk_canary_{secrets.token_hex(12)}"


@dataclass
class Outcome:
    kind: str
    """"answered", "typed" or "lost"."""
    elapsed_s: float
    error: BaseException | None = None
    retries_taken: int | None = None
    value: Any = None

    @property
    def error_name(self) -> str:
        return type(self.error).__name__ if self.error is not None else "-"


def _judge(started: float, call: Any) -> Outcome:
    try:
        response = call()
    except finalpos.APIError as exc:
        return Outcome("typed", time.monotonic() - started, exc)
    except Exception as exc:  # anything else escaping the client is a lost request
        return Outcome("lost", time.monotonic() - started, exc)
    return Outcome("answered", time.monotonic() - started, None, response.retries_taken, response.parsed)


def sync_probe(client: finalpos.FinalPOS, session_id: str = SESSION_ID) -> Outcome:
    started = time.monotonic()
    return _judge(started, lambda: client.sessions.with_raw_response.retrieve(session_id))


async def async_probe(
    client: finalpos.AsyncFinalPOS, watchdog_s: float | None = None, session_id: str = SESSION_ID
) -> Outcome:
    started = time.monotonic()
    try:
        call = client.sessions.with_raw_response.retrieve(session_id)
        response = await (asyncio.wait_for(call, watchdog_s) if watchdog_s else call)
    except TimeoutError as exc:  # our watchdog, not the client: the call hung past its bound
        return Outcome("lost", time.monotonic() - started, exc)
    except finalpos.APIError as exc:
        return Outcome("typed", time.monotonic() - started, exc)
    except Exception as exc:
        return Outcome("lost", time.monotonic() - started, exc)
    return Outcome("answered", time.monotonic() - started, None, response.retries_taken, response.parsed)


def sync_probe_with_watchdog(client: finalpos.FinalPOS, watchdog_s: float, on_hang: Any) -> Outcome:
    """`sync_probe` in a thread; if it has not ended after `watchdog_s`, call `on_hang()` (which
    must un-wedge the server side) and report the call as lost (hung past its bound)."""
    box: list[Outcome] = []
    worker = threading.Thread(target=lambda: box.append(sync_probe(client)), daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(watchdog_s)
    if worker.is_alive():
        on_hang()
        worker.join(30)
        hung = Outcome("lost", time.monotonic() - started, TimeoutError(f"still running after {watchdog_s:.1f}s"))
        return hung
    return box[0]


def retry_wait_bound(max_retries: int, retry_after_s: float = 0.0) -> float:
    """Longest the client may sleep between attempts: full backoff (no jitter), or Retry-After if longer."""
    total = 0.0
    for n in range(max_retries):
        backoff = min(_constants.INITIAL_RETRY_DELAY * 2.0**n, _constants.MAX_RETRY_DELAY)
        total += max(backoff, retry_after_s if retry_after_s <= _constants.MAX_RETRY_AFTER else 0.0)
    return total
