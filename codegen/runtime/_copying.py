"""`client.copy(...)` / `client.with_options(...)`: a client with other settings on the same pool.

openai-python's shape: any constructor option may be given; the rest is kept. The copy shares the
original's httpx client (its connection pool) unless `http_client=` is given, and never closes it.
A copy whose key, base URL or headers differ from what the pool was built with sends its headers on
each request (and absolute URLs for another base URL), so the pool's defaults never leak into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import InvalidArgumentError
from ._settings import (
    check_base_url,
    check_bool,
    check_default_query,
    check_max_retries,
    check_str_headers,
    check_timeout,
)
from ._spec_settings import ENVIRONMENTS
from ._types import NotGiven

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["copy_client"]

C = TypeVar("C", bound="BaseClient")

# What a copy takes over unchanged before the given options apply.
_STATE = (
    "_api_key",
    "_credentials",
    "base_url",
    "timeout",
    "max_retries",
    "retry_posts",
    "strict_response_validation",
    "_user_headers",
    "_default_query",
    "_headers",
    "_http",
    "_key_per_request",
    "_url_prefix",
)


def copy_client(client: C, where: str, options: dict[str, Any]) -> C:
    # A fresh object (not copy.copy): cached resources point at their own client.
    clone: C = object.__new__(type(client))
    for name in _STATE:
        setattr(clone, name, getattr(client, name))
    clone._owns_http_client = False
    _apply_simple(clone, where, options)
    pool_changed = _apply_connection(clone, client, where, options)
    if pool_changed or clone._headers != client._headers:
        clone._key_per_request = True  # our headers ride on each request, over the pool's defaults
    pool_base = str(clone._http.base_url).rstrip("/")
    clone._url_prefix = "" if clone.base_url == pool_base else clone.base_url
    return clone


def _apply_simple(clone: BaseClient, where: str, options: dict[str, Any]) -> None:
    if not isinstance(options["timeout"], NotGiven):
        clone.timeout = check_timeout(options["timeout"], "timeout", where)
    if not isinstance(options["max_retries"], NotGiven):
        clone.max_retries = check_max_retries(options["max_retries"], "max_retries", where)
    if not isinstance(options["retry_posts"], NotGiven):
        clone.retry_posts = check_bool(options["retry_posts"], "retry_posts", where)
    if not isinstance(options["strict_response_validation"], NotGiven):
        clone.strict_response_validation = check_bool(
            options["strict_response_validation"], "strict_response_validation", where
        )
    if options["default_query"] is not None:
        clone._default_query = {**clone._default_query, **check_default_query(options["default_query"], where)}


def _apply_connection(clone: BaseClient, client: BaseClient, where: str, options: dict[str, Any]) -> bool:
    """Key, base URL, headers and http_client; True when the copy gets its own pool."""
    api_key = options["api_key"]
    if api_key is not None:
        if not isinstance(api_key, str) or not api_key:
            raise InvalidArgumentError(f"api_key (from {where}) must be a non-empty str", argument="api_key")
        clone._api_key = api_key
    base_url, environment = options["base_url"], options["environment"]
    if base_url is not None and environment is not None:
        raise InvalidArgumentError("Pass either base_url= or environment=, not both.", argument="base_url")
    if base_url is not None:
        clone.base_url = check_base_url(base_url, "base_url", where)
    elif environment is not None:
        if environment not in ENVIRONMENTS:
            raise InvalidArgumentError(
                f"Unknown environment {environment!r}; expected one of {sorted(ENVIRONMENTS)}.", argument="environment"
            )
        clone.base_url = ENVIRONMENTS[environment]
    if options["default_headers"] is not None:
        clone._user_headers = {
            **clone._user_headers,
            **check_str_headers(options["default_headers"], "default_headers", where),
        }
    clone._headers = clone._all_headers()
    http_client = options["http_client"]
    if http_client is None:
        return False
    wanted = httpx.AsyncClient if isinstance(client._http, httpx.AsyncClient) else httpx.Client
    if not isinstance(http_client, wanted):
        raise InvalidArgumentError(
            f"http_client (from {where}) must be an {wanted.__module__}.{wanted.__name__}", argument="http_client"
        )
    clone._http = http_client
    clone._adopt_users_client(http_client)
    return True
