"""Regression tests for client findings of the contract/fuzz suite that are still open (see findings.py).

Each fails today and is marked `xfail(strict=True)`: the day the product is fixed it XPASSes, which
fails the run until the marker is removed, so the case stays as an ordinary regression test.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from finalpos import FinalPOS, FinalPOSError
from finalpos.client import AuthenticatedClient

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


N1 = (
    "N1 (normaliser, lead): a GET documented without content is normalised to `schema: {}`, which "
    "openapi-python-client 0.29.1 reads as no content, so the per-operation module's sync_detailed() "
    "returns parsed=None and drops the data (FinalPOS itself parses these lists with any_list_parser)"
)


def _contentless_gets() -> list[Any]:
    from tests.contract.assertions import documents_no_content
    from tests.contract.binding import BindingError, bind, discover_endpoints
    from tests.contract.harness import OPERATIONS

    endpoints = discover_endpoints()
    bound: dict[Any, Any] = {}
    for op in OPERATIONS:  # one by one: an unbindable operation fails test_contract.py, not collection here
        try:
            bound.update(bind([op], endpoints))
        except BindingError:
            pass
    return [
        pytest.param(endpoint, id=op.operation_id)
        for op, endpoint in bound.items()
        if op.method == "get" and documents_no_content(op, 200)
    ]


@pytest.fixture
def json_list_server() -> Iterator[str]:
    """A loopback server answering every GET with a JSON array, as the real API does for these lists."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            body = json.dumps([{"name": "row"}]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.xfail(strict=True, reason=N1)
@pytest.mark.parametrize("endpoint", _contentless_gets())
def test_per_operation_module_returns_the_list_a_contentless_get_sends(endpoint: Any, json_list_server: str) -> None:
    kwargs = {name: "t1" for name in endpoint.keyword_args if name in ("table_id",)}
    with AuthenticatedClient(json_list_server, token="k") as client:
        response = endpoint.module.sync_detailed(client=client, **kwargs)
    assert response.parsed == [{"name": "row"}]
