"""`finalpos.testing`: a stateful fake of the Final POS API for your own tests (httpx only).

    from finalpos.testing import FakeFinalPOS

    fake = FakeFinalPOS()
    client = fake.client()                  # a FinalPOS wired to the fake (fake.async_client() too)
    customer = client.customers.create(email="ann@example.com", first_name="Ann", last_name="Lee")
    assert fake.store["customers"][0]["email"] == "ann@example.com"

The fake is made by `make regen` from the spec: create / retrieve / update / delete / list follow the
spec's paths, request bodies are checked against the spec's schemas (400 naming the field), unknown
ids answer 404 and a missing or wrong API key 401, in the spec's documented error shape. Operations
whose behaviour the paths do not say answer with the spec's example (`fake.example_only_operations`).
Seeding and faults: `fake.seed(...)`, `fake.store`, `fake.fail_next(...)`, `fake.latency(...)`,
`fake.calls`. Over HTTP: `python -m finalpos.testing --port 4011` or `with fake.serve() as url:`.
"""

from __future__ import annotations

from ._fake import FAKE_BASE_URL, FakeCall, FakeFinalPOS, FakeResponse, error_body
from ._transport import FakeTransport

__all__ = ["FAKE_BASE_URL", "FakeCall", "FakeFinalPOS", "FakeResponse", "FakeTransport", "error_body"]
