"""`make reliability`: the full reliability run; prints the table and saves it.

    python -m tests.reliability.run [--bounded] [--groups hostile,load,real-world,regen,secrets] [--out FILE]

Exit status 0 only if every case passed with nothing lost or leaked. The table also goes to
`--out` (default /tmp/reliability-table.txt).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# The tests import the package from generated/ (as pytest's pythonpath does), except in make test-pythons,
# which runs them against the wheel installed in a venv (FINALPOS_TEST_PACKAGE=installed).
_INSTALLED = os.environ.get("FINALPOS_TEST_PACKAGE") == "installed"
for entry in ([] if _INSTALLED else [str(REPO_ROOT / "generated")]) + [str(REPO_ROOT)]:
    if entry not in sys.path:
        sys.path.insert(0, entry)

from tests.reliability.probe import canary_key  # noqa: E402
from tests.reliability.suite import (  # noqa: E402
    BOUNDED,
    FULL,
    hostile_group,
    load_group,
    real_world_group,
    regen_group,
    secrets_group,
)
from tests.reliability.table import CaseResult, render_table  # noqa: E402

GROUPS = ("hostile", "load", "real-world", "regen", "secrets")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.run", description=__doc__)
    parser.add_argument("--bounded", action="store_true", help="the small counts `make test` uses")
    parser.add_argument("--groups", default=",".join(GROUPS), help="comma-separated subset of " + ",".join(GROUPS))
    parser.add_argument("--out", type=Path, default=Path("/tmp/reliability-table.txt"))
    args = parser.parse_args(argv)
    groups = [g.strip() for g in args.groups.split(",") if g.strip()]
    unknown = sorted(set(groups) - set(GROUPS))
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    if "secrets" in groups and not {"hostile", "regen"} <= set(groups):
        parser.error("secrets scans the hostile and regen groups' output: run them too")

    scale = BOUNDED if args.bounded else FULL
    key = canary_key()
    results: list[CaseResult] = []
    timings: list[str] = []

    def note(result: CaseResult) -> None:
        print(("ok   " if result.ok else "FAIL ") + result.explain(), flush=True)

    started = time.monotonic()
    hostile = regen = None
    if "hostile" in groups:
        t = time.monotonic()
        hostile = hostile_group(key, scale)
        for r in hostile.results:
            note(r)
        results += hostile.results
        timings.append(f"hostile {time.monotonic() - t:.0f}s")
    if "load" in groups:
        t = time.monotonic()
        load = load_group(key, scale)
        for r in load:
            note(r)
        results += load
        timings.append(f"load {time.monotonic() - t:.0f}s")
    if "real-world" in groups:
        t = time.monotonic()
        real_world = real_world_group(key, scale)
        for r in real_world:
            note(r)
        results += real_world
        timings.append(f"real-world {time.monotonic() - t:.0f}s")
    if "regen" in groups:
        t = time.monotonic()
        regen = regen_group(key, scale, progress=note)
        results += regen.results
        timings.append(f"regen {time.monotonic() - t:.0f}s")
    if "secrets" in groups and hostile is not None and regen is not None:
        secrets = secrets_group(key, hostile, regen)
        for r in secrets:
            note(r)
        results += secrets

    header = (
        f"finalpos reliability, {scale.name} run: {', '.join(timings)}, {time.monotonic() - started:.0f}s in all "
        f"(hostile: timeout {scale.hostile_timeout_s}s, max_retries {scale.hostile_max_retries}, "
        f"x{scale.hostile_repeat}; load: async {scale.async_concurrency}, sync {scale.sync_threads}x"
        f"{scale.sync_per_thread}, memory {scale.memory_requests}; real-world: async {scale.real_world_walkers} "
        f"walkers (prefetch {scale.real_world_prefetch}) + sync {scale.real_world_threads} threads x "
        f"{scale.real_world_records} records)\n\n"
    )
    table = header + render_table(results)
    print()
    print(table, end="")
    args.out.write_text(table)
    print(f"(table saved to {args.out})")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
