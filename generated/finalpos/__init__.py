"""Python client for the Final POS API, generated from its OpenAPI description by finalpos-client's pipeline.

    from finalpos import FinalPOS
    client = FinalPOS()  # FINALPOS_API_KEY
    customer = client.customers.create(email="ann@example.com", first_name="Ann", last_name="Lee")

`import finalpos` loads the clients and the small runtime only: resources, models and asyncio load on
first use (see `_client.py`), and the names in `_LAZY` below on first access.
"""

import typing as _typing

from ._client import AsyncFinalPOS, FinalPOS
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FinalPOSError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import AsyncPager, Page, SyncPager
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven
from ._version import __api_version__, __spec_sha256__, __version__

if _typing.TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

# name -> submodule: imported on first `finalpos.<name>` (module __getattr__, PEP 562).
_LAZY = {"AuthenticatedClient": ".client", "Client": ".client"}


def __getattr__(name: str) -> _typing.Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFinalPOS",
    "AsyncPager",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "FinalPOS",
    "FinalPOSError",
    "InternalServerError",
    "InvalidArgumentError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncPager",
    "UnprocessableEntityError",
    "__api_version__",
    "__spec_sha256__",
    "__version__",
)
