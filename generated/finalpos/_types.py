"""Shared types of the runtime core."""

from __future__ import annotations

from typing import Literal, TypeAlias

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "TimeoutTypes"]

TimeoutTypes: TypeAlias = float | httpx.Timeout | None


class NotGiven:
    """The type of `NOT_GIVEN`: "argument omitted, use the client's setting".

    Needed because `None` is a meaningful value (`timeout=None` means "no timeout"), the same reason
    httpx has `USE_CLIENT_DEFAULT`.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
