"""Shared types of the runtime core."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypeAlias, TypedDict

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "TimeoutTypes", "request_options"]

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


class RequestOptions(TypedDict):
    """A call's own options, as every resource method takes them and passes them on to the client's
    `call`/`request` (`**options`): sent beside the operation's headers, query and JSON body, and the
    call's timeout (`NOT_GIVEN`: the client's)."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    timeout: TimeoutTypes | NotGiven


def request_options(
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    timeout: TimeoutTypes | NotGiven,
) -> RequestOptions:
    """A method's call options, in the order every resource method declares them (so the call fits a line)."""
    return {"extra_headers": extra_headers, "extra_query": extra_query, "extra_body": extra_body, "timeout": timeout}
