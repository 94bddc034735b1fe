"""How a failing contract or fuzz case tells the reader to replay it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from schemathesis import Case
from schemathesis.core import NotSet

from tests.contract.harness import FUZZ_EXAMPLES, FUZZ_SEED

__all__ = ["describe", "with_reproduction"]


@contextmanager
def with_reproduction(case: Case[Any], base_url: str, *, seeded: bool = True) -> Iterator[None]:
    """Attach the replay command and the request as curl to any failure raised inside."""
    try:
        yield
    except BaseException as exc:
        test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
        if seeded:
            exc.add_note(
                f"reproduce: FUZZ_SEED={FUZZ_SEED} FUZZ_EXAMPLES={FUZZ_EXAMPLES} .venv/bin/python -m pytest '{test}'"
            )
        else:
            exc.add_note(f"reproduce: .venv/bin/python -m pytest '{test}'")
        exc.add_note(f"case: {describe(case, base_url)}")
        raise


def describe(case: Case[Any], base_url: str) -> str:
    """The generated inputs, as the test handed them to the client (before any client serialisation)."""
    path = case.operation.path.format(**(case.path_parameters or {})) if case.path_parameters else case.operation.path
    parts = [f"{case.method.upper()} {base_url}{path}"]
    if case.query:
        parts.append(f"query={case.query!r}")
    if not isinstance(case.body, NotSet):
        parts.append(f"body={case.body!r}"[:2000])
    return " ".join(parts)
