"""Builds the request of one operation; `finalpos.FinalPOS` sends it (internal, not public API)."""

from typing import Any

from ...models.account_create import AccountCreate


def _get_kwargs(
    *,
    body: AccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/account",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs
