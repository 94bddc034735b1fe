"""Builds the request of one operation; `finalpos.FinalPOS` sends it (internal, not public API)."""

from typing import Any
from urllib.parse import quote

from ...models.station_update import StationUpdate


def _get_kwargs(
    id: str,
    *,
    body: StationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/api/station/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs
