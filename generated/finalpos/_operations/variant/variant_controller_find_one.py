"""Builds the request of one operation; `finalpos.FinalPOS` sends it (internal, not public API)."""

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/variant/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs
