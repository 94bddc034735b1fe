"""Regression tests for client findings of the contract/fuzz suite that are still open (see findings.py).

Each fails today and is marked `xfail(strict=True)`: the day the product is fixed it XPASSes, which
fails the run until the marker is removed, so the case stays as an ordinary regression test.
"""

from __future__ import annotations

from typing import Any

import pytest
from finalpos import FinalPOS, FinalPOSError

from tests.contract.findings import F1, INVALID_BODIES, request_models


@pytest.mark.xfail(strict=True, reason=F1)
@pytest.mark.parametrize("model", request_models(), ids=lambda m: m.__name__)
def test_request_model_refuses_invalid_data_with_a_typed_error(model: Any) -> None:
    for body in INVALID_BODIES:
        try:
            model.from_dict(body)
        except FinalPOSError as error:
            assert str(error)
        # A model with no required field may accept `{}`; anything else must be a FinalPOSError.


F2 = (
    "F2 (client, issue 5): FinalPOS methods send nested values without checking them; a plain dict or a "
    "bool where a nested model is expected ends in AttributeError inside to_dict() instead of a FinalPOSError "
    "before sending (e.g. customers.create(..., billing={'city': 'x'}))"
)


@pytest.mark.xfail(strict=True, reason=F2)
@pytest.mark.parametrize("nested", [{"billing": {"city": "Berlin"}}, {"notes": [False]}], ids=["dict", "bool"])
def test_wrong_nested_value_is_refused_before_sending(nested: dict[str, Any]) -> None:
    # Port 9 (discard) on loopback: if the client sent anything, this fails with a connection error.
    with FinalPOS(api_key="k", base_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(FinalPOSError) as caught:
            client.customers.create(email="ann@example.com", first_name="Ann", last_name="Lee", **nested)
    assert "Connection" not in type(caught.value).__name__


@pytest.mark.parametrize("segment", ["", ".", ".."])
def test_dot_segment_id_is_refused_before_sending(segment: str) -> None:
    """Found by fuzzing: httpx drops "." and ".." path segments, so `sessions.delete("..")` used to send
    `DELETE /v1/api`. Fixed in codegen/runtime/_base_client.py (`require_path_param`)."""
    with FinalPOS(api_key="k", base_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(ValueError, match="non-empty value for `id`"):
            client.sessions.delete(segment)
