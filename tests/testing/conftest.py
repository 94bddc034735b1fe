"""finalpos.testing suites: the generation spec for the fake (its ledger and summary line: tests/ledgers.py)."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis

from tests.contract.harness import SPEC, generation_spec


def fake_generation_spec() -> dict[str, Any]:
    """The contract suite's generation spec, plus what the fake holds request strings to: where the
    spec's response shows a field as a date or date-time, the request field gets that format too
    (`response_formats` in the fake's route table; the spec alone would let '' through and the fake
    could not answer with it). Everything else is the spec as the Prism suite uses it."""
    from finalpos.testing._table import route_table

    table = route_table()

    derived = generation_spec(SPEC)
    for route in table["routes"]:
        formats = route.get("response_formats") or {}
        if not formats:
            continue
        body = derived["paths"][route["path"]][route["method"].lower()]["requestBody"]["content"]["application/json"]
        schema = body["schema"]
        while "$ref" in schema:
            schema = derived["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        for name, wanted in formats.items():
            schema["properties"][name]["format"] = wanted
    return derived


@pytest.fixture(scope="session")
def positive_schema() -> Any:
    config = schemathesis.Config.from_str('[generation]\nmode = "positive"\nwith-security-parameters = false\n')
    return schemathesis.openapi.from_dict(fake_generation_spec(), config=config)
