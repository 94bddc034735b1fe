"""Checks on client settings and per-call options, run before anything is sent.

A setting that cannot work (a base URL without a scheme, a negative timeout, `max_retries="3"`)
is refused where it is given (`FinalPOS(...)`, `with_options(...)`, a method's `timeout=`, or an
environment variable) with an `InvalidArgumentError` naming the setting and where it came from,
instead of surfacing on the first call as a bare connection or type error.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import httpx

from ._exceptions import InvalidArgumentError
from ._spec_settings import AUTH_KIND, AUTH_LOCATION, AUTH_NAME
from ._types import TimeoutTypes

__all__ = [
    "check_base_url",
    "check_bool",
    "check_default_query",
    "check_str_headers",
    "check_extra_body",
    "check_extra_headers",
    "check_extra_query",
    "check_max_retries",
    "check_timeout",
    "CREDENTIAL_HEADERS",
]

# Where the spec's security scheme puts the key: per-call extras may never set or replace it.
CREDENTIAL_HEADERS = frozenset(
    {"authorization"}
    if AUTH_KIND == "bearer"
    else {AUTH_NAME.lower()}
    if AUTH_KIND == "apiKey" and AUTH_LOCATION == "header"
    else ()
)
CREDENTIAL_QUERY = AUTH_NAME if AUTH_KIND == "apiKey" and AUTH_LOCATION == "query" else None


def _refuse(setting: str, source: str, problem: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"{setting} (from {source}) {problem}", argument=setting)


def check_base_url(url: str | httpx.URL, setting: str, source: str) -> str:
    """An absolute http(s) URL with a host; returned as str without a trailing slash."""
    if not isinstance(url, (str, httpx.URL)):
        raise _refuse(setting, source, f"must be a str or httpx.URL, not {type(url).__name__}")
    text = str(url).strip()
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise _refuse(setting, source, f"is not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise _refuse(setting, source, f"must be an absolute http(s) URL such as https://api.example.com, got {text!r}")
    return text.rstrip("/")


# Longer than any sane call; beyond ~1e9 the socket layer itself overflows (time_t).
MAX_TIMEOUT_SECONDS = 1_000_000.0


def _positive_seconds(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= MAX_TIMEOUT_SECONDS
    )


def check_timeout(value: object, setting: str, source: str) -> TimeoutTypes:
    """Positive finite seconds, an `httpx.Timeout` whose parts are each that or None, or None (no timeout)."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            seconds = getattr(value, part)
            if seconds is not None and not _positive_seconds(seconds):
                raise _refuse(
                    setting,
                    source,
                    f"has {part}={seconds!r}; each part must be seconds in (0, {MAX_TIMEOUT_SECONDS:.0f}]",
                )
        return value
    if not _positive_seconds(value):
        raise _refuse(
            setting,
            source,
            f"must be seconds in (0, {MAX_TIMEOUT_SECONDS:.0f}], an httpx.Timeout or None, got {value!r}",
        )
    return float(value)  # type: ignore[arg-type]  # _positive_seconds checked it is a number


def check_max_retries(value: object, setting: str, source: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _refuse(setting, source, f"must be an int >= 0, got {value!r}")
    return value


def check_bool(value: object, setting: str, source: str) -> bool:
    if not isinstance(value, bool):
        raise _refuse(setting, source, f"must be True or False, got {value!r}")
    return value


def check_str_headers(value: object, setting: str, source: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _refuse(setting, source, f"must be a mapping of header names to str values, not {type(value).__name__}")
    headers: dict[str, str] = {}
    for name, header_value in value.items():
        if not isinstance(name, str) or not isinstance(header_value, str):
            raise _refuse(
                setting, source, f"must map str to str; got {type(name).__name__}: {type(header_value).__name__}"
            )
        text = name + header_value
        if not name.strip() or not text.isascii() or any(ch in text for ch in "\r\n\0"):
            raise _refuse(setting, source, "has a header that cannot be sent (empty name, non-ASCII, CR, LF or NUL)")
        headers[name] = header_value
    return headers


def check_extra_headers(value: object) -> dict[str, str]:
    """Per-call headers, sent after the generated ones. They can never carry the API key."""
    headers = check_str_headers(value, "extra_headers", "argument")
    for name in headers:
        if name.lower() in CREDENTIAL_HEADERS:
            raise InvalidArgumentError(
                f"extra_headers may not set {name!r}: {name.lower()} carries the API key, which comes from "
                "the client (api_key= or FINALPOS_API_KEY)",
                argument="extra_headers",
            )
    return headers


def check_extra_query(value: object, setting: str = "extra_query") -> dict[str, Any]:
    """A per-call (or, as `default_query`, per-client) query mapping; it can never carry the key."""
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidArgumentError(f"{setting} must be a mapping with str keys", argument=setting)
    if CREDENTIAL_QUERY is not None and CREDENTIAL_QUERY in value:
        raise InvalidArgumentError(
            f"{setting} may not set {CREDENTIAL_QUERY!r}: the key comes from the client (api_key= or FINALPOS_API_KEY)",
            argument=setting,
        )
    return dict(value)


def check_default_query(value: object, source: str) -> dict[str, Any]:
    """`default_query=`: like `extra_query`, with its values checked now, not on the first call."""
    query = check_extra_query(value, "default_query")
    try:
        check_query_values(query)
    except InvalidArgumentError as exc:
        raise _refuse("default_query", source, str(exc)) from None
    return query


_QUERY_SCALARS = (str, int, float)  # bool is an int; None means "leave out" to httpx


def check_query_values(params: Mapping[str, Any]) -> None:
    """Query values httpx can send as they are meant: scalars or lists of scalars. httpx would send
    any other object as its `str()` (`<object object at 0x...>`), which is never what was meant."""
    for name, value in params.items():
        items = value if isinstance(value, (list, tuple)) else (value,)
        for item in items:
            if item is not None and not isinstance(item, _QUERY_SCALARS):
                raise InvalidArgumentError(
                    f"query parameter {name!r} cannot be sent: {type(item).__name__} is not a str, number or bool",
                    argument=name,
                )
            if isinstance(item, float) and not math.isfinite(item):
                raise InvalidArgumentError(f"query parameter {name!r} cannot be sent: {item!r}", argument=name)


def check_extra_body(value: object) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidArgumentError("extra_body must be a mapping with str keys", argument="extra_body")
    return dict(value)
