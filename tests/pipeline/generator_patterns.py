"""Specs derived from the committed `openapi.json`, one construct each that openapi-python-client builds
(found on its own end-to-end spec), and what the bare generator builds from a spec.

Each pattern changes a copy of the document in place the way another vendor's file is written, keeping
every wire shape; `bare_build()` parses a spec exactly as openapi-python-client would with no pipeline
in front, so a test can hold our normalised view to "every operation it builds, with the same parts".
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
REF = "#/components/schemas/"
CUSTOMER = "/v1/api/customer"
CUSTOMERS = "/v1/api/customers"
CUSTOMER_ID = "/v1/api/customer/{id}"
# Each pattern changes its own operation, so they combine into one spec.
OUTLET_ID, CATEGORY_ID, STATION_ID, PRODUCT = (
    "/v1/api/outlet/{id}",
    "/v1/api/category/{id}",
    "/v1/api/station/{id}",
    "/v1/api/product",
)


def committed() -> dict[str, Any]:
    return json.loads((REPO_ROOT / "openapi.json").read_text())


def derived(*patterns: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = committed()
    for pattern in patterns:
        pattern(doc)
    return doc


def _json_schema(holder: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = holder["content"]["application/json"]["schema"]
    return schema


def refs_in_bodies(doc: dict[str, Any]) -> None:
    """The create body is `components/requestBodies`, through a chain of two `$ref`s, its schema a `$ref`."""
    post = doc["paths"][CUSTOMER]["post"]
    body = post["requestBody"]
    doc["components"]["schemas"]["CreateCustomerDto"] = _json_schema(body)
    body["content"]["application/json"]["schema"] = {"$ref": REF + "CreateCustomerDto"}
    doc["components"]["requestBodies"] = {
        "CreateCustomer": {"$ref": "#/components/requestBodies/CustomerBody"},
        "CustomerBody": body,
    }
    post["requestBody"] = {"$ref": "#/components/requestBodies/CreateCustomer"}


def refs_in_parameters(doc: dict[str, Any]) -> None:
    """The list's paging parameters are `components/parameters`."""
    get = doc["paths"][CUSTOMERS]["get"]
    doc["components"]["parameters"] = {p["name"].title(): p for p in get["parameters"]}
    get["parameters"] = [{"$ref": f"#/components/parameters/{p['name'].title()}"} for p in get["parameters"]]


def refs_in_responses(doc: dict[str, Any]) -> None:
    """The update's response is `components/responses`; its schema, a `$ref` to a titled component, is
    also the create's response directly (one DTO for both, as @nestjs/swagger writes it)."""
    put = doc["paths"][CUSTOMER_ID]["put"]
    response = put["responses"][_success(doc, CUSTOMER_ID, "put")]
    doc["components"]["schemas"]["CustomerDto"] = {**_json_schema(response), "title": "CustomerDto"}
    response["content"]["application/json"]["schema"] = {"$ref": REF + "CustomerDto"}
    doc["components"]["responses"] = {"Customer": response}
    put["responses"][_success(doc, CUSTOMER_ID, "put")] = {"$ref": "#/components/responses/Customer"}
    created = doc["paths"][CUSTOMER]["post"]["responses"][_success(doc, CUSTOMER, "post")]
    created["content"]["application/json"]["schema"] = {"$ref": REF + "CustomerDto"}


def titled_component_in_many_places(doc: dict[str, Any]) -> None:
    """A titled component used by several operations and by a parameter twice (the generator names
    models by `title`: copies of it would clash as "duplicate models with name ...")."""
    filter_schema = {
        "title": "CustomerFilter",
        "type": "object",
        "properties": {"companyId": {"type": "string"}, "archived": {"type": "boolean", "default": False}},
    }
    doc["components"]["schemas"]["CustomerFilter"] = filter_schema
    get = doc["paths"][CUSTOMERS]["get"]
    for name in ("filter", "exclude"):
        get["parameters"].append(
            {"name": name, "in": "query", "required": False, "schema": {"$ref": REF + "CustomerFilter"}}
        )
    for path, method in (("/v1/api/order", "post"), (OUTLET_ID, "put")):
        schema = _json_schema(doc["paths"][path][method]["responses"][_success(doc, path, method)])
        schema.setdefault("properties", {})["filter"] = {"$ref": REF + "CustomerFilter"}


def defaults(doc: dict[str, Any]) -> None:
    """Parameters with defaults of every kind, and a `$ref`d enum with a default."""
    doc["components"]["schemas"]["SortOrder"] = {"title": "SortOrder", "type": "string", "enum": ["asc", "desc"]}
    get = doc["paths"][CUSTOMERS]["get"]
    get["parameters"] += [
        {"name": "order", "in": "query", "schema": {"allOf": [{"$ref": REF + "SortOrder"}], "default": "asc"}},
        {"name": "since", "in": "query", "schema": {"type": "string", "format": "date", "default": "2020-01-01"}},
        {"name": "withNotes", "in": "query", "schema": {"type": "boolean", "default": True}},
    ]


def unnamed_union_members(doc: dict[str, Any]) -> None:
    """A response union whose object members nothing tells apart but their position."""
    get = doc["paths"][OUTLET_ID]["get"]
    text = {"type": "object", "properties": {"value": {"type": "string"}}}
    count = {"type": "object", "properties": {"value": {"type": "integer"}}}
    get["responses"]["200"]["content"]["application/json"]["schema"] = {"oneOf": [text, count]}


def discriminated_union(doc: dict[str, Any]) -> None:
    """A union of two `$ref`d members of one shape, told apart only by the discriminator's mapping."""
    member = {"type": "object", "properties": {"kind": {"type": "string"}, "note": {"type": "string"}}}
    schemas = doc["components"]["schemas"]
    schemas["CardNote"], schemas["CashNote"] = copy.deepcopy(member), copy.deepcopy(member)
    get = doc["paths"][CATEGORY_ID]["get"]
    get["responses"]["200"]["content"]["application/json"]["schema"] = {
        "oneOf": [{"$ref": REF + "CardNote"}, {"$ref": REF + "CashNote"}],
        "discriminator": {"propertyName": "kind", "mapping": {"card": REF + "CardNote", "cash": REF + "CashNote"}},
    }


def duplicate_type_union(doc: dict[str, Any]) -> None:
    """A body and response `oneOf` naming one component twice."""
    post = doc["paths"][PRODUCT]["post"]
    schemas = doc["components"]["schemas"]
    schemas["ProductInput"] = {**_json_schema(post["requestBody"]), "title": "ProductInput"}
    twice = {"oneOf": [{"$ref": REF + "ProductInput"}, {"$ref": REF + "ProductInput"}]}
    post["requestBody"]["content"]["application/json"]["schema"] = twice


def const_property(doc: dict[str, Any]) -> None:
    """A 3.1 keyword in a 3.0 file: `const` on a response property (the generator reads it)."""
    get = doc["paths"][STATION_ID]["get"]
    schema = _json_schema(get["responses"]["200"])
    schema["properties"]["kind"] = {"const": "station"}


def misplaced_title(doc: dict[str, Any]) -> None:
    """`title` on an operation, where OpenAPI has no such field (the generator ignores it)."""
    doc["paths"][STATION_ID]["put"]["title"] = "update a station"


PATTERNS: dict[str, Callable[[dict[str, Any]], None]] = {
    "refs in bodies": refs_in_bodies,
    "refs in parameters": refs_in_parameters,
    "refs in responses": refs_in_responses,
    "titled component in many places": titled_component_in_many_places,
    "defaults": defaults,
    "unnamed union members": unnamed_union_members,
    "discriminated union": discriminated_union,
    "duplicate-type union": duplicate_type_union,
    "const": const_property,
    "misplaced title": misplaced_title,
}


def _success(doc: dict[str, Any], path: str, method: str) -> str:
    return next(s for s in doc["paths"][path][method]["responses"] if str(s).startswith("2"))


# --- what the generator builds -----------------------------------------------------------------


def _text(value: Any) -> str:
    """The generator's strings (`UntrustedString`, `PythonCode`) as plain text."""
    for attr in ("_value", "_code"):
        if hasattr(value, attr):
            return str(getattr(value, attr))
    return str(value)


def bare_build(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`METHOD path` -> what openapi-python-client builds for it: response statuses with whether each is
    typed (not `Any`/`None`), the body count, the parameter names. Parsing only, no files written."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile(),
        MetaType.NONE,
        document_source=Path("openapi.json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=None,
    )
    data = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    assert isinstance(data, GeneratorData), data
    built: dict[str, dict[str, Any]] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            params = [
                *endpoint.path_parameters,
                *endpoint.query_parameters,
                *endpoint.header_parameters,
                *endpoint.cookie_parameters,
            ]
            built[f"{endpoint.method.upper()} {_text(endpoint.path)}"] = {
                "responses": sorted(
                    (_text(r.status_code), _text(r.prop.get_type_string()) not in ("Any", "None"))
                    for r in endpoint.responses
                ),
                "bodies": len(endpoint.bodies),
                "params": sorted(_text(p.name) for p in params),
            }
    return built
