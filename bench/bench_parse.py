"""Parse 1,000 Customers from the same JSON bytes: our models vs pydantic v2 (a `make bench-client` row).

Ours is what `FinalPOS` does with a customer list body: `json.loads`, then `Customer.from_dict` per item
under lenient parsing. The baseline is pydantic v2's `TypeAdapter(list[...]).validate_json` on a
hand-written pydantic twin of the spec's Customer (what Stainless SDKs use). pydantic is in the bench's
environment only (it comes with datamodel-code-generator); the generated package never imports it.
"""

from __future__ import annotations

import datetime
import json
import time
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

ADDRESS = {"firstName": "Ada", "lastName": "L", "address1": "1 Main St", "city": "Berlin", "postCode": "10115"}
CUSTOMER = {
    "id": "c0",
    "createdAt": "2025-01-02T03:04:05+00:00",
    "updatedAt": "2025-01-03T03:04:05+00:00",
    "companyId": "co1",
    "email": "a@b.c",
    "firstName": "A",
    "lastName": "B",
    "fromFinal": True,
    "outletId": "o1",
    "phone": "+49 170 1234567",
    "totalSpent": "12.50",
    "lastAction": "2025-01-03T03:04:05+00:00",
    "tags": ["a", "b"],
    "billing": ADDRESS,
    "shipping": ADDRESS,
    "metadata": [{"key": "k", "value": "v"}],
    "notes": [{"createdAt": "2025-01-03", "message": "hi"}],
    "loyaltyTier": "gold",  # a tenant custom field: additional_properties / extra
}
BODY = json.dumps([CUSTOMER] * 1000).encode()


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PydanticAddress(_Wire):
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    post_code: str | None = Field(None, alias="postCode")


class PydanticMetadata(_Wire):
    key: str | None = None
    value: str | None = None


class PydanticCustomerNote(_Wire):
    created_at: str | None = Field(None, alias="createdAt")
    message: str | None = None


class PydanticCustomer(_Wire):
    id: str
    created_at: datetime.datetime | None = Field(None, alias="createdAt")
    updated_at: datetime.datetime | None = Field(None, alias="updatedAt")
    company_id: str | None = Field(None, alias="companyId")
    email: str | None = None
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    from_final: bool | None = Field(None, alias="fromFinal")
    outlet_id: str | None = Field(None, alias="outletId")
    external_id: str | None = Field(None, alias="externalId")
    phone: str | None = None
    total_spent: str | None = Field(None, alias="totalSpent")
    last_action: str | None = Field(None, alias="lastAction")
    tags: list[str] | None = None
    billing: PydanticAddress | None = None
    shipping: PydanticAddress | None = None
    metadata: list[PydanticMetadata] | None = None
    notes: list[PydanticCustomerNote] | None = None


def _best(fn: Any, rounds: int, n: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - started) / n)
    return best


def parse_ratio(rounds: int = 7, n: int = 10) -> tuple[float, float]:
    """Best-of-rounds seconds per 1,000 Customers: (pydantic, ours), interleaved."""
    from finalpos.models import Customer

    adapter = TypeAdapter(list[PydanticCustomer])

    def ours() -> list[Customer]:
        return [Customer.from_dict(item) for item in json.loads(BODY)]

    def theirs() -> list[PydanticCustomer]:
        return adapter.validate_json(BODY)

    parsed = ours()
    assert len(parsed) == 1000 and parsed[0].billing.city == "Berlin" and not parsed[0].unparsed
    assert parsed[0].custom_fields == {"loyaltyTier": "gold"}
    assert theirs()[0].billing.city == "Berlin"  # type: ignore[union-attr]
    pydantic_s = ours_s = float("inf")
    for _ in range(rounds):
        pydantic_s = min(pydantic_s, _best(theirs, 1, n))
        ours_s = min(ours_s, _best(ours, 1, n))
    return pydantic_s, ours_s
