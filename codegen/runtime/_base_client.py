"""The request loop under `FinalPOS` / `AsyncFinalPOS`: auth, base URL, timeouts, retries, errors, logging.

One long-lived `httpx.Client` (or `AsyncClient`) per client; `copy(...)` (alias `with_options`)
returns a client with other settings that shares it; a call on a closed client is `ClientClosedError`.
A call is: send what the resource method built (`_wire.request_kwargs(...)`) -> retry on connection
errors, timeouts, 408/409/429/5xx (GET, PUT, DELETE; POST/PATCH only with `retry_posts=True`, since a
retried POST can create a duplicate) -> raise the typed error for a non-2xx -> parse a 2xx, turning any
parse failure into `APIResponseValidationError`. Parsing is lenient unless
`strict_response_validation=True` (see `_lenient.py`). Settings are checked where they are given
(`_settings.py`), and `asyncio` is imported only when the async client is first used, so
`import finalpos` stays cheap.
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from . import _copying
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUS_CODES,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    FinalPOSError,
    InvalidArgumentError,
    MissingAPIKeyError,
    make_status_error,
    scrub,
)
from ._lenient import _strict as _parsing_mode
from ._lenient import is_strict
from ._logs import logger
from ._raw_requests import AsyncRawRequests, SyncRawRequests
from ._response import RETURNING, APIResponse
from ._servers import server_url
from ._settings import (
    CREDENTIAL_HEADERS,
    check_base_url,
    check_bool,
    check_default_query,
    check_extra_body,
    check_extra_headers,
    check_extra_query,
    check_max_retries,
    check_query_values,
    check_str_headers,
    check_timeout,
)
from ._spec_settings import (
    AUTH_KIND,
    AUTH_LOCATION,
    AUTH_NAME,
    AUTH_SCHEME,
    DEFAULT_ENVIRONMENT,
    ENVIRONMENTS,
    PUBLIC_OPERATIONS,
    REQUEST_ID_HEADER,
    SECURITY_SCHEMES,
    Environment,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._version import __version__

__all__ = [
    "AsyncAPIClient",
    "SyncAPIClient",
    "contentless_list_parser",
    "contentless_parser",
    "json_list_parser",
    "json_parser",
    "model_list_parser",
    "model_parser",
    "parse_retry_after",
    "retry_delay",
]

T = TypeVar("T")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Auth comes from the spec (_spec_settings.py, written by regen): its header is a secret too.
SECRET_HEADERS = frozenset(
    {"x-api-key", "authorization", AUTH_NAME.lower()}
    | {name.lower() for kind, where, name in SECURITY_SCHEMES.values() if where == "header"}
)
# An operation's own security: alternatives (first one the client has credentials for), each the schemes
# sent together. `True` = the default key, `False` = `security: []`.
Security = bool | tuple[tuple[str, ...], ...]


def scheme_env_var(scheme: str) -> str:
    """`FINALPOS_<SCHEME>`: a credential for one of the spec's other schemes (else the API key is sent)."""
    return "FINALPOS_" + "".join(c if c.isalnum() else "_" for c in scheme).upper()


# Indirections so tests can observe waits without sleeping (patch these, not `time.sleep`).
_sleep: Callable[[float], None] = time.sleep
_async_sleep: Callable[[float], Awaitable[Any]] | None = None  # None: asyncio.sleep, imported on first use
_random: Callable[[], float] = random.random


def _asyncio() -> Any:
    """asyncio, imported on first async use (it costs ~30% of `import finalpos` otherwise)."""
    import asyncio

    return asyncio


# --- small pure pieces (tested one by one) -----------------------------------------------------


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in SECRET_HEADERS else v) for k, v in headers.items()}


