"""A user's own httpx client: we use it, but never leave the API key on it."""

from __future__ import annotations

import httpx

from .conftest import CANARY_KEY, LocalServer, Reply


def test_key_is_sent_per_request_and_not_left_on_the_users_client(server: LocalServer) -> None:
    from finalpos import FinalPOS

    other = LocalServer().start()
    other.default = Reply(200, {"id": "default"})
    try:
        server.reply(Reply(200, {"id": "s1", "stationId": "st"}))
        with httpx.Client() as users_client:
            client = FinalPOS(api_key=CANARY_KEY, base_url=server.base_url, http_client=users_client)
            client.sessions.retrieve(id="s1")
            users_client.get(other.base_url + "/elsewhere")  # the user's own traffic, to another host

            assert server.seen[0].headers["x-api-key"] == CANARY_KEY
            assert "x-api-key" not in other.seen[0].headers
            assert "x-api-key" not in users_client.headers
    finally:
        other.stop()


async def test_async_key_is_not_left_on_the_users_client(server: LocalServer) -> None:
    from finalpos import AsyncFinalPOS

    server.reply(Reply(200, {"id": "s1", "stationId": "st"}))
    async with httpx.AsyncClient() as users_client:
        client = AsyncFinalPOS(api_key=CANARY_KEY, base_url=server.base_url, http_client=users_client)
        await client.sessions.retrieve(id="s1")
        assert server.seen[0].headers["x-api-key"] == CANARY_KEY
        assert "x-api-key" not in users_client.headers
