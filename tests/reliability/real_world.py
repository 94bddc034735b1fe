"""Real-world data: customer pages where 10% of rows carry what production sends and no spec promises,
walked under concurrent load (async walkers with prefetch, sync threads on one client).

Odd rows (every row n with n % 10 == 3) rotate through: nulls, an impossible date, a scalar where an
array is declared, an array where an object is declared, a number where a string is declared, and a
wrong-typed value inside a nested object. Every row also carries tenant custom fields. The spec
declares no enum, so an unknown enum value has no field to land in here; the model template handles
it like any other value that does not fit (tests/pipeline/test_lenient_enum.py regenerates a spec
with an enum and checks an unknown value through `FinalPOS`).

Judged per record: lenient walks must return every record sent, in order, each odd row's values kept
in `.unparsed` (0 lost); strict mode must raise `APIResponseValidationError` for each odd page; the
`finalpos` warnings must be one per model and field and hold neither the key nor any odd value.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import finalpos

from .real_world_data import ODD_EVERY, SECRET_VALUES
from .servers import ServerProcess
from .table import CaseResult

__all__ = ["RealWorldSettings", "run_real_world"]

GROUP = "real-world data"


@dataclass(frozen=True)
class RealWorldSettings:
    api_key: str
    async_walkers: int = 20
    sync_threads: int = 4
    records: int = 300
    """Customers in each walker's collection."""
    page_limit: int = 50
    prefetch: int = 2
    timeout_s: float = 30.0


def _odd_kept(customer: Any) -> bool:
    """The odd row's values are reachable: in `.unparsed`, or in the nested model's."""
    nested = getattr(customer.shipping, "unparsed", None)
    return bool(customer.unparsed) or bool(nested)


def _judge_walk(result: CaseResult, case: str, total: int, got: list[Any] | BaseException) -> None:
    if isinstance(got, BaseException):
        result.tried += total
        result.lose(f"walk {case} ended in {type(got).__name__}: {str(got)[:120]}", total)
        return
    by_position = {i: c for i, c in enumerate(got)}
    for n in range(total):
        customer = by_position.get(n)
        if customer is None:
            result.tried += 1
            result.lose(f"{case}: record {n} not returned")
            continue
        odd = n % ODD_EVERY == 3
        ok = (
            customer.id == f"{case}-{n}"
            and customer.custom_fields.get("tenantScore") == n
            and (_odd_kept(customer) if odd else not customer.unparsed)
        )
        result.check(ok, f"{case}: record {n} came back as {customer!r}"[:200])
    if len(got) > total:
        result.check(False, f"{case}: {len(got) - total} records more than sent")


def _async_case(server: ServerProcess, settings: RealWorldSettings) -> CaseResult:
    n = settings.async_walkers
    result = CaseResult(GROUP, f"async x{n} walkers (prefetch={settings.prefetch}), 10% odd rows, lenient")
    cases = [f"rw-async{i}-{settings.records}" for i in range(n)]

    async def walk(client: finalpos.AsyncFinalPOS, case: str) -> list[Any] | BaseException:
        try:
            # One client (one pool) for every walker; the collection is chosen per call with extra_query.
            pages = client.customers.list(
                limit=settings.page_limit, prefetch=settings.prefetch, extra_query={"case": case}
            )
            return [c async for c in pages]
        except Exception as exc:
            return exc

    async def drive() -> list[list[Any] | BaseException]:
        async with finalpos.AsyncFinalPOS(
            api_key=settings.api_key, base_url=server.base_url("real-world", "shared"), timeout=settings.timeout_s
        ) as client:
            return list(await asyncio.gather(*(walk(client, case) for case in cases)))

    started = time.monotonic()
    outcomes = asyncio.run(drive())
    for case, got in zip(cases, outcomes, strict=True):
        _judge_walk(result, case, settings.records, got)
    result.figures = f"{n * settings.records} records in {time.monotonic() - started:.2f}s, one client"
    return result


def _sync_case(server: ServerProcess, settings: RealWorldSettings) -> CaseResult:
    threads = settings.sync_threads
    result = CaseResult(GROUP, f"sync {threads} threads, 10% odd rows, lenient")
    cases = [f"rw-sync{i}-{settings.records}" for i in range(threads)]
    outcomes: dict[str, list[Any] | BaseException] = {}

    client = finalpos.FinalPOS(
        api_key=settings.api_key, base_url=server.base_url("real-world", "shared"), timeout=settings.timeout_s
    )

    def worker(case: str) -> None:
        try:
            outcomes[case] = list(client.customers.list(limit=settings.page_limit, extra_query={"case": case}))
        except Exception as exc:
            outcomes[case] = exc

    started = time.monotonic()
    pool = [threading.Thread(target=worker, args=(case,)) for case in cases]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(settings.timeout_s * 4)
    for case in cases:
        _judge_walk(result, case, settings.records, outcomes.get(case, TimeoutError("walk never ended")))
    client.close()
    result.figures = f"{threads * settings.records} records in {time.monotonic() - started:.2f}s, one client"
    return result


def _strict_case(server: ServerProcess, settings: RealWorldSettings) -> CaseResult:
    result = CaseResult(GROUP, "strict_response_validation=True: each odd page raises the typed error")
    case = f"rw-strict-{settings.records}"
    with finalpos.FinalPOS(
        api_key=settings.api_key,
        base_url=server.base_url("real-world", case),
        timeout=settings.timeout_s,
        strict_response_validation=True,
    ) as client:
        for skip in range(0, settings.records, settings.page_limit):
            try:
                client.customers.with_raw_response.list(skip=skip, limit=settings.page_limit)
                result.check(False, f"page skip={skip}: odd rows parsed without an error under strict validation")
            except finalpos.APIResponseValidationError as exc:
                result.check(settings.api_key not in str(exc), f"page skip={skip}: the key is in the error")
            except Exception as exc:
                result.tried += 1
                result.lose(f"page skip={skip}: {type(exc).__name__} instead of APIResponseValidationError")
    result.figures = f"{result.tried} pages, every one with odd rows"
    return result


@contextmanager
def _captured_warnings() -> Iterator[list[str]]:
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("finalpos")
    logger.addHandler(handler)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)


def _warnings_case(settings: RealWorldSettings, lines: list[str], expected_fields: int) -> CaseResult:
    result = CaseResult(GROUP, "warnings: once per model and field, no key, no values")
    fields = [line.split(":", 1)[0] for line in lines]
    for line in lines:
        leaked = [v for v in SECRET_VALUES if v in line]
        if settings.api_key in line:
            result.leak(f"the key is in a warning: {line[:80]}...")
        elif leaked:
            result.leak(f"a response value ({leaked[0]}) is in a warning")
        result.check(fields.count(line.split(":", 1)[0]) == 1, f"warned more than once: {line[:100]}")
    result.check(len(set(fields)) == expected_fields, f"{len(set(fields))} fields warned, {expected_fields} expected")
    result.figures = f"{len(lines)} warnings over every walk: {', '.join(sorted(set(fields)))}"
    return result


def run_real_world(settings: RealWorldSettings) -> list[CaseResult]:
    from finalpos import _lenient

    _lenient._warned.clear()  # once per process: start this group's count from zero
    with ServerProcess() as server, _captured_warnings() as lines:
        rows = [_async_case(server, settings), _sync_case(server, settings), _strict_case(server, settings)]
    # Customer: billing, createdAt, tags, phone; Address: city (the nested shipping value).
    rows.append(_warnings_case(settings, lines, expected_fields=5))
    return rows
