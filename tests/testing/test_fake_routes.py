"""The fake's route table is derived from the spec (`codegen/fake.py`), so it follows spec changes.

Derived specs (built here from `openapi.json`) show: an operation whose behaviour the paths do not say
is answered from its example and named in `example_only_operations`; the auth header comes from the
spec's `securitySchemes`; a spec without security asks for no key.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from importlib import resources
from typing import Any

import httpx
from finalpos.testing import FakeFinalPOS
from finalpos.testing._table import route_table

from codegen.fake import ROUTES_FILE, build_routes, routes_json
from tests.package_under_test import subprocess_pythonpath
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


def test_the_table_file_round_trips_any_json_whatever_the_key_order() -> None:
    """`routes.json` holds the table as JSON: backslashes, quotes and non-ASCII survive, and its bytes do not
    depend on the order a spec lists keys in (a regen of the same content writes the same file)."""
    table = {"title": "T", "version": "1", "odd": ['a\\d+"', "\"\"\"'''", "Zürich \u2603", None, True, 1.5]}
    text = routes_json(table)
    assert json.loads(text) == table and text.isascii()
    assert routes_json(dict(reversed(table.items()))) == text


def test_the_package_reads_its_table_from_the_json_file_once_and_only_when_used() -> None:
    """The shipped table is the spec's, read from `finalpos/testing/routes.json` (package data) on the first
    fake, not on import; its provenance key is no part of it."""
    shipped = resources.files("finalpos.testing").joinpath(ROUTES_FILE).read_text(encoding="utf-8")
    assert json.loads(shipped).keys() - route_table().keys() == {"_generated"}
    assert route_table() is route_table() and FakeFinalPOS().operations == FakeFinalPOS(table=route_table()).operations
    probe = (
        "import finalpos.testing, finalpos.testing._table as t; assert t.route_table.cache_info().misses == 0;"
        "finalpos.testing.FakeFinalPOS(); finalpos.testing.FakeFinalPOS(); "
        "info = t.route_table.cache_info(); assert (info.misses, info.hits) == (1, 1), info"
    )
    env = {**os.environ, "PYTHONPATH": subprocess_pythonpath()}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
