"""The errors `finalpos.FinalPOS` raises: nothing else escapes a call.

    FinalPOSError                      bad client configuration (e.g. no API key)
    ├── ClientClosedError              a call on a closed client (nothing was sent)
    ├── InvalidArgumentError           a call's arguments cannot make a request (raised before sending;
    │                                  also a TypeError and a ValueError)
    └── APIError                       a call failed
        ├── APIConnectionError         no response: DNS, refused, reset, protocol error
        │   └── APITimeoutError        no response in time
        ├── APIStatusError             a non-2xx response (status_code, response, body, error,
        │                              request_id, message)
        │   ├── BadRequestError            400
        │   ├── AuthenticationError        401
        │   ├── PermissionDeniedError      403
        │   ├── NotFoundError              404
        │   ├── ConflictError              409
        │   ├── UnprocessableEntityError   422
        │   ├── RateLimitError             429
        │   └── InternalServerError        5xx
        └── APIResponseValidationError a 2xx whose body is not JSON or does not fit the model

Neither messages nor `body` contain the API key: `make_status_error` scrubs it even when a server
echoes it. A closed client raises `FinalPOSError` itself (`ClientClosedError`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._spec_settings import ERROR_MODEL, REQUEST_ID_HEADER

if TYPE_CHECKING:
    from ._spec_settings import ErrorModel

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "FinalPOSError",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "make_status_error",
    "scrub",
]

MAX_MESSAGE_BODY = 500


class FinalPOSError(Exception):
    """Base of every error this package raises on purpose."""


class ClientClosedError(FinalPOSError):
    """A call on a client after `close()` (or after its `with` block): nothing was sent."""


class InvalidArgumentError(FinalPOSError, TypeError, ValueError):
    """The arguments of a call cannot make a valid request; nothing was sent.

    Also a `TypeError` and a `ValueError`, so code written against plain Python errors still catches it.
    `argument` names the offending argument (e.g. `notes[0]`), or is None when the whole request failed.
    """

    argument: str | None

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


class MissingAPIKeyError(FinalPOSError):
    """The client was built without an API key (allowed for the spec's public operations) and this
    operation needs one; nothing was sent."""


class APIError(FinalPOSError):
    """A call failed. `request` is what was sent; `body` the decoded response body, if any."""

    message: str
    request: httpx.Request
    body: object | None

    def __init__(self, message: str, request: httpx.Request, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


def _where(request: httpx.Request) -> str:
    """The host (and port) a request went to: never its path or query, which may hold a key."""
    url = request.url
    return f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")


class APIConnectionError(APIError):
    """No response arrived (connection refused or reset, DNS failure, broken HTTP)."""

    def __init__(self, request: httpx.Request, message: str | None = None) -> None:
        super().__init__(message or f"Connection error: no response from {_where(request)}.", request)


class APITimeoutError(APIConnectionError):
    """No response within the timeout (connect, read, write or pool)."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, f"Request timed out: no response from {_where(request)} in time.")


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self._error: Any = _NOT_PARSED

    @property
    def request_id(self) -> str | None:
        """The response's request-id header (`x-request-id`): quote it when you report a problem."""
        request_id: str | None = self.response.headers.get(REQUEST_ID_HEADER)
        return request_id

    @property
    def error(self) -> ErrorModel | None:
        """`body` parsed as the error model the API documents (`ErrorResponse`), leniently: None when
        the body is not a JSON object; a field that does not fit reads UNSET (see `.unparsed`)."""
        if self._error is _NOT_PARSED:
            self._error = _parse_error(self.body)
        parsed: ErrorModel | None = self._error
        return parsed


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or route)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (retried by default)."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried by default, honouring Retry-After)."""


class InternalServerError(APIStatusError):
    """5xx: the server failed (retried by default)."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body is not JSON or does not fit the documented model."""

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


_NOT_PARSED = object()


def _parse_error(body: object | None) -> Any:
    if ERROR_MODEL is None or not isinstance(body, dict):
        return None
    import importlib

    from ._lenient import parsing_mode

    module, name = ERROR_MODEL
    model = getattr(importlib.import_module(f"{__package__}.models.{module}"), name)
    with parsing_mode(False):  # an error body is never worth a second error
        return model.from_dict(body)


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _decode_body(response: httpx.Response) -> object | None:
    if not response.content:
        return None
    try:
        body: object = response.json()
    except ValueError:  # not JSON (or not UTF-8): keep the text
        return response.text
    return body


def _vendor_message(body: object | None) -> str:
    """The API's `message` field (a string, or a list of validation messages), else the raw body."""
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, list):
            return "; ".join(str(item) for item in message)
        if message is not None:
            return str(message)
    if body is None:
        return ""
    return body if isinstance(body, str) else repr(body)


def scrub(value: Any, secret: str) -> Any:
    """`value` (decoded JSON) with `secret` replaced by `***` in every string, keys included."""
    if isinstance(value, str):
        return value.replace(secret, "***")
    if isinstance(value, dict):
        return {scrub(k, secret): scrub(v, secret) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(item, secret) for item in value]
    return value


def make_status_error(
    response: httpx.Response, *, secret: str | None = None, secrets: tuple[str, ...] = ()
) -> APIStatusError:
    """The one status -> error class switch. `secret` (the API key) and `secrets` (other credentials)
    are scrubbed from the message and body."""
    body = _decode_body(response)
    hidden = [s for s in (secret, *secrets) if s]
    for value in hidden:
        body = scrub(body, value)
    detail = _vendor_message(body)[:MAX_MESSAGE_BODY]
    for value in hidden:
        detail = detail.replace(value, "***")
    message = f"Error code: {response.status_code}" + (f" - {detail}" if detail else "")
    status = response.status_code
    cls = _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(message, response=response, body=body)
