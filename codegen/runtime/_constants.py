"""Defaults of the runtime core (one place to change a number)."""

from __future__ import annotations

import httpx

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_LIMIT",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "LOG_ENV",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRYABLE_STATUS_CODES",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
"""Seconds before the first retry; doubles per retry, up to MAX_RETRY_DELAY, minus up to 25% jitter."""
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
"""A server's Retry-After longer than this is not waited for; backoff applies instead."""
RETRYABLE_STATUS_CODES = frozenset({408, 409, 429})
"""Plus every 5xx."""
DEFAULT_PAGE_LIMIT = 100

# The environments' base URLs and the auth scheme come from the spec: see _spec_settings.py.
API_KEY_ENV = "FINALPOS_API_KEY"
BASE_URL_ENV = "FINALPOS_BASE_URL"
LOG_ENV = "FINALPOS_LOG"