def parse_retry_after(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asks us to wait: `retry-after-ms`, `retry-after` seconds, or an HTTP date."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.timestamp() - now()


def retry_delay(retries_taken: int, retry_after: float | None) -> float:
    """Honour a sane Retry-After (0 < s <= MAX_RETRY_AFTER); else capped exponential backoff with jitter.

    Backoff for retry n (0-based): INITIAL_RETRY_DELAY * 2**n, capped at MAX_RETRY_DELAY, times a
    jitter factor in (0.75, 1.0], so concurrent clients do not retry in lockstep.
    """
    if retry_after is not None and 0 < retry_after <= MAX_RETRY_AFTER:
        return retry_after
    base = min(INITIAL_RETRY_DELAY * (2.0**retries_taken), MAX_RETRY_DELAY)
    return base * (1.0 - 0.25 * _random())


def attempt_deadline(timeout: TimeoutTypes) -> float | None:
    """Seconds one attempt may take in all. httpx's timeouts bound each connect/read/write, so a
    server trickling a byte just inside the read timeout would hold a call forever without this."""
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        return max(parts) if parts else None
    return float(timeout)


def _attempt_timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the attempt took longer than its timeout", request=request)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that raises a read timeout once the attempt's deadline has passed."""

    def __init__(self, inner: Any, deadline: float, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise _attempt_timed_out(self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


def should_retry_status(response: httpx.Response) -> bool:
    explicit = response.headers.get("x-should-retry")
    if explicit == "true":
        return True
    if explicit == "false":
        return False
    status = response.status_code
    return status in RETRYABLE_STATUS_CODES or status >= 500


# --- parsers the generated resources use ---------------------------------------------------------


def json_parser(response: httpx.Response) -> Any:
    """Any JSON (None for an empty body): for operations the spec documents without a schema."""
    if not response.content:
        return None
    return response.json()


def model_parser(from_dict: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    def parse(response: httpx.Response) -> T:
        data = response.json()
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        return from_dict(data)

    return parse


def model_list_parser(from_dict: Callable[[Any], T]) -> Callable[[httpx.Response], list[T]]:
    def parse(response: httpx.Response) -> list[T]:
        data = response.json()
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array, got {type(data).__name__}")
        # from_dict itself rejects a non-object item (dict() of a str/number fails); no per-item check.
        return [from_dict(item) for item in data]

    return parse


def json_list_parser(response: httpx.Response) -> list[Any]:
    """A JSON array of anything (arrays of scalars, untyped items); an empty body does not fit."""
    data = response.json()
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return data


def _undocumented_body(response: httpx.Response, data: Any, expected: str) -> Any:
    """A body where the spec documents none (or not this shape): refused under strict validation, else
    returned as received and noted once per operation in the `finalpos` log (never the body itself)."""
    if is_strict():
        raise TypeError(f"the spec documents no content here, got a JSON {type(data).__name__} ({expected})")
    where = (response.request.method, response.request.url.path)
    if where not in _undocumented_warned:
        _undocumented_warned.add(where)
        logger.warning(
            "%s %s: the spec documents no content, the server sent a JSON %s; returned as received"
            " (strict_response_validation=True refuses it; logged once per operation)",
            *where,
            type(data).__name__,
        )
    return data


_undocumented_warned: set[tuple[str, str]] = set()


def contentless_parser(response: httpx.Response) -> Any:
    """An operation the spec documents with no content: None for an empty body; a JSON body (Steady, say,
    sends `{}`) is returned as received, or refused under strict validation."""
    if not response.content:
        return None
    return _undocumented_body(response, response.json(), "expected no body")


def contentless_list_parser(response: httpx.Response) -> list[Any]:
    """A list the vendor documents with no content (`x-finalpos-documented-without-content`).

    The real API sends a JSON array; a mock built from the docs sends an empty body, read as an empty
    page. Only these operations get that leniency: elsewhere an empty body is a validation error. Any
    other JSON (`{}` from a mock) is returned as received, or refused under strict validation.
    """
    if not response.content:
        return []
    data = response.json()
    if isinstance(data, list):
        return data
    returned: list[Any] = _undocumented_body(response, data, "expected a JSON array or no body")
    return returned


# --- configuration ---------------------------------------------------------------------------------


def _resolve_api_key(api_key: str | None) -> str:
    if api_key is not None and not isinstance(api_key, str):
        raise InvalidArgumentError(f"api_key must be a str, not {type(api_key).__name__}", argument="api_key")
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    # A spec with public (`security: []`) operations allows a client without a key for those.
    if not key and AUTH_KIND != "none" and not PUBLIC_OPERATIONS:
        raise FinalPOSError(f"No API key: pass FinalPOS(api_key=...) or set the {API_KEY_ENV} environment variable.")
    return key or ""


def _resolve_base_url(
    base_url: str | httpx.URL | None, environment: str | None, server_variables: Mapping[str, str] | None = None
) -> str:
    if base_url is not None:
        if environment is not None:
            raise InvalidArgumentError("Pass either base_url= or environment=, not both.", argument="base_url")
        if server_variables:
            raise InvalidArgumentError(
                "server_variables= fills an environment's server URL; with base_url= there is none to fill.",
                argument="server_variables",
            )
        return str(base_url)
    from_env = os.environ.get(BASE_URL_ENV)
    if from_env:
        if environment is not None:
            raise InvalidArgumentError(
                f"Both {BASE_URL_ENV} and environment= are set; unset one.", argument="environment"
            )
        return from_env
    if not ENVIRONMENTS:
        raise InvalidArgumentError(
            f"The API description lists no server: pass base_url= or set {BASE_URL_ENV}.", argument="base_url"
        )
    name = environment or DEFAULT_ENVIRONMENT
    if name not in ENVIRONMENTS:
        raise InvalidArgumentError(
            f"Unknown environment {name!r}; expected one of {sorted(ENVIRONMENTS)}.", argument="environment"
        )
    return server_url(name, server_variables)


class _KeyScrubber(logging.Filter):
    """Hides the key in httpx's request lines: with a query-parameter key (from the spec) the URL holds it."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.key in message:
            record.msg, record.args = message.replace(self.key, "***"), ()
        return True


def _scrub_httpx_logs(key: str) -> None:
    httpx_logger = logging.getLogger("httpx")
    if key and not any(isinstance(f, _KeyScrubber) and f.key == key for f in httpx_logger.filters):
        httpx_logger.addFilter(_KeyScrubber(key))


def _auth_headers(key: str) -> dict[str, str]:
    """The credential headers the spec's security scheme asks for (none for a query key)."""
    if AUTH_KIND == "bearer":
        return {"Authorization": f"Bearer {key}"}
    if AUTH_KIND == "apiKey" and AUTH_LOCATION == "header":
        return {AUTH_NAME: key}
    return {}


def _base_url_source(base_url: object, environment: object) -> tuple[str, str]:
    """(setting, where it came from) for the resolved base URL, for configuration errors."""
    if base_url is not None:
        return "base_url", "argument"
    if os.environ.get(BASE_URL_ENV):
        return BASE_URL_ENV, "environment variable"
    return "base_url", f"environment={environment or DEFAULT_ENVIRONMENT!r}"


class BaseClient:
    """Settings shared by the sync and async clients. The key is kept out of `repr()` and messages."""

    _api_key: str
    _credentials: dict[str, str]  # FINALPOS_<SCHEME> credentials for the spec's other schemes
    base_url: str
    timeout: TimeoutTypes
    max_retries: int
    retry_posts: bool
    strict_response_validation: bool
    _headers: dict[str, str]
    _user_headers: dict[str, str]
    _default_query: dict[str, Any]
    _url_prefix: str
    """"" when requests go to the pool's base URL, else this client's (a copy with another base_url)."""
    _owns_http_client: bool
    _http: httpx.Client | httpx.AsyncClient

    def _configure(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        environment: Environment | None,
        timeout: TimeoutTypes,
        max_retries: int,
        retry_posts: bool,
        strict_response_validation: bool,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        # Every setting is checked here, so a bad one fails now, naming itself, not on the first call.
        self.timeout = check_timeout(timeout, "timeout", "argument")
        self.max_retries = check_max_retries(max_retries, "max_retries", "argument")
        self.retry_posts = check_bool(retry_posts, "retry_posts", "argument")
        self.strict_response_validation = check_bool(
            strict_response_validation, "strict_response_validation", "argument"
        )
        self._user_headers = check_str_headers(default_headers, "default_headers", "argument")
        self._default_query = check_default_query(default_query, "argument")
        self._api_key = _resolve_api_key(api_key)
        # Per-scheme credentials from FINALPOS_<SCHEME>; a scheme without one is sent the API key.
        self._credentials = {
            name: os.environ[scheme_env_var(name)] for name in SECURITY_SCHEMES if os.environ.get(scheme_env_var(name))
        }
        if AUTH_LOCATION == "query" or any(where == "query" for _k, where, _n in SECURITY_SCHEMES.values()):
            for secret in (self._api_key, *self._credentials.values()):
                _scrub_httpx_logs(secret)
        self.base_url = check_base_url(
            _resolve_base_url(base_url, environment, server_variables), *_base_url_source(base_url, environment)
        )
        self._key_per_request = False
        self._url_prefix = ""
        self._headers = self._all_headers()

    def _all_headers(self) -> dict[str, str]:
        return {
            "Accept": "application/json",
            "User-Agent": f"finalpos-python/{__version__}",
            **{k: v for k, v in self._user_headers.items() if k.lower() not in CREDENTIAL_HEADERS},
            **_auth_headers(self._api_key),
        }

    @property
    def api_key(self) -> str:
        return self._api_key

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, retry_posts={self.retry_posts!r}, "
            f"strict_response_validation={self.strict_response_validation!r})"
        )

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        environment: Environment | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_posts: bool | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> Self:
        """A client with other settings (any constructor option), sharing this one's connection pool
        unless `http_client=` is given. Unnamed settings are kept; `default_headers` and `default_query`
        are added to this client's. Closing the copy leaves the pool open; closing this client closes it."""
        return _copying.copy_client(self, "copy()", locals())

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        environment: Environment | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_posts: bool | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> Self:
        """`copy(...)` under openai-python's other name."""
        return _copying.copy_client(self, "with_options()", locals())

    def _adopt_users_client(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Use the caller's own httpx client. The key goes on each of our requests, never into that
        client's headers: it would ride along on every other request they send with it."""
        http_client.base_url = httpx.URL(self.base_url)
        self._key_per_request = True
        self._owns_http_client = False

    def _with_key(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if self._url_prefix:  # a copy with another base_url, on the shared pool: absolute URLs
            kwargs = {**kwargs, "url": self._url_prefix + str(kwargs["url"])}
        if AUTH_KIND == "apiKey" and AUTH_LOCATION == "query":
            kwargs = {**kwargs, "params": {**(kwargs.get("params") or {}), AUTH_NAME: self._api_key}}
        if not self._key_per_request:
            return kwargs  # the key is among our own httpx client's default headers
        return {**kwargs, "headers": {**self._headers, **kwargs.get("headers", {})}}

    def _without_key(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """A public operation's kwargs: the client's headers (on a user's httpx client) but no key."""
        if not self._key_per_request:
            return kwargs
        secret = {name.lower() for name in _auth_headers("-")}
        public = {k: v for k, v in self._headers.items() if k.lower() not in secret}
        return {**kwargs, "headers": {**public, **kwargs.get("headers", {})}}

    def _prepare(
        self,
        kwargs: dict[str, Any],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
    ) -> tuple[dict[str, Any], TimeoutTypes]:
        """The call's timeout, and its kwargs with the extras merged after the generated values."""
        effective = self.timeout if isinstance(timeout, NotGiven) else check_timeout(timeout, "timeout", "argument")
        if self._default_query:  # checked at construction; the operation's own values win
            kwargs = {**kwargs, "params": {**self._default_query, **(kwargs.get("params") or {})}}
        if extra_headers is None and extra_query is None and extra_body is None:
            check_query_values(kwargs.get("params") or {})
            return kwargs, effective
        merged = dict(kwargs)
        headers = check_extra_headers(extra_headers)
        if headers:
            merged["headers"] = {**kwargs.get("headers", {}), **headers}
        query = check_extra_query(extra_query)
        if query:
            merged["params"] = {**kwargs.get("params", {}), **query}
        body = check_extra_body(extra_body)
        if body:
            merged.update(_merge_body(kwargs, body))
        check_query_values(merged.get("params") or {})
        return merged, effective

    def _max_retries_for(self, method: str) -> int:
        return self.max_retries if (self.retry_posts or method.upper() in IDEMPOTENT_METHODS) else 0

    def _log_request(self, kwargs: Mapping[str, Any], attempt: int) -> None:
        headers = {**self._headers, **kwargs.get("headers", {})}
        logger.debug(
            "Request: %s %s params=%s headers=%s attempt=%d",
            str(kwargs["method"]).upper(),
            kwargs["url"],
            kwargs.get("params"),
            redact_headers(headers),
            attempt,
        )

    def _retry_log(self, method: str, url: str, reason: str, delay: float, retries_taken: int, limit: int) -> None:
        logger.info(
            "Retrying %s %s in %.3f s (retry %d of %d) after %s",
            method.upper(),
            url,
            delay,
            retries_taken + 1,
            limit,
            reason,
        )

    # What one attempt's outcome means, for the sync and async loops alike (they differ only in how they
    # send and sleep): a result, the wait before the next attempt, or the error to raise.

    def _delay_after_error(
        self, exc: httpx.HTTPError, kwargs: Mapping[str, Any], retries_taken: int, limit: int
    ) -> float:
        """A send that failed (timeout, connection): the wait before retrying, or the error when none are left."""
        timed_out = isinstance(exc, httpx.TimeoutException)
        if retries_taken >= limit:
            request = self._request_of(exc, kwargs)
            raise (APITimeoutError(request) if timed_out else APIConnectionError(request)) from exc
        delay = retry_delay(retries_taken, None)
        reason = "a timeout" if timed_out else type(exc).__name__
        self._retry_log(kwargs["method"], kwargs["url"], reason, delay, retries_taken, limit)
        return delay

    def _outcome(
        self,
        response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        kwargs: Mapping[str, Any],
        retries_taken: int,
        limit: int,
    ) -> APIResponse[T] | float:
        """A response: the parsed 2xx, the wait before retrying a retryable status, or its status error."""
        status = response.status_code
        request_id: str | None = response.headers.get(REQUEST_ID_HEADER)
        if logger.isEnabledFor(logging.INFO):
            method, url = str(kwargs["method"]).upper(), kwargs["url"]
            logger.info("HTTP Request: %s %s -> %d (request id %s)", method, url, status, request_id)
        if 200 <= status < 300:
            parsed = self._parse(response, parse)
            if request_id is not None:
                _tag_request_id(parsed, request_id)
            return APIResponse(response, parsed, retries_taken)
        if retries_taken < limit and should_retry_status(response):
            delay = retry_delay(retries_taken, parse_retry_after(response.headers))
            self._retry_log(kwargs["method"], kwargs["url"], f"status {status}", delay, retries_taken, limit)
            return delay
        raise make_status_error(response, secret=self._api_key, secrets=tuple(self._credentials.values()))

    def _scrub(self, text: str) -> str:
        for secret in (self._api_key, *self._credentials.values()):
            text = text.replace(secret, "***") if secret else text
        return text

    def _credential(self, scheme: str) -> str:
        return self._api_key if scheme == AUTH_SCHEME else self._credentials.get(scheme, self._api_key)

    def _with_schemes(
        self, kwargs: dict[str, Any], security: tuple[tuple[str, ...], ...]
    ) -> tuple[dict[str, Any], bool]:
        """kwargs carrying the credentials of the first requirement the client can meet (all its schemes),
        and whether that requirement includes the default key."""
        requirement = next((req for req in security if all(self._credential(s) for s in req)), None)
        if requirement is None:
            wanted = " or ".join(" and ".join(req) for req in security)
            raise MissingAPIKeyError(
                f"This operation needs credentials for {wanted}: pass FinalPOS(api_key=...) or set {API_KEY_ENV}."
            )
        kwargs = self._with_key(kwargs) if AUTH_SCHEME in requirement else self._without_key(kwargs)
        headers, params = dict(kwargs.get("headers") or {}), dict(kwargs.get("params") or {})
        for scheme in requirement:
            if scheme == AUTH_SCHEME:
                continue
            kind, where, name = SECURITY_SCHEMES[scheme]
            value = self._credential(scheme)
            if kind == "bearer":
                headers["Authorization"] = f"Bearer {value}"
            elif where == "query":
                params[name] = value
            else:
                headers[name] = value
        return {**kwargs, "headers": headers, "params": params}, AUTH_SCHEME in requirement

    def _parse(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        mode = _parsing_mode.set(self.strict_response_validation)  # a plain token, not a context manager: hot path
        try:
            return parse(response)
        except APIError:
            raise
        except Exception as exc:  # any parse failure (bad JSON, wrong shape) is one documented error
            try:
                body: object | None = response.json()
                for secret in (self._api_key, *self._credentials.values()):
                    body = scrub(body, secret) if secret else body
            except ValueError:
                body = None
            detail = self._scrub(f"{type(exc).__name__}: {exc}")[:300]
            raise APIResponseValidationError(
                response, body, message=f"Data returned by API invalid for expected schema ({detail})"
            ) from exc
        finally:
            _parsing_mode.reset(mode)

    def _build_request(
        self, kwargs: dict[str, Any], timeout: TimeoutTypes, authenticated: Security = True
    ) -> httpx.Request:
        """The httpx request, or `InvalidArgumentError` when a value cannot be encoded (nothing sent).

        A keyed operation on a client built without a key (allowed only when the spec has public
        operations) raises `MissingAPIKeyError` here, before anything is sent.
        """
        if authenticated is True and not self._api_key and AUTH_KIND != "none":
            raise MissingAPIKeyError(
                f"This operation needs an API key: pass FinalPOS(api_key=...) or set {API_KEY_ENV}."
            )
        if self._http.is_closed:
            raise self._closed()
        try:
            if isinstance(authenticated, tuple):
                prepared, keyed = self._with_schemes(kwargs, authenticated)
            else:
                prepared = self._with_key(kwargs) if authenticated else self._without_key(kwargs)
                keyed = authenticated
            sent_headers = {name.lower() for name in prepared.get("headers") or {}}
            request: httpx.Request = self._http.build_request(**prepared, timeout=timeout)
            if not keyed:
                for name in _auth_headers("-"):
                    if name.lower() not in sent_headers:  # our own httpx client carries it by default
                        request.headers.pop(name, None)
            return request
        except (TypeError, ValueError, httpx.InvalidURL, httpx.LocalProtocolError) as exc:
            detail = self._scrub(f"{type(exc).__name__}: {exc}")[:300]
            raise InvalidArgumentError(f"the arguments cannot be encoded into a request ({detail})") from exc

    def _closed(self) -> ClientClosedError:
        return ClientClosedError(
            f"{type(self).__name__} is closed (by close() or the end of its `with` block), or its http_client "
            "is: nothing was sent; create a new client"
        )

    def _request_of(self, exc: httpx.HTTPError, kwargs: Mapping[str, Any]) -> httpx.Request:
        try:
            return exc.request
        except RuntimeError:  # httpx raises this when the request was never attached
            return httpx.Request(str(kwargs["method"]).upper(), self.base_url + str(kwargs["url"]))


def _tag_request_id(parsed: object, request_id: str) -> None:
    """Set `_request_id` on a returned model, or on each model of a returned list."""
    for model in parsed if isinstance(parsed, list) else (parsed,):
        if hasattr(model, "_request_id"):
            model._request_id = request_id


def _never_parsed(response: httpx.Response) -> None:
    """The parser `open_stream` hands `_outcome`: only non-2xx responses reach it, which are never parsed."""
    raise AssertionError(f"a streamed {response.status_code} was parsed")


def _merge_body(kwargs: Mapping[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`extra_body` merged into the operation's JSON object body (or as the body of a body-less write)."""
    body = kwargs.get("json")
    if isinstance(body, dict):
        return {"json": {**body, **extra}}
    has_other_body = any(kwargs.get(k) is not None for k in ("json", "content", "data", "files"))
    if not has_other_body and str(kwargs["method"]).upper() in ("POST", "PUT", "PATCH"):
        return {"json": extra}
    raise InvalidArgumentError(
        "extra_body needs an operation with a JSON object body (or a POST/PUT/PATCH without one)",
        argument="extra_body",
    )


class SyncAPIClient(SyncRawRequests, BaseClient):
    """Base of `FinalPOS`: owns one `httpx.Client` (keep one client per process; it pools connections)."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        environment: Environment | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_posts: bool = False,
        strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        """Create a client.

        api_key: else FINALPOS_API_KEY (required). base_url: else FINALPOS_BASE_URL, else
        `environment` ("production", the default, or "mock"). timeout: seconds or `httpx.Timeout`
        (default 60 s, 5 s to connect). max_retries: default 2. retry_posts: also retry POST/PATCH
        (off by default: a retried create can make a duplicate). strict_response_validation: raise
        `APIResponseValidationError` on any response value that does not fit the spec (default: keep
        it verbatim in the model's `.unparsed` and log a warning). http_client: your own
        `httpx.Client` (transport, proxies, limits); its base URL is set here, and the key is
        sent on each of our requests, never added to its headers. default_headers / default_query:
        sent with every request (a credential header or query key there is ignored / refused).
        server_variables: values for the variables of the environment's server URL
        (`{"tenant": "acme"}`), else FINALPOS_SERVER_<NAME>, else the spec's defaults.
        """
        self._configure(
            api_key=api_key,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            retry_posts=retry_posts,
            strict_response_validation=strict_response_validation,
            default_headers=default_headers,
            default_query=default_query,
            server_variables=server_variables,
        )
        if http_client is None:
            self._http = httpx.Client(base_url=self.base_url, headers=self._headers, timeout=self.timeout)
            self._owns_http_client = True
        else:
            self._adopt_users_client(http_client)
            self._http = http_client

    def call(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        authenticated: Security = True,
    ) -> T:
        """Send one operation as a resource method returns it: the parsed 2xx. Under the method's
        `with_raw_response` twin the whole `APIResponse`, under `with_streaming_response` the unread
        `httpx.Response` (`_twins.py` says which, and types each twin's result)."""
        options: dict[str, Any] = {
            "timeout": timeout,
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "extra_body": extra_body,
            "authenticated": authenticated,
        }
        returning = RETURNING.get()
        if returning == "stream":
            return cast(T, self.open_stream(kwargs, **options))
        response = self.request(kwargs, parse, **options)
        return cast(T, response) if returning == "raw" else response.parsed

    def request(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        authenticated: Security = True,
    ) -> APIResponse[T]:
        """Send one operation (`kwargs` from `_wire.request_kwargs`), with retries; parse the 2xx.

        `authenticated=False`: an operation the spec marks `security: []`, sent without the key.
        """
        kwargs, effective_timeout = self._prepare(kwargs, timeout, extra_headers, extra_query, extra_body)
        # Built once, before the first attempt: what cannot be encoded is refused with nothing sent.
        request = self._build_request(kwargs, effective_timeout, authenticated)
        limit = self._max_retries_for(kwargs["method"])
        debug = logger.isEnabledFor(logging.DEBUG)
        retries_taken = 0
        while True:
            if debug:
                self._log_request(kwargs, retries_taken + 1)
            try:
                response = self._send(request, effective_timeout)
            except httpx.HTTPError as exc:
                delay = self._delay_after_error(exc, kwargs, retries_taken, limit)
            else:
                outcome = self._outcome(response, parse, kwargs, retries_taken, limit)
                if isinstance(outcome, APIResponse):
                    return outcome
                delay = outcome
            _sleep(delay)
            retries_taken += 1

    def open_stream(
        self,
        kwargs: dict[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        authenticated: Security = True,
    ) -> httpx.Response:
        """Like `request`, but a 2xx comes back unread (its body streams; close it): large downloads.

        Retries and errors as for `request`; the attempt deadline covers the response headers only.
        """
        kwargs, effective_timeout = self._prepare(kwargs, timeout, extra_headers, extra_query, extra_body)
        request = self._build_request(kwargs, effective_timeout, authenticated)
        limit = self._max_retries_for(kwargs["method"])
        debug = logger.isEnabledFor(logging.DEBUG)
        retries_taken = 0
        while True:
            if debug:
                self._log_request(kwargs, retries_taken + 1)
            try:
                response = self._http.send(request, stream=True, follow_redirects=False)
            except RuntimeError:  # httpx's "client has been closed" (closed since the request was built)
                if self._http.is_closed:
                    raise self._closed() from None
                raise
            except httpx.HTTPError as exc:
                delay = self._delay_after_error(exc, kwargs, retries_taken, limit)
            else:
                if 200 <= response.status_code < 300:
                    return response
                try:
                    response.read()
                finally:
                    response.close()
                outcome = self._outcome(response, _never_parsed, kwargs, retries_taken, limit)
                assert not isinstance(outcome, APIResponse)  # a non-2xx outcome is a wait (or it raised)
                delay = outcome
            _sleep(delay)
            retries_taken += 1

    def _send(self, request: httpx.Request, timeout: TimeoutTypes) -> httpx.Response:
        """One attempt, ended by `attempt_deadline(timeout)` however slowly the body arrives."""
        # Never follow a 3xx, even on a user's http_client: httpx would forward x-api-key to that host.
        try:
            response = self._http.send(request, stream=True, follow_redirects=False)
        except RuntimeError:  # httpx's "client has been closed" (closed since the request was built)
            if self._http.is_closed:
                raise self._closed() from None
            raise
        limit = attempt_deadline(timeout)
        if limit is not None:
            response.stream = _DeadlineStream(response.stream, time.monotonic() + limit, request)
        try:
            response.read()
        finally:
            response.close()
        return response

    def close(self) -> None:
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(AsyncRawRequests, BaseClient):
    """Base of `AsyncFinalPOS`: owns one `httpx.AsyncClient`."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        environment: Environment | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_posts: bool = False,
        strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        """Create an async client; the same settings as `FinalPOS`."""
        self._configure(
            api_key=api_key,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            retry_posts=retry_posts,
            strict_response_validation=strict_response_validation,
            default_headers=default_headers,
            default_query=default_query,
            server_variables=server_variables,
        )
        if http_client is None:
            self._http = httpx.AsyncClient(base_url=self.base_url, headers=self._headers, timeout=self.timeout)
            self._owns_http_client = True
        else:
            self._adopt_users_client(http_client)
            self._http = http_client

    async def call(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        authenticated: Security = True,
    ) -> T:
        """Send one operation as a resource method returns it: the parsed 2xx. Under the method's
        `with_raw_response` twin the whole `APIResponse`, under `with_streaming_response` the unread
        `httpx.Response` (`_twins.py` says which, and types each twin's result)."""
        options: dict[str, Any] = {
            "timeout": timeout,
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "extra_body": extra_body,
            "authenticated": authenticated,
        }
        returning = RETURNING.get()
        if returning == "stream":
            return cast(T, await self.open_stream(kwargs, **options))
        response = await self.request(kwargs, parse, **options)
        return cast(T, response) if returning == "raw" else response.parsed

    async def request(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        authenticated: Security = True,
    ) -> APIResponse[T]:
        """Send one operation (`kwargs` from `_wire.request_kwargs`), with retries; parse the 2xx.

        `authenticated=False`: an operation the spec marks `security: []`, sent without the key.
        """
        kwargs, effective_timeout = self._prepare(kwargs, timeout, extra_headers, extra_query, extra_body)
        # Built once, before the first attempt: what cannot be encoded is refused with nothing sent.
        request = self._build_request(kwargs, effective_timeout, authenticated)
        limit = self._max_retries_for(kwargs["method"])
        debug = logger.isEnabledFor(logging.DEBUG)
        retries_taken = 0
        while True:
            if debug:
                self._log_request(kwargs, retries_taken + 1)
            try:
                response = await self._send(request, effective_timeout)
            except httpx.HTTPError as exc:
                delay = self._delay_after_error(exc, kwargs, retries_taken, limit)
            else:
                outcome = self._outcome(response, parse, kwargs, retries_taken, limit)
                if isinstance(outcome, APIResponse):
                    return outcome
                delay = outcome
            await (_async_sleep or _asyncio().sleep)(delay)
            retries_taken += 1

    async def open_stream(
        self,
        kwargs: dict[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        authenticated: Security = True,
    ) -> httpx.Response:
        """Like `request`, but a 2xx comes back unread (its body streams; close it): large downloads."""
        kwargs, effective_timeout = self._prepare(kwargs, timeout, extra_headers, extra_query, extra_body)
        request = self._build_request(kwargs, effective_timeout, authenticated)
        limit = self._max_retries_for(kwargs["method"])
        debug = logger.isEnabledFor(logging.DEBUG)
        retries_taken = 0
        while True:
            if debug:
                self._log_request(kwargs, retries_taken + 1)
            try:
                async with _asyncio().timeout(attempt_deadline(effective_timeout)):
                    response = await self._http.send(request, stream=True, follow_redirects=False)
            except RuntimeError:  # httpx's "client has been closed" (closed since the request was built)
                if self._http.is_closed:
                    raise self._closed() from None
                raise
            except TimeoutError:
                delay = self._delay_after_error(_attempt_timed_out(request), kwargs, retries_taken, limit)
            except httpx.HTTPError as exc:
                delay = self._delay_after_error(exc, kwargs, retries_taken, limit)
            else:
                if 200 <= response.status_code < 300:
                    return response
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                outcome = self._outcome(response, _never_parsed, kwargs, retries_taken, limit)
                assert not isinstance(outcome, APIResponse)  # a non-2xx outcome is a wait (or it raised)
                delay = outcome
            await (_async_sleep or _asyncio().sleep)(delay)
            retries_taken += 1

    async def _send(self, request: httpx.Request, timeout: TimeoutTypes) -> httpx.Response:
        """One attempt, ended by `attempt_deadline(timeout)` however slowly the body arrives."""
        limit = attempt_deadline(timeout)
        try:
            async with _asyncio().timeout(limit):
                # Never follow a 3xx, even on a user's http_client: httpx would forward x-api-key to that host.
                return await self._http.send(request, follow_redirects=False)
        except TimeoutError:
            raise _attempt_timed_out(request) from None
        except RuntimeError:  # httpx's "client has been closed" (closed since the request was built)
            if self._http.is_closed:
                raise self._closed() from None
            raise

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
