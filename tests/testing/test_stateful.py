"""`finalpos.testing` keeps state: the sequence for every entity the spec has, through `FinalPOS` and `AsyncFinalPOS`.

create -> list finds it -> update -> retrieve shows it -> delete -> retrieve 404, with each step run
where the spec has that operation for the entity (the table comes from the spec: no entity is listed
here). Where a step is missing its effect is still checked: without retrieve the list or the fake's
store shows the update; without delete the unknown-id path answers 404; without create the record is
seeded (`fake.seed`) and must be found.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from finalpos import NotFoundError
from finalpos.testing import FakeFinalPOS

from tests.testing.support import COLLECTIONS, Caller, caller, request_example, routes_of

MARKER = "changed-by-the-stateful-test"


def _unwrap(value: Any) -> Any:
    return next(iter(value.values())) if isinstance(value, dict) and len(value) == 1 else value


def _changeable_field(fake: FakeFinalPOS, route: dict[str, Any], response_schema: Any) -> str | None:
    """A plain string field the update sends and the response shows (no enum, format or pattern, and not one
    the fake holds to its response field's date format: `response_formats`)."""
    shown = fake.schemas.properties(response_schema) if response_schema is not None else None
    formatted = route.get("response_formats") or {}
    for name, schema in fake.schemas.properties(route["request_schema"]).items():
        resolved = fake.schemas.resolve(schema)
        plain = resolved.get("type") == "string" and not ({"enum", "format", "pattern"} & set(resolved))
        plain = plain and name not in formatted
        if plain and (shown is None or name in shown) and not name.lower().endswith("id"):
            return name
    return None


def _filters(route: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """Required list filters (e.g. `tableId`) take the record's own value."""
    return {p["name"]: _unwrap(record[p["name"]]) for p in route["params"] if p["required"] and p["in"] == "query"}


async def run_sequence(fake: FakeFinalPOS, call: Caller, collection: str) -> list[str]:
    """The sequence for one collection; returns the steps it ran (for the assertion message)."""
    routes, steps = routes_of(collection), []
    meta = fake_meta(collection)
    id_field = meta["id_field"]

    if "create" in routes:
        created = await call(routes["create"]["aliases"][0], body=request_example(routes["create"], fake))
        assert created.status_code == routes["create"]["status"]
        record = fake.store[collection][-1]
        if created.content:
            assert _unwrap(created.json()[id_field]) == _unwrap(record[id_field])
        steps.append("create")
    else:
        seeded = fake.schemas.example(meta["record_schema"]) if meta["record_schema"] else {}
        # A list-only collection (no schema for its rows): the fields its required filters name.
        for param in routes["list"]["params"] if "list" in routes else []:
            if param["required"] and param["in"] == "query":
                seeded.setdefault(param["name"], f"{param['name']}-of-the-seeded-record")
        (record,) = fake.seed(collection, [seeded])
        steps.append("seed")
    record_id = str(_unwrap(record[id_field]))

    async def listed() -> list[Any]:
        route = routes["list"]
        response = await call(route["aliases"][0], _filters(route, record))
        return [_unwrap(item.get(id_field)) for item in response.json()]

    if "list" in routes:
        assert record_id in await listed(), f"{collection}: list does not show the new record"
        steps.append("list finds it")

    if "update" in routes:
        update = routes["update"]
        body = request_example(update, fake)
        shown_by = routes.get("retrieve", routes.get("list", update))
        schema = shown_by["response_schema"]
        if shown_by["kind"] == "list":
            schema = fake.schemas.resolve(schema).get("items")
        changed = _changeable_field(fake, update, schema)
        if changed:
            body[changed] = MARKER
        updated = await call(update["aliases"][0], {update["id_param"]: record_id}, body)
        assert updated.status_code == update["status"]
        stored = next(r for r in fake.store[collection] if str(_unwrap(r[id_field])) == record_id)
        assert stored["updatedAt"] >= stored["createdAt"]
        if changed:
            assert stored[changed] == MARKER
            if "retrieve" not in routes and "list" in routes:
                route = routes["list"]
                rows = (await call(route["aliases"][0], _filters(route, stored))).json()
                assert any(row.get(changed) == MARKER for row in rows), f"{collection}: list misses the update"
                steps.append("list shows the update")
        steps.append("update")

    if "retrieve" in routes:
        retrieved = (await call(routes["retrieve"]["aliases"][0], {routes["retrieve"]["id_param"]: record_id})).json()
        assert str(_unwrap(retrieved[id_field])) == record_id
        if "update" in routes and (
            changed := _changeable_field(fake, routes["update"], routes["retrieve"]["response_schema"])
        ):
            assert retrieved[changed] == MARKER, f"{collection}: retrieve does not show the update"
            steps.append("retrieve shows the update")
        else:
            steps.append("retrieve")

    gone_by = routes.get("retrieve") or routes.get("delete") or routes.get("update")
    if "delete" in routes:
        deleted = (await call(routes["delete"]["aliases"][0], {routes["delete"]["id_param"]: record_id})).json()
        assert deleted["statusCode"] == routes["delete"]["status"] and record_id in deleted["message"]
        assert all(str(_unwrap(r[id_field])) != record_id for r in fake.store[collection])
        steps.append("delete")
        if "list" in routes:
            assert record_id not in await listed(), f"{collection}: list still shows the deleted record"
    else:
        record_id = "no-such-id-" + record_id  # no delete in the spec: an unknown id must still 404
    if gone_by is not None:
        body = request_example(gone_by, fake) if gone_by["kind"] == "update" else None
        with pytest.raises(NotFoundError) as missing:
            await call(gone_by["aliases"][0], {gone_by["id_param"]: record_id}, body)
        assert missing.value.status_code == 404
        assert (
            set(missing.value.body) == {"statusCode", "message", "error"} and record_id in missing.value.body["message"]
        )
        steps.append(f"{gone_by['kind']} 404")
    return steps


def fake_meta(collection: str) -> dict[str, Any]:
    from finalpos.testing._table import route_table

    table = route_table()

    meta: dict[str, Any] = table["collections"][collection]
    return meta


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_sequence_sync(collection: str) -> None:
    fake = FakeFinalPOS(api_key="sequence-key")
    with fake.client(max_retries=0) as client:
        steps = asyncio.run(run_sequence(fake, caller(client), collection))
    assert len(steps) >= 2, steps
    assert all(call.status < 300 or call.status == 404 for call in fake.calls)


@pytest.mark.parametrize("collection", COLLECTIONS)
async def test_sequence_async(collection: str) -> None:
    fake = FakeFinalPOS(api_key="sequence-key")
    async with fake.async_client(max_retries=0) as client:
        steps = await run_sequence(fake, caller(client), collection)
    assert len(steps) >= 2, steps
