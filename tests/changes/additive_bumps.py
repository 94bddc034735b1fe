"""Vendor releases that are additive on the wire: every call that worked keeps working.

Each helper edits a document derived from the repository's `openapi.json` in place, the way a vendor
adds to one endpoint's DTO before the others. Regenerating from any of them must report
0 breaking changes and keep every class name and return type of the current `finalpos`.
"""

from __future__ import annotations

import copy
from typing import Any

from .specs import add_operation

CUSTOMERS = "/v1/api/customers"
CUSTOMER = "/v1/api/customer"
CUSTOMER_ID = "/v1/api/customer/{id}"


def _json(container: dict[str, Any]) -> dict[str, Any]:
    media: dict[str, Any] = container["content"]["application/json"]
    return media


def _list_item(doc: dict[str, Any]) -> dict[str, Any]:
    schema = _json(doc["paths"][CUSTOMERS]["get"]["responses"]["200"])["schema"]
    assert schema["type"] == "array" and "properties" in schema["items"], "GET /customers is no longer a list"
    item: dict[str, Any] = schema["items"]
    return item


def _create_response(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _json(doc["paths"][CUSTOMER]["post"]["responses"]["201"])["schema"]
    assert "properties" in schema, "POST /customer answers no inline object"
    return schema


def loyalty_points_on_list_items(doc: dict[str, Any]) -> None:
    """`GET /customers` items get an optional `loyaltyPoints`; create and update answer as before."""
    _list_item(doc)["properties"]["loyaltyPoints"] = {"type": "integer", "description": "Points earned."}


def district_on_list_billing(doc: dict[str, Any]) -> None:
    """The billing address of the list items only gets an optional `district` (a nested object)."""
    billing = _list_item(doc)["properties"]["billing"]
    assert "properties" in billing, "list items' billing is no longer an object"
    billing["properties"]["district"] = {"type": "string", "description": "District of the address."}


def referral_on_create_response(doc: dict[str, Any]) -> None:
    """Only the create response (`POST /customer` 201) gets an optional `referralCode`."""
    _create_response(doc)["properties"]["referralCode"] = {"type": "string"}


def marketing_opt_in_on_create_body(doc: dict[str, Any]) -> None:
    """The `POST /customer` request body gets an optional `marketingOptIn` (a new keyword argument)."""
    body = _json(doc["paths"][CUSTOMER]["post"]["requestBody"])["schema"]
    assert "properties" in body, "POST /customer takes no inline object"
    body["properties"]["marketingOptIn"] = {"type": "boolean"}


def district_on_create_body_billing(doc: dict[str, Any]) -> None:
    """The billing address of the `POST /customer` body only gets an optional `district`: `Address` is
    sent and received, so this one model gains it (an optional keyword where it is sent)."""
    body = _json(doc["paths"][CUSTOMER]["post"]["requestBody"])["schema"]
    billing = body["properties"]["billing"]
    assert "properties" in billing, "the create body's billing is no longer an object"
    billing["properties"]["district"] = {"type": "string"}


def gift_cards(doc: dict[str, Any]) -> None:
    """A new operation with a new model: `GET /gift-cards` listing `GiftCard`s."""
    add_operation(doc)


def search_query_parameter(doc: dict[str, Any]) -> None:
    """`GET /customers` gets an optional `search` query parameter."""
    doc["paths"][CUSTOMERS]["get"]["parameters"].append(
        {"name": "search", "in": "query", "required": False, "schema": {"type": "string"}}
    )


def not_found_on_customer_update(doc: dict[str, Any]) -> None:
    """`PUT /customer/{id}` documents a 404, with the error body other operations already have."""
    documented = doc["paths"]["/v1/api/account/{id}"]["get"]["responses"]["404"]
    doc["paths"][CUSTOMER_ID]["put"]["responses"]["404"] = copy.deepcopy(documented)


def retrieve_customer(doc: dict[str, Any]) -> None:
    """A new operation, `GET /customer/{id}`, answering the Customer the list items already are."""
    update = doc["paths"][CUSTOMER_ID]["put"]
    doc["paths"][CUSTOMER_ID]["get"] = {
        "operationId": "CustomerController_findOne",
        "tags": copy.deepcopy(update.get("tags", ["Customer"])),
        "summary": "Get a customer",
        "parameters": copy.deepcopy(update["parameters"]),
        "responses": {
            "200": {
                "description": "The customer.",
                "content": {"application/json": {"schema": copy.deepcopy(_list_item(doc))}},
            }
        },
    }


# name -> change; the order the table in the closing note lists them.
ADDITIVE_BUMPS = {
    "loyaltyPoints on GET /customers items only": loyalty_points_on_list_items,
    "district on the list items' billing only": district_on_list_billing,
    "referralCode on the create response only": referral_on_create_response,
    "marketingOptIn on the create request body": marketing_opt_in_on_create_body,
    "district on the create request body's billing": district_on_create_body_billing,
    "search query parameter on GET /customers": search_query_parameter,
    "404 on PUT /customer/{id}": not_found_on_customer_update,
    "new GET /customer/{id} returning Customer": retrieve_customer,
    "new GET /gift-cards with a new model GiftCard": gift_cards,
}
