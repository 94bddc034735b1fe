"""Builds the request of one operation; `finalpos.FinalPOS` sends it (internal, not public API)."""

from typing import Any

from ...types import UNSET, Unset


def _get_kwargs(
    *,
    table_id: str | Unset = UNSET,
    skip: float | Unset = UNSET,
    limit: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tableId"] = table_id

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/custom-table-rows",
        "params": params,
    }
    return _kwargs
