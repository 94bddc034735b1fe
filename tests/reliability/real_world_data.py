"""The pages of the real-world data group (tests/reliability/real_world.py), built where the server
process can import them: this module needs nothing but the standard library."""

from __future__ import annotations

from typing import Any

__all__ = ["ODD_EVERY", "ODD_VALUES", "SECRET_VALUES", "customer_page"]

ODD_EVERY = 10
ODD_VALUES: list[dict[str, Any]] = [
    {"billing": None, "createdAt": None},  # nulls
    {"createdAt": "2025-02-30T25:61:00Z"},  # an impossible date
    {"tags": "vip-odd-value"},  # a scalar where an array is declared
    {"billing": ["Berlin-odd-value"]},  # an array where an object is declared
    {"phone": 491701234567},  # a number where a string is declared
    {"shipping": {"city": 10115, "zip": "10115"}},  # a wrong-typed value inside a nested object
]
# What must never reach a log line (values, not field names).
SECRET_VALUES = ("2025-02-30", "vip-odd-value", "Berlin-odd-value", "491701234567", "10115")


def customer_page(case: str, skip: int, limit: int, total: int) -> list[dict[str, Any]]:
    """Rows skip..skip+limit of the case's collection of `total` customers."""
    rows = []
    for n in range(skip, min(skip + limit, total)):
        row: dict[str, Any] = {
            "id": f"{case}-{n}",
            "email": f"c{n}@example.com",
            "firstName": "Ann",
            "lastName": "Lee",
            "createdAt": "2025-01-02T03:04:05+00:00",
            "tags": ["a"],
            "billing": {"city": "Berlin"},
            "loyaltyTier": "gold",  # tenant custom fields
            "tenantScore": n,
        }
        if n % ODD_EVERY == 3:
            row.update(ODD_VALUES[(n // ODD_EVERY) % len(ODD_VALUES)])
        rows.append(row)
    return rows
