"""User code stays clean under `mypy --strict`: a small program written the way the README says to
(reading fields that may be UNSET after lenient parsing, `.unparsed`, strict mode, extras) type-checks
against `generated/` with no errors; and a program that forgets a field may be UNSET is caught."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.package_under_test import INSTALLED

ROOT = Path(__file__).resolve().parents[2]

USER_PROGRAM = """
from __future__ import annotations

import datetime

import finalpos
from finalpos import FinalPOS, AsyncFinalPOS
from finalpos.models import Customer, Session
from finalpos.types import UNSET, Unset


def close_time(session: Session) -> datetime.datetime | None:
    # A null, a missing field and a value that did not fit all read UNSET.
    if isinstance(session.close_time, Unset):
        return None
    return session.close_time


def raw_close_time(session: Session) -> object:
    return session.unparsed.get("closeTime", UNSET)


def emails(client: FinalPOS) -> list[str]:
    found: list[str] = []
    for customer in client.customers.list(limit=50, extra_query={"outletId": "o1"}):
        if isinstance(customer.email, str):
            found.append(customer.email)
        tier: object = customer.custom_fields.get("loyaltyTier")
        print(repr(customer), tier)
    return found


def strict_copy(client: FinalPOS) -> Session:
    strict = client.with_options(strict_response_validation=True, timeout=10.0)
    try:
        return strict.sessions.retrieve("s1", extra_headers={"X-Request-Id": "r1"})
    except finalpos.APIResponseValidationError as exc:
        print(exc.status_code)
        raise


async def walk(client: AsyncFinalPOS) -> int:
    count = 0
    async for _customer in client.customers.list(prefetch=2, extra_headers={"X-T": "1"}):
        count += 1
    created: Customer = await client.customers.create(
        email="a@b.c", first_name="A", last_name="B", extra_body={"loyaltyTier": "gold"}
    )
    print(created.unparsed)
    return count


try:
    FinalPOS(base_url="127.0.0.1:4010")
except finalpos.InvalidArgumentError as exc:
    print(exc.argument)
"""

FORGETS_UNSET = """
import datetime
from finalpos.models import Session


def close_time(session: Session) -> datetime.datetime:
    return session.close_time
"""


# The raw and streaming twins wrap the methods (runtime `_twins.py`): the same arguments, checked as
# strictly as the method's, with the twin's result type.
RAW_TWINS = """
from finalpos import APIResponse, AsyncFinalPOS, FinalPOS
from finalpos.models import Customer


def raw(client: FinalPOS) -> tuple[APIResponse[Customer], APIResponse[list[Customer]]]:
    created = client.customers.with_raw_response.create(email="a@b.c", first_name="A", last_name="B")
    page = client.customers.with_raw_response.list(skip=0, limit=10, timeout=5.0)
    customer: Customer = created.parsed
    print(customer, page.parsed[0].email, created.status_code)
    return created, page


async def async_raw(client: AsyncFinalPOS) -> APIResponse[Customer]:
    return await client.customers.with_raw_response.update("c1", email="a@b.c")
"""

RAW_TWIN_MISUSE = """
from finalpos import FinalPOS
from finalpos.models import Session


def misuse(client: FinalPOS) -> Session:
    client.customers.with_raw_response.create(email="a@b.c", first_name="A", last_nam="B")
    return client.sessions.with_raw_response.retrieve("s1")
"""


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "user_program.py"
    program.write_text(textwrap.dedent(source))
    # The finalpos under test: generated/ (make test) or the installed wheel (make test-pythons, where
    # mypy finds it in site-packages through its py.typed marker).
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    if not INSTALLED:
        env["MYPYPATH"] = str(ROOT / "generated")
    # The session's shared mypy cache (tests/conftest.py), so the second run is warm.
    cache = Path(os.environ.get("REGEN_MYPY_CACHE") or tmp_path) / "user-code"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(cache),
            "--config-file",
            os.devnull,
            str(program),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )


def test_user_program_is_clean_under_mypy_strict(tmp_path: Path) -> None:
    done = _mypy(tmp_path, USER_PROGRAM)
    assert done.returncode == 0, done.stdout + done.stderr


def test_forgetting_unset_is_caught(tmp_path: Path) -> None:
    done = _mypy(tmp_path, FORGETS_UNSET)
    assert done.returncode == 1 and "Unset" in done.stdout, done.stdout + done.stderr


def test_raw_twins_keep_the_methods_signatures_and_return_api_responses(tmp_path: Path) -> None:
    done = _mypy(tmp_path, RAW_TWINS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_raw_twin_call_with_a_wrong_argument_or_result_is_caught(tmp_path: Path) -> None:
    done = _mypy(tmp_path, RAW_TWIN_MISUSE)
    assert done.returncode == 1, done.stdout + done.stderr
    assert 'Unexpected keyword argument "last_nam"' in done.stdout, done.stdout
    assert 'Incompatible return value type (got "APIResponse[Session]", expected "Session")' in done.stdout, done.stdout
