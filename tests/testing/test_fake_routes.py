"""Issue 14: the fake's route table is derived from the spec (`codegen/fake.py`), so it follows spec changes.

Derived specs (built here from `openapi.json`) show: an operation whose behaviour the paths do not say
is answered from its example and named in `example_only_operations`; the auth header comes from the
spec's `securitySchemes`; a spec without security asks for no key.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
from finalpos.testing import FakeFinalPOS

from codegen.fake import build_routes
from tests.testing.support import SPEC

REFUND_EXAMPLE = {"id": "r1", "status": "refunded"}


def with_unusual_operations() -> dict[str, Any]:
    """openapi.json plus an action on an order and a status document: neither is create/read/update/delete/list."""
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/api/order/{id}/refund"] = {
        "post": {
            "operationId": "OrderController_refund",
            "tags": ["Order"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"example": REFUND_EXAMPLE}}}},
        }
    }
    spec["paths"]["/v1/api/status"] = {
        "get": {
            "operationId": "StatusController_get",
            "tags": ["Status"],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["healthy"],
                                "properties": {"healthy": {"type": "boolean", "example": True}},
                            }
                        }
                    },
                }
            },
        }
    }
    return spec


def test_operations_the_paths_do_not_explain_answer_from_examples() -> None:
    fake = FakeFinalPOS(table=build_routes(with_unusual_operations()))
    assert fake.example_only_operations == ("orders.refund", "status.list")
    with httpx.Client(transport=fake.transport, base_url="http://fake", headers={"x-api-key": "k"}) as http:
        refund = http.post("/v1/api/order/o1/refund")
        status = http.get("/v1/api/status")
        unauthenticated = http.get("/v1/api/status", headers={"x-api-key": ""})
    assert (refund.status_code, refund.json()) == (200, REFUND_EXAMPLE)
    assert status.json() == {"healthy": True}  # no example: built from the schema's own examples
    assert unauthenticated.status_code == 401  # example-only operations still check the key
    assert fake.store == FakeFinalPOS().store  # and change nothing


def test_todays_spec_has_every_operation_derived() -> None:
    table = build_routes(SPEC)
    assert table["example_only"] == [r["operation_id"] for r in table["routes"] if r["kind"] == "example"]
    assert len(table["routes"]) == sum(
        1 for item in SPEC["paths"].values() for m in item if m in ("get", "put", "post", "delete", "patch")
    )


def test_the_auth_header_comes_from_the_spec() -> None:
    spec = copy.deepcopy(SPEC)
    (scheme,) = spec["components"]["securitySchemes"].values()
    scheme["name"] = "X-Tenant-Token"
    fake = FakeFinalPOS(table=build_routes(spec))
    with httpx.Client(transport=fake.transport, base_url="http://fake") as http:
        old_header = http.get("/v1/api/customers", headers={"x-api-key": "k"})
        new_header = http.get("/v1/api/customers", headers={"x-tenant-token": "k"})
    assert old_header.status_code == 401 and "`X-Tenant-Token` header" in old_header.json()["message"]
    assert new_header.status_code == 200


def test_a_spec_without_security_asks_for_no_key() -> None:
    spec = copy.deepcopy(SPEC)
    del spec["security"]
    fake = FakeFinalPOS(table=build_routes(spec))
    with httpx.Client(transport=fake.transport, base_url="http://fake") as http:
        assert http.get("/v1/api/customers").status_code == 200


def test_singular_and_plural_paths_share_one_collection() -> None:
    table = build_routes(SPEC)
    by_path = {(r["method"], r["path"]): r["collection"] for r in table["routes"]}
    assert by_path[("POST", "/v1/api/customer")] == by_path[("GET", "/v1/api/customers")] == "customers"
    assert by_path[("POST", "/v1/api/category")] == by_path[("GET", "/v1/api/categories")] == "categories"


def test_the_table_module_round_trips_any_json() -> None:
    """`_routes.py` holds the table as JSON text: backslashes, quotes and non-ASCII survive."""
    from codegen.fake import routes_module_source

    table = {"title": "T", "version": "1", "odd": ['a\\d+"', "\"\"'''", "Zürich \u2603", None, True, 1.5]}
    namespace: dict[str, Any] = {}
    exec(routes_module_source(table), namespace)
    assert namespace["TABLE"] == table
