"""Builds the request of one operation; `finalpos.FinalPOS` sends it (internal, not public API)."""

from typing import Any

from ...models.outlet_create import OutletCreate


def _get_kwargs(
    *,
    body: OutletCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/outlet",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs
