"""Hostile responses: the typed client against a server built to misbehave (`servers.py`).

Each case runs in both clients (sync and async), each request against its own pair of servers (the
hostile one and the "other host" a redirect points at), all cases at once in a thread pool: every
case measures its own elapsed time, so running them side by side only shortens the suite.

Per request the rules are: the outcome is the expected typed error (or an answer where one is
fine), never another exception; the server saw exactly as many attempts as the retry policy
allows; the call ended within its bound ((attempts x timeout + the longest retry waits) x 1.25 +
a margin), else it counts as lost (hung past the timeout); the other host never saw the API key; after
`close()` the client holds no connection to either server.
"""

from __future__ import annotations

import asyncio
import itertools
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import finalpos
import httpx

from .probe import Outcome, async_probe, retry_wait_bound, sync_probe_with_watchdog
from .resources import connections_to
from .servers import ScriptedServer
from .table import CaseResult

__all__ = ["CASES", "HostileCase", "HostileSettings", "Transcript", "run_hostile"]

GROUP = "hostile"
MAX_PARALLEL_CASES = 12
"""Enough to overlap the waiting; few enough that starved threads do not blur the time bounds."""
_ids = itertools.count(1)


@dataclass(frozen=True)
class HostileSettings:
    api_key: str
    timeout_s: float = 1.0
    max_retries: int = 1
    repeat: int = 1
    """Requests per case and client kind."""
    margin_s: float = 2.5
    """Slack on top of the computed bound (thread scheduling on a busy 2-core machine)."""


@dataclass(frozen=True)
class HostileCase:
    name: str
    behaviour: str
    errors: tuple[type[finalpos.APIError], ...]
    """Typed errors that are the right outcome; empty: only an answer is right."""
    may_answer: bool = False
    retried: bool = False
    """True: an error outcome must come after exactly max_retries + 1 attempts; False: after 1."""
    retry_after_s: float = 0.0
    follow_redirects: bool = False
    """Give the client an `httpx.Client(follow_redirects=True)` of the user's own."""
    expect_retries_taken: int | None = None
    timeout_s: float | None = None
    """Per-case timeout; None: the settings' timeout."""
    work_s: float = 0.0
    """CPU time the client may need on top of waiting (parsing 10 MB on a busy 2-core machine)."""


CASES: tuple[HostileCase, ...] = (
    HostileCase("truncated JSON", "truncated-json", (finalpos.APIResponseValidationError,)),
    HostileCase("wrong content type (HTML 200)", "wrong-content-type", (finalpos.APIResponseValidationError,)),
    HostileCase("invalid UTF-8 in JSON", "invalid-utf8", (finalpos.APIResponseValidationError,)),
    HostileCase("10 MB body", "huge-body", (finalpos.APIResponseValidationError,), may_answer=True, work_s=5.0),
    HostileCase("HTML 502 page from a proxy", "html-502", (finalpos.InternalServerError,), retried=True),
    HostileCase("connection reset mid-body", "reset-midway", (finalpos.APIConnectionError,), retried=True),
    HostileCase("accepts, never answers", "never-answer", (finalpos.APITimeoutError,), retried=True),
    # A timeout longer than the 1 s between bytes: no single read times out, so only a deadline
    # on the whole attempt ends the call in time.
    HostileCase(
        "trickles 1 byte/s, timeout 1.5 s", "trickle", (finalpos.APITimeoutError,), retried=True, timeout_s=1.5
    ),
    HostileCase("307 to another host", "redirect", (finalpos.APIStatusError,), may_answer=True),
    HostileCase(
        "307 to another host, user's http_client follows redirects",
        "redirect",
        (finalpos.APIStatusError,),
        may_answer=True,
        follow_redirects=True,
    ),
    HostileCase("5xx storm (500)", "storm-500", (finalpos.InternalServerError,), retried=True),
    HostileCase(
        "5xx storm, Retry-After 1 h", "storm-503-retry-after-hour", (finalpos.InternalServerError,), retried=True
    ),
    HostileCase("429 storm, Retry-After 1 s", "storm-429", (finalpos.RateLimitError,), retried=True, retry_after_s=1.0),
    HostileCase("401 quoting the API key back", "echo-key-401", (finalpos.AuthenticationError,)),
    HostileCase("bad JSON holding the API key", "echo-key-bad-json", (finalpos.APIResponseValidationError,)),
    HostileCase("503 once, then OK", "flaky-then-ok", (), may_answer=True, expect_retries_taken=1),
)


@dataclass
class Transcript:
    """Everything the client let out during a run (errors, reprs, logs), for the secrets scan."""

    texts: dict[str, list[str]] = field(default_factory=dict)
    other_host_headers: list[dict[str, str]] = field(default_factory=list)

    def add(self, source: str, text: str) -> None:
        self.texts.setdefault(source, []).append(text)

    def add_error(self, error: BaseException | None) -> None:
        if error is not None:
            self.add("exceptions", str(error))
            self.add("exceptions", repr(error))
            self.add("tracebacks", "".join(traceback.format_exception(error)))


def timeout_s(case: HostileCase, settings: HostileSettings) -> float:
    return case.timeout_s if case.timeout_s is not None else settings.timeout_s


def bound_s(case: HostileCase, settings: HostileSettings) -> float:
    attempts = settings.max_retries + 1 if case.retried or case.expect_retries_taken else 1
    expected = attempts * timeout_s(case, settings) + retry_wait_bound(attempts - 1, case.retry_after_s)
    return expected * 1.25 + case.work_s + settings.margin_s


def _check_outcome(
    case: HostileCase, settings: HostileSettings, outcome: Outcome, attempts: int, other_host_keys: int
) -> list[str]:
    problems: list[str] = []
    if outcome.kind == "lost":
        return [f"lost: {outcome.error_name}: {str(outcome.error)[:160]} after {outcome.elapsed_s:.1f}s"]
    if outcome.kind == "answered":
        if not case.may_answer:
            problems.append("answered, but a typed error was due")
        if case.expect_retries_taken is not None and outcome.retries_taken != case.expect_retries_taken:
            problems.append(f"retries_taken {outcome.retries_taken}, expected {case.expect_retries_taken}")
    elif not isinstance(outcome.error, case.errors):
        wanted = "/".join(e.__name__ for e in case.errors) or "an answer"
        problems.append(f"{outcome.error_name} ({str(outcome.error)[:120]}), expected {wanted}")
    else:
        expected_attempts = settings.max_retries + 1 if case.retried else 1
        if attempts != expected_attempts:
            problems.append(f"{attempts} attempts, the policy allows exactly {expected_attempts}")
    limit = bound_s(case, settings)
    if outcome.elapsed_s > limit:
        problems.append(f"took {outcome.elapsed_s:.2f}s, over its bound {limit:.2f}s")
    if other_host_keys:
        problems.append(f"the other host received x-api-key {other_host_keys} time(s)")
    return problems


@dataclass(frozen=True)
class _Request:
    outcome: Outcome
    problems: list[str]
    keys_sent_elsewhere: int
    connections_held: int


def _run_one(case: HostileCase, mode: str, settings: HostileSettings, transcript: Transcript) -> _Request:
    case_id = f"c{next(_ids)}"
    with ScriptedServer() as server, ScriptedServer() as other_host:
        # Another host name for the same loopback address: a different origin to the client.
        server.redirect_to = f"http://localhost:{other_host.port}/capture/{case_id}"
        base_url = server.base_url(case.behaviour, case_id)
        watchdog = bound_s(case, settings) + 2.0
        if mode == "sync":
            http_client = httpx.Client(follow_redirects=True) if case.follow_redirects else None
            client = finalpos.FinalPOS(
                api_key=settings.api_key,
                base_url=base_url,
                timeout=timeout_s(case, settings),
                max_retries=settings.max_retries,
                http_client=http_client,
            )
            transcript.add("reprs", repr(client))
            outcome = sync_probe_with_watchdog(client, watchdog, server.release)
            client.close()
            if http_client is not None:
                http_client.close()
        else:

            async def drive() -> Outcome:
                http_client = httpx.AsyncClient(follow_redirects=True) if case.follow_redirects else None
                client = finalpos.AsyncFinalPOS(
                    api_key=settings.api_key,
                    base_url=base_url,
                    timeout=timeout_s(case, settings),
                    max_retries=settings.max_retries,
                    http_client=http_client,
                )
                transcript.add("reprs", repr(client))
                outcome = await async_probe(client, watchdog)
                await client.close()
                if http_client is not None:
                    await http_client.aclose()
                return outcome

            outcome = asyncio.run(drive())
        transcript.add_error(outcome.error)
        transcript.add("reprs", repr(outcome.value))
        seen_elsewhere = other_host.requests_for(case_id)
        transcript.other_host_headers.extend(s.headers for s in seen_elsewhere)
        other_host_keys = sum(1 for s in seen_elsewhere if "x-api-key" in s.headers)
        problems = _check_outcome(case, settings, outcome, server.attempts(case_id), other_host_keys)
        held = connections_to(server.port) + connections_to(other_host.port)
        return _Request(outcome, problems, other_host_keys, held)


def _run_case(case: HostileCase, mode: str, settings: HostileSettings, transcript: Transcript) -> CaseResult:
    result = CaseResult(GROUP, f"{case.name} [{mode}]")
    figures: list[str] = []
    for _ in range(settings.repeat):
        request = _run_one(case, mode, settings, transcript)
        outcome = request.outcome
        if outcome.kind == "lost":
            result.tried += 1
            result.lose(request.problems[0])
        else:
            result.check(not request.problems, "; ".join(request.problems))
        if request.keys_sent_elsewhere:
            result.leak(
                f"API key sent to the other host {request.keys_sent_elsewhere} time(s)", request.keys_sent_elsewhere
            )
        if request.connections_held:
            result.leak(f"{request.connections_held} connection(s) still open after close()", request.connections_held)
        figures.append(f"{outcome.error_name if outcome.error else 'answered'} in {outcome.elapsed_s:.2f}s")
    result.figures = f"{figures[0]}; bound {bound_s(case, settings):.1f}s" + (
        f" (x{len(figures)})" if len(figures) > 1 else ""
    )
    return result


def _warm_up(api_key: str) -> None:
    """One good call per client kind first: the first async call imports anyio and friends, which
    would otherwise be charged to whichever timed case came first."""
    with ScriptedServer() as server:
        base_url = server.base_url("ok", "warm-up")
        with finalpos.FinalPOS(api_key=api_key, base_url=base_url) as client:
            sync_probe_with_watchdog(client, 30.0, server.release)

        async def drive() -> None:
            async with finalpos.AsyncFinalPOS(api_key=api_key, base_url=base_url) as client:
                await async_probe(client, 30.0)

        asyncio.run(drive())


def run_hostile(
    settings: HostileSettings,
    transcript: Transcript,
    cases: tuple[HostileCase, ...] = CASES,
    modes: tuple[str, ...] = ("sync", "async"),
    progress: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    _warm_up(settings.api_key)
    jobs = [(case, mode) for case in cases for mode in modes]
    # The cases that mostly wait run side by side; the CPU-heavy ones (10 MB) afterwards, alone,
    # so their parsing does not eat into the others' time bounds.
    waiting = [job for job in jobs if not job[0].work_s]
    by_job: dict[tuple[HostileCase, str], CaseResult] = {}
    with ThreadPoolExecutor(max_workers=MAX_PARALLEL_CASES) as pool:
        futures = {job: pool.submit(_run_case, job[0], job[1], settings, transcript) for job in waiting}
        by_job.update({job: future.result() for job, future in futures.items()})
    for job in jobs:
        if job not in by_job:
            by_job[job] = _run_case(job[0], job[1], settings, transcript)
    results = [by_job[job] for job in jobs]
    if progress is not None:
        for r in results:
            progress(r)
    return results
