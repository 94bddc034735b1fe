"""The bounded reliability run, computed once per session and shared by the group test modules.

Order matters: the regen faults (subprocesses) run in a background thread while the hostile cases
(mostly waiting on timeouts) run in the foreground; load runs alone afterwards, because it counts
this process's file descriptors and regen's pipes would blur the count.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.reliability.probe import canary_key
from tests.reliability.suite import (
    BOUNDED,
    BoundedRun,
    hostile_group,
    load_group,
    real_world_group,
    regen_group,
    secrets_group,
)


@pytest.fixture(scope="session")
def reliability_run() -> BoundedRun:
    key = canary_key()
    with ThreadPoolExecutor(max_workers=1) as background:
        regen_future = background.submit(regen_group, key, BOUNDED)
        hostile = hostile_group(key, BOUNDED)
        regen = regen_future.result()
    load = load_group(key, BOUNDED)
    real_world = real_world_group(key, BOUNDED)
    secrets = secrets_group(key, hostile, regen)
    return BoundedRun(hostile, regen, load, secrets, real_world)
