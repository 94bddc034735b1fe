"""A self-service kiosk (async), one file and no mypy config of its own."""

import asyncio

from finalpos import AsyncFinalPOS


async def start(client: AsyncFinalPOS, station_id: str) -> str:
    session = await client.sessions.create(  # impact: required_field
        station_id=station_id,
        session_number="k1",
        opened_by="kiosk",
        open_time="2026-01-01T08:00:00Z",
        opening_amount="0",
        notes=[],
        closing_amounts={},
        opening_note="",
    )
    return str(session.id)


async def finish(client: AsyncFinalPOS, session_id: str) -> int:
    raw = await client.sessions.with_raw_response.update(session_id, closing_note="done")  # impact: keyword_renamed
    return raw.status_code


async def loyal_customers(client: AsyncFinalPOS) -> list[str]:
    found = []
    async for customer in client.customers.list(limit=100, prefetch=2):
        if customer.custom_fields.get("tier") == "gold":
            found.append(str(customer.id))
    return found


async def tag(client, customer_id):
    return await client.customers.update(id=customer_id, custom_fields={"kiosk": True})  # not-checked: path_parameter_renamed


async def aisle(client: AsyncFinalPOS, category_id: str) -> str:
    category = await client.categories.retrieve(category_id)
    return str(category.name)  # impact: return_type_changed


async def call(client: AsyncFinalPOS, resource: str, method: str) -> object:
    return await getattr(getattr(client, resource), method)()  # not-checked: required_field, keyword_renamed, operation_removed, return_type_changed, path_parameter_renamed


async def main() -> None:
    async with AsyncFinalPOS() as client:
        print(await start(client, "st1"))
        await client.customers.update(id="c1", last_name="Lee")  # impact: path_parameter_renamed


if __name__ == "__main__":
    asyncio.run(main())
