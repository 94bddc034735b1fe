"""What normalise makes of shared parts (`codegen/shared_components.py`): every operation self-contained,
as the later stages read it, whichever way the vendor's file shares them."""

from __future__ import annotations

from typing import Any

from codegen.shared_components import drop_read_write_only, inline_shared_components


def _spec() -> dict[str, Any]:
    return {
        "paths": {
            "/v1/api/report/{id}": {
                "parameters": [
                    {"$ref": "#/components/parameters/Id"},
                    {"name": "currency", "in": "query", "schema": {"type": "string"}},
                ],
                "get": {
                    "parameters": [{"name": "currency", "in": "query", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": {"$ref": "#/components/responses/Report"}},
                },
                "post": {
                    "requestBody": {"$ref": "#/components/requestBodies/ReportBody"},
                    "responses": {"204": {"description": "Done."}},
                },
            }
        },
        "components": {
            "parameters": {"Id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}},
            "responses": {
                "Report": {
                    "description": "A report.",
                    "headers": {"X-Total": {"$ref": "#/components/headers/Total"}},
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
            "headers": {"Total": {"schema": {"type": "integer"}}},
            "requestBodies": {
                "ReportBody": {"content": {"application/json": {"schema": {"type": "object"}}}, "required": True}
            },
            "schemas": {},
        },
    }


def test_path_item_parameters_reach_every_operation_and_the_operations_own_wins() -> None:
    spec = _spec()
    inline_shared_components(spec)
    item = spec["paths"]["/v1/api/report/{id}"]
    assert "parameters" not in item
    get_params = {(p["name"], p["in"]): p for p in item["get"]["parameters"]}
    assert set(get_params) == {("id", "path"), ("currency", "query")}
    assert get_params[("currency", "query")]["required"] is True  # the operation's own declaration
    assert [p["name"] for p in item["post"]["parameters"]] == ["id", "currency"]


def test_shared_responses_bodies_and_headers_are_copied_in_and_the_sections_dropped() -> None:
    spec = _spec()
    inline_shared_components(spec)
    get = spec["paths"]["/v1/api/report/{id}"]["get"]
    assert get["responses"]["200"]["description"] == "A report."
    assert get["responses"]["200"]["headers"]["X-Total"] == {"schema": {"type": "integer"}}
    assert spec["paths"]["/v1/api/report/{id}"]["post"]["requestBody"]["required"] is True
    assert set(spec["components"]) == {"schemas"}


def test_read_only_leaves_request_bodies_and_write_only_leaves_responses() -> None:
    schema = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "pin": {"type": "string", "writeOnly": True},
            "lines": {"type": "array", "items": {"type": "object", "properties": {
                "lineId": {"type": "string", "readOnly": True}, "sku": {"type": "string"}}, "required": ["lineId"]}},
        },
        "required": ["id", "pin"],
    }  # fmt: skip
    media = {"content": {"application/json": {"schema": schema}}}
    spec: dict[str, Any] = {
        "paths": {"/v1/api/card": {"post": {"requestBody": media, "responses": {"201": {"description": "", **media}}}}}
    }
    drop_read_write_only(spec)
    op = spec["paths"]["/v1/api/card"]["post"]
    sent = op["requestBody"]["content"]["application/json"]["schema"]
    got = op["responses"]["201"]["content"]["application/json"]["schema"]
    assert list(sent["properties"]) == ["pin", "lines"] and sent["required"] == ["pin"]
    assert list(sent["properties"]["lines"]["items"]["properties"]) == ["sku"]
    assert "required" not in sent["properties"]["lines"]["items"]
    assert list(got["properties"]) == ["id", "lines"] and got["required"] == ["id"]
    assert list(got["properties"]["lines"]["items"]["properties"]) == ["lineId", "sku"]
