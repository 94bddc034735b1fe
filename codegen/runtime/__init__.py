"""Python client for the Final POS API, generated from its OpenAPI description by finalpos-client's pipeline.

    from finalpos import FinalPOS
    client = FinalPOS()  # FINALPOS_API_KEY
    customer = client.customers.create(email="ann@example.com", first_name="Ann", last_name="Lee")

`import finalpos` loads the clients and the small runtime only: resources, models and asyncio load on
first use (see `_client.py`).
"""

from ._client import AsyncFinalPOS, FinalPOS
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    FinalPOSError,
    InternalServerError,
    InvalidArgumentError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import AsyncPager, Page, SyncPager
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven
from ._unions import UnknownVariant
from ._version import __api_version__, __spec_sha256__, __version__

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFinalPOS",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "FinalPOS",
    "FinalPOSError",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingAPIKeyError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncPager",
    "UnknownVariant",
    "UnprocessableEntityError",
    "__api_version__",
    "__spec_sha256__",
    "__version__",
)
