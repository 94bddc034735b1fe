"""Types and names: each construct a real vendor file carries, added to `openapi.json` as a
1.3.0 bump by code and pulled from a file:// URL doing only what regen prints; then the call through
`FinalPOS` and `AsyncFinalPOS` against a loopback API that records the request, `mypy --strict` on a
short user program making it, and the same call against `finalpos.testing`."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.local_server import LocalServer, Reply, SeenRequest, serve

from . import construct_specs, specs
from .conftest import Project
from .construct_flow import follow, mypy_user, pull, run_user


@pytest.fixture
def api() -> Iterator[LocalServer]:
    """The loopback API the regenerated client calls: answers with what a test scripts, records the requests."""
    with serve() as server:
        server.default = Reply(200, {})
        yield server


def test_patch_beside_put_and_an_action_sub_path_get_methods_by_rule(project: Project, api: LocalServer) -> None:
    doc = specs.derived(construct_specs.patch_beside_put, construct_specs.action_sub_path, version="1.3.0")
    run = follow(project, doc)
    assert "changes:    API 1.2.4 -> 1.3.0: 0 breaking" in run.stdout
    assert "ok       PATCH /v1/api/station/{id} (StationController_patch): operation added" in run.stdout
    assert "ok       POST /v1/api/attachment/upload (AttachmentUploadController_create): operation added" in run.stdout
    assert "ok       AttachmentUpload: model added" in run.stdout  # the action's body, named by what it is
    api_md = (project.root / "generated" / "api.md").read_text()
    assert "client.stations.patch(id: str, *, name: str | Unset = UNSET," in api_md
    assert "client.attachments.upload(*, url: str, name: str | Unset = UNSET," in api_md
    assert "-> Attachment\n" in api_md.split("client.attachments.upload(", 1)[1].split("```", 1)[0] + "\n"

    api.default = Reply(200, {"id": "st1", "name": "Till 2", "url": "https://cdn.example.com/r.pdf"})
    program = f"""
        import asyncio
        from finalpos import AsyncFinalPOS, FinalPOS
        from finalpos.models import Attachment, Station

        def sync_calls() -> None:
            with FinalPOS(api_key="k", base_url={api.base_url!r}) as client:
                station: Station = client.stations.patch("st1", name="Till 2")
                client.stations.update("st1", name="Till 3")
                attachment: Attachment = client.attachments.upload(url="https://cdn.example.com/r.pdf")
                client.attachments.create(
                    name="r.pdf", mime_type="application/pdf", original_url="o", url="u", path="p"
                )
                print(type(station).__name__, station.name, type(attachment).__name__, attachment.url)

        async def async_calls() -> None:
            async with AsyncFinalPOS(api_key="k", base_url={api.base_url!r}) as client:
                station: Station = await client.stations.patch("st1", name="Till 2")
                attachment: Attachment = await client.attachments.upload(url="https://cdn.example.com/r.pdf")
                print(type(station).__name__, station.name, type(attachment).__name__, attachment.url)

        sync_calls()
        asyncio.run(async_calls())
    """
    out = run_user(project, program)
    assert out.splitlines() == ["Station Till 2 Attachment https://cdn.example.com/r.pdf"] * 2
    wire = [(r.method, r.path, r.json()) for r in api.seen]
    assert wire[:4] == [
        ("PATCH", "/v1/api/station/st1", {"name": "Till 2"}),
        ("PUT", "/v1/api/station/st1", {"name": "Till 3"}),
        ("POST", "/v1/api/attachment/upload", {"url": "https://cdn.example.com/r.pdf"}),
        ("POST", "/v1/api/attachment", {"name": "r.pdf", "mimeType": "application/pdf", "originalUrl": "o",
                                        "url": "u", "path": "p"}),
    ]  # fmt: skip
    assert wire[4:] == [wire[0], wire[2]]
    assert all(r.content_type == "application/json" and r.headers["x-api-key"] == "k" for r in api.seen)

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout

    faked = run_user(
        project,
        """
        import json
        from finalpos.testing import FakeFinalPOS
        fake = FakeFinalPOS()
        with fake.client() as client:
            created = client.stations.create(name="Till 1", outlet_id="o1", status="AVAILABLE")
            client.stations.patch(str(created.id), name="Till 2")
            print(client.stations.retrieve(str(created.id)).name)
            attachment = client.attachments.upload(url="https://cdn.example.com/r.pdf", name="r.pdf")
            print(json.dumps([type(attachment).__name__, [c.operation for c in fake.calls]]))
        """,
    )
    patched, rest = faked.splitlines()
    assert patched == "Till 2"
    name, operations = json.loads(rest)
    assert name == "Attachment"
    assert operations == ["stations.create", "stations.patch", "stations.retrieve", "attachments.upload"]


DISCRIMINATED_PROGRAM = """
    import asyncio, sys
    import finalpos
    from finalpos import AsyncFinalPOS, FinalPOS, UnknownVariant
    from finalpos.models import PaymentCard, PaymentCash

    def describe(payment: PaymentCard | PaymentCash | UnknownVariant) -> str:
        if isinstance(payment, UnknownVariant):
            return f"unknown {payment.tag_property}={payment.tag} {dict(payment.data)}"
        if isinstance(payment, PaymentCash):
            return f"cash {payment.amount} tendered={payment.tendered}"
        return f"card {payment.amount} last4={payment.last4}"

    def sync_call(strict: bool) -> str:
        with FinalPOS(api_key="k", base_url=sys.argv[1], strict_response_validation=strict) as client:
            try:
                return describe(client.payments.retrieve("p1"))
            except finalpos.APIResponseValidationError as exc:
                return f"refused: {exc}"

    async def async_call() -> str:
        async with AsyncFinalPOS(api_key="k", base_url=sys.argv[1]) as client:
            return describe(await client.payments.retrieve("p1"))

    print(sync_call(False))
    print(sync_call(True))
    print(asyncio.run(async_call()))
"""


@pytest.mark.parametrize(
    "construct", [construct_specs.discriminated_payment, construct_specs.discriminated_payment_by_enum_tags]
)
def test_a_discriminated_union_chooses_the_member_by_its_tag(
    project: Project, api: LocalServer, construct: object
) -> None:
    run = follow(project, specs.derived(construct, version="1.3.0"))
    for model in ("PaymentCard", "PaymentCash"):  # named by their tags, not by a field only one has
        assert f"ok       {model}: model added" in run.stdout
    api_md = (project.root / "generated" / "api.md").read_text()
    assert "client.payments.retrieve(id: str, *," in api_md
    assert "-> PaymentCard | PaymentCash | UnknownVariant\n" in api_md

    program = DISCRIMINATED_PROGRAM.replace("sys.argv[1]", repr(api.base_url))
    # A cash payment that fits the card member too (both need only method and amount).
    api.default = Reply(200, {"method": "cash", "amount": 5})
    assert run_user(project, program).splitlines() == ["cash 5 tendered=UNSET"] * 3
    assert [(r.method, r.path) for r in api.seen] == [("GET", "/v1/api/payment/p1")] * 3
    api.default = Reply(200, {"method": "card", "amount": 7, "last4": "4242", "tendered": "x"})
    assert run_user(project, program).splitlines() == ["card 7 last4=4242"] * 3

    api.default = Reply(200, {"method": "crypto", "amount": 9})  # a variant newer than this client
    lenient, strict, in_async = run_user(project, program).splitlines()
    assert lenient == in_async == "unknown method=crypto {'method': 'crypto', 'amount': 9}"
    assert strict.startswith("refused: ") and "`method` 'crypto' is none of 'card', 'cash'" in strict

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout

    # The same union inside a model (a receipt's `payment`): chosen by tag; an unknown tag kept verbatim.
    nested = f"""
        from finalpos import FinalPOS
        with FinalPOS(api_key="k", base_url={api.base_url!r}) as client:
            receipt = client.receipts.retrieve("r1")
            print(type(receipt.payment).__name__, receipt.unparsed)
    """
    api.default = Reply(200, {"number": "r1", "payment": {"method": "cash", "amount": 5}})
    assert run_user(project, nested).strip() == "PaymentCash {}"
    api.default = Reply(200, {"number": "r1", "payment": {"method": "crypto", "amount": 5}})
    assert run_user(project, nested).strip() == "Unset {'payment': {'method': 'crypto', 'amount': 5}}"

    faked = run_user(
        project,
        """
        from finalpos.testing import FakeFinalPOS
        fake = FakeFinalPOS()
        cash, card = {"id": "p1", "method": "cash", "amount": 5}, {"id": "p2", "method": "card", "amount": 7}
        fake.seed("payments", [cash, card])
        with fake.client() as client:
            print(type(client.payments.retrieve("p1")).__name__, type(client.payments.retrieve("p2")).__name__)
        """,
    )
    assert faked.split() == ["PaymentCash", "PaymentCard"]


def test_an_all_of_entity_is_named_by_what_it_is_and_integer_enums_by_their_names(
    project: Project, api: LocalServer
) -> None:
    run = follow(project, specs.derived(construct_specs.all_of_entity_with_integer_enums, version="1.3.0"))
    added = {line.split()[1].rstrip(":") for line in run.stdout.splitlines() if line.endswith(": model added")}
    assert added == {"GiftCard", "GiftCardCreate", "GiftCardKind", "GiftCardTier"}
    api_md = (project.root / "generated" / "api.md").read_text()
    assert "client.gift_cards.create(*, code: str, kind: GiftCardKind | int, balance: float | Unset = UNSET," in api_md
    assert "tier: GiftCardTier | int | Unset = UNSET" in api_md
    retrieve = "client.gift_cards.retrieve(id: str, *, extra_headers=..., extra_query=..., extra_body=..., timeout=...)"
    assert retrieve + " -> GiftCard\n" in api_md

    api.default = Reply(200, {"id": "g1", "createdAt": "2026-01-02T03:04:05Z", "code": "G-1", "kind": 2, "tier": 20})
    program = f"""
        import asyncio
        from finalpos import AsyncFinalPOS, FinalPOS, InvalidArgumentError
        from finalpos.models import GiftCard, GiftCardKind, GiftCardTier

        def show(card: GiftCard) -> str:
            return f"{{type(card).__name__}} {{card.id}} {{card.kind!r}} {{card.tier!r}}"

        with FinalPOS(api_key="k", base_url={api.base_url!r}) as client:
            print(show(client.gift_cards.create(code="G-1", kind=2, tier=GiftCardTier.PREMIUM)))
            print(show(client.gift_cards.retrieve("g1")))
            try:
                client.gift_cards.create(code="G-2", kind=7)
            except InvalidArgumentError as exc:
                print(exc.argument)

        async def main() -> None:
            async with AsyncFinalPOS(api_key="k", base_url={api.base_url!r}) as client:
                print(show(await client.gift_cards.create(code="G-1", kind=GiftCardKind.DIGITAL, tier=20)))

        asyncio.run(main())
    """
    shown = "GiftCard g1 <GiftCardKind.DIGITAL: 2> <GiftCardTier.PREMIUM: 20>"
    assert run_user(project, program).splitlines() == [shown, shown, "kind", shown]
    wire = [(r.method, r.path, r.json() if r.body else None) for r in api.seen]
    sent = ("POST", "/v1/api/gift-card", {"code": "G-1", "kind": 2, "tier": 20})
    assert wire == [sent, ("GET", "/v1/api/gift-card/g1", None), sent]  # kind=7 refused before sending

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout

    faked = run_user(
        project,
        """
        from finalpos.testing import FakeFinalPOS
        with FakeFinalPOS().client() as client:
            card = client.gift_cards.create(code="G-1", kind=3)
            print(repr(client.gift_cards.retrieve(str(card.id)).kind))
        """,
    )
    assert faked.strip() == "<GiftCardKind.PROMO: 3>"


def test_a_page_envelope_list_iterates_its_items_across_pages(project: Project, api: LocalServer) -> None:
    run = follow(project, specs.derived(construct_specs.page_envelope_list, version="1.3.0"))
    assert "ok       GiftCardPage: model added" in run.stdout and "ok       GiftCardPageMeta: model added" in run.stdout
    api_md = (project.root / "generated" / "api.md").read_text()
    listed = "client.gift_cards.list(*, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT, extra_headers=..., "
    assert listed + "extra_query=..., extra_body=..., timeout=...) -> SyncPager[GiftCard]\n" in api_md

    cards = [{"id": f"g{i}", "code": f"G-{i}", "kind": 1} for i in range(4)]

    def page(request: SeenRequest) -> dict[str, object]:
        query = parse_qs(urlsplit(request.path).query)
        skip, limit = int(query["skip"][0]), int(query["limit"][0])
        return {"data": cards[skip : skip + limit], "meta": {"total": len(cards), "skip": skip, "limit": limit}}

    api.default = lambda request: Reply(200, page(request))
    program = f"""
        import asyncio
        from finalpos import AsyncFinalPOS, FinalPOS
        from finalpos.models import GiftCard

        with FinalPOS(api_key="k", base_url={api.base_url!r}) as client:
            codes: list[str] = [str(card.code) for card in client.gift_cards.list(limit=2)]
            first = next(client.gift_cards.list(limit=3).pages())
            total: int | None = first.total
            print(codes, total, first.has_next_page)

        async def main() -> list[GiftCard]:
            async with AsyncFinalPOS(api_key="k", base_url={api.base_url!r}) as client:
                return [card async for card in client.gift_cards.list(limit=2, prefetch=1)]

        print([card.id for card in asyncio.run(main())])
    """
    out = run_user(project, program).splitlines()
    assert out == ["['G-0', 'G-1', 'G-2', 'G-3'] 4 True", "['g0', 'g1', 'g2', 'g3']"]
    sync_paths = [r.path for r in api.seen[:3]]
    # The total says two full pages are all: no third request for an empty page.
    assert sync_paths == [
        "/v1/api/gift-cards?skip=0&limit=2",
        "/v1/api/gift-cards?skip=2&limit=2",
        "/v1/api/gift-cards?skip=0&limit=3",
    ]

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout

    faked = run_user(
        project,
        """
        import json
        from finalpos.testing import FakeFinalPOS
        fake = FakeFinalPOS()
        with fake.client() as client:
            for code in ("A", "B", "C"):
                client.gift_cards.create(code=code, kind=1)
            codes = [card.code for card in client.gift_cards.list(limit=2)]
            raw = client.gift_cards.with_raw_response.list(skip=2, limit=2)
            print(json.dumps([codes, raw.http_response.json()["meta"], len(fake.calls)]))
        """,
    )
    codes, meta, calls = json.loads(faked)
    assert codes == ["A", "B", "C"] and meta == {"total": 3, "skip": 2, "limit": 2}
    assert calls == 3 + 2 + 1


CURSOR_PROGRAM = """
    import asyncio
    from finalpos import AsyncFinalPOS, FinalPOS
    from finalpos.models import GiftCard

    with FinalPOS(api_key="k", base_url={base!r}) as client:
        unused = client.gift_cards.list(limit=5)  # a pager sends nothing until iterated
        codes: list[str] = [str(card.code) for card in client.gift_cards.list(limit=2)]
        first = next(client.gift_cards.list(limit=3).pages())
        following: str | None = first.next
        print(codes, following, first.has_next_page, len(first))

    async def main() -> list[GiftCard]:
        async with AsyncFinalPOS(api_key="k", base_url={base!r}) as client:
            return [card async for card in client.gift_cards.list({async_args})]

    print([card.id for card in asyncio.run(main())])
"""

CARDS = [{"id": f"g{i}", "code": f"G-{i}", "kind": 1} for i in range(4)]


def _fake_pages(project: Project) -> list[object]:
    faked = run_user(
        project,
        """
        import json
        from finalpos.testing import FakeFinalPOS
        fake = FakeFinalPOS()
        with fake.client() as client:
            for code in ("A", "B", "C"):
                client.gift_cards.create(code=code, kind=1)
            codes = [card.code for card in client.gift_cards.list(limit=2)]
            pages = [len(page) for page in client.gift_cards.list(limit=2).pages()]
            print(json.dumps([codes, pages, len(fake.calls)]))
        """,
    )
    return list(json.loads(faked))


def test_a_cursor_envelope_list_follows_the_cursor_until_null(project: Project, api: LocalServer) -> None:
    run = follow(project, specs.derived(construct_specs.cursor_envelope_list, version="1.3.0"))
    assert "ok       GiftCardPage: model added" in run.stdout
    api_md = (project.root / "generated" / "api.md").read_text()
    listed = "client.gift_cards.list(*, cursor: str | None = None, limit: int = DEFAULT_PAGE_LIMIT, extra_headers=..., "
    assert listed + "extra_query=..., extra_body=..., timeout=...) -> SyncCursorPager[GiftCard]\n" in api_md

    def page(request: SeenRequest) -> dict[str, object]:
        query = parse_qs(urlsplit(request.path).query)
        start = int(query["cursor"][0][1:]) if "cursor" in query else 0
        limit = int(query["limit"][0])
        end = start + limit
        return {"data": CARDS[start:end], "nextCursor": f"c{end}" if end < len(CARDS) else None}

    api.default = lambda request: Reply(200, page(request))
    program = CURSOR_PROGRAM.format(base=api.base_url, async_args="limit=3, cursor='c1'")
    out = run_user(project, program).splitlines()
    assert out == ["['G-0', 'G-1', 'G-2', 'G-3'] c3 True 3", "['g1', 'g2', 'g3']"]
    assert [r.path for r in api.seen] == [
        "/v1/api/gift-cards?limit=2",
        "/v1/api/gift-cards?cursor=c2&limit=2",
        "/v1/api/gift-cards?limit=3",
        "/v1/api/gift-cards?cursor=c1&limit=3",  # async, from the cursor the caller gave: one page
    ]
    assert all(r.method == "GET" and r.headers["x-api-key"] == "k" for r in api.seen)

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout
    assert _fake_pages(project) == [["A", "B", "C"], [2, 1], 3 + 2 + 2]


def test_a_next_link_envelope_list_follows_the_link_until_null(project: Project, api: LocalServer) -> None:
    run = follow(project, specs.derived(construct_specs.link_envelope_list, version="1.3.0"))
    assert (
        "ok       GiftCardPage: model added" in run.stdout and "ok       GiftCardPageLinks: model added" in run.stdout
    )
    api_md = (project.root / "generated" / "api.md").read_text()
    # `next_link` starts the walk at a link a page stated (the raw twin: that one page).
    listed = "client.gift_cards.list(*, code: str | Unset = UNSET, limit: int = DEFAULT_PAGE_LIMIT, "
    listed += "next_link: str | None = None, extra_headers=..., "
    assert listed + "extra_query=..., extra_body=..., timeout=...) -> SyncCursorPager[GiftCard]\n" in api_md

    def page(request: SeenRequest) -> dict[str, object]:
        query = parse_qs(urlsplit(request.path).query)
        start = int(query.get("after", ["0"])[0])
        limit = int(query["limit"][0])
        end = start + limit
        # An absolute link naming another host: followed on the client's own base URL, never there.
        link = f"https://elsewhere.example/v1/api/gift-cards?after={end}&limit={limit}&code=G"
        return {"data": CARDS[start:end], "links": {"next": link if end < len(CARDS) else None}}

    api.default = lambda request: Reply(200, page(request))
    program = CURSOR_PROGRAM.format(base=api.base_url, async_args="limit=3, code='G'")
    out = run_user(project, program).splitlines()
    link = "https://elsewhere.example/v1/api/gift-cards?after=3&limit=3&code=G"
    assert out == [f"['G-0', 'G-1', 'G-2', 'G-3'] {link} True 3", "['g0', 'g1', 'g2', 'g3']"]
    assert [r.path for r in api.seen] == [
        "/v1/api/gift-cards?limit=2",
        "/v1/api/gift-cards?after=2&limit=2&code=G",
        "/v1/api/gift-cards?limit=3",
        "/v1/api/gift-cards?limit=3&code=G",
        "/v1/api/gift-cards?after=3&limit=3&code=G",
    ]
    assert all(r.method == "GET" and r.headers["x-api-key"] == "k" for r in api.seen)

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout
    assert _fake_pages(project) == [["A", "B", "C"], [2, 1], 3 + 2 + 2]


def test_a_deprecated_operation_warns_once_and_deprecations_are_report_items(
    project: Project, api: LocalServer
) -> None:
    run = follow(project, specs.derived(construct_specs.deprecations, version="1.3.0"))
    assert "changes:    API 1.2.4 -> 1.3.0: 0 breaking, 2 not breaking for code using finalpos" in run.stdout
    assert (
        "ok       GET /v1/api/station/{id} (StationController_findOne): operation deprecated"
        " (client.stations.retrieve() warns (DeprecationWarning))"
    ) in run.stdout
    assert "ok       Station.deviceName (response): field deprecated" in run.stdout
    api_md = (project.root / "generated" / "api.md").read_text()
    retrieve_doc = api_md.split("`GET /v1/api/station/{id}` (`StationController_findOne`)", 1)[1].split("###", 1)[0]
    assert "**Deprecated** by the API: the first call warns (`DeprecationWarning`)" in retrieve_doc
    station_model = (project.root / "generated" / "finalpos" / "models" / "station.py").read_text()
    assert "Name of the device. Deprecated by the API." in station_model

    api.default = Reply(200, {"id": "st1", "name": "Till 1", "deviceName": "old"})
    program = f"""
        import asyncio, warnings
        from finalpos import AsyncFinalPOS, FinalPOS
        from finalpos.models import Station

        async def main() -> Station:
            async with AsyncFinalPOS(api_key="k", base_url={api.base_url!r}) as client:
                return await client.stations.retrieve("st1")

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with FinalPOS(api_key="k", base_url={api.base_url!r}) as client:
                first: Station = client.stations.retrieve("st1")
                client.stations.retrieve("st1")
                client.stations.update("st1", name="Till 2")
            print(asyncio.run(main()).device_name, first.device_name)
        for w in caught:
            print(w.category.__name__, w.filename == __file__, w.message)
    """
    out = run_user(project, program).splitlines()
    assert out[0] == "old old"
    assert out[1:] == [
        "DeprecationWarning True client.stations.retrieve() calls an operation the API marks deprecated;"
        " it may be removed in a later API version"
    ]  # once per method, pointing at the user's line; update() is not deprecated
    assert [(r.method, r.path) for r in api.seen] == [("GET", "/v1/api/station/st1")] * 2 + [
        ("PUT", "/v1/api/station/st1"),
        ("GET", "/v1/api/station/st1"),
    ]

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout

    faked = run_user(
        project,
        """
        import warnings
        from finalpos.testing import FakeFinalPOS
        warnings.simplefilter("error", DeprecationWarning)
        with FakeFinalPOS().client() as client:
            station = client.stations.create(name="Till 1", outlet_id="o1", status="AVAILABLE", device_name="d")
            try:
                client.stations.retrieve(str(station.id))
            except DeprecationWarning as exc:
                print("refused by the user's filter:", exc)
        """,
    )
    assert faked.startswith("refused by the user's filter: client.stations.retrieve() calls an operation")


def test_server_variables_are_settable_and_a_templated_todays_host_is_not_removed(
    project: Project, api: LocalServer
) -> None:
    port = api.base_url.rsplit(":", 1)[1]
    doc = specs.derived(construct_specs.tenant_server, construct_specs.sandbox_server(int(port)), version="1.3.0")
    run = follow(project, doc)
    assert "changes:    API 1.2.4 -> 1.3.0: 0 breaking" in run.stdout and "server removed" not in run.stdout
    assert (
        "ok       environment 'production': server variables added (tenant (default 'api', FINALPOS_SERVER_TENANT);"
        " set with server_variables=)"
    ) in run.stdout
    assert f"ok       environment 'sandbox': server added (http://127.0.0.1:{port}/t/demo)" in run.stdout

    api.default = Reply(200, [])
    program = """
        import asyncio, os
        from finalpos import AsyncFinalPOS, FinalPOS, InvalidArgumentError

        print(FinalPOS(api_key="k").base_url)
        print(FinalPOS(api_key="k", server_variables={"tenant": "acme"}).base_url)
        os.environ["FINALPOS_SERVER_TENANT"] = "beta"
        print(FinalPOS(api_key="k").base_url)
        del os.environ["FINALPOS_SERVER_TENANT"]
        for bad in ({"tenant": "x", "region": "eu"}, ):
            try:
                FinalPOS(api_key="k", server_variables=bad)
            except InvalidArgumentError as exc:
                print(exc.argument, exc)
        try:
            FinalPOS(api_key="k", environment="sandbox", server_variables={"tenant": "other"})
        except InvalidArgumentError as exc:
            print(exc.argument, exc)

        with FinalPOS(api_key="k", environment="sandbox", server_variables={"tenant": "acme"}) as client:
            print(len(list(client.customers.list(limit=5))))

        async def main() -> int:
            async with AsyncFinalPOS(api_key="k", environment="sandbox") as client:
                return len([c async for c in client.customers.list(limit=5)])

        print(asyncio.run(main()))
    """
    out = run_user(project, program).splitlines()
    assert out[:3] == ["https://api.finalpos.com", "https://acme.finalpos.com", "https://beta.finalpos.com"]
    assert out[3] == (
        "server_variables server_variables: unknown 'region' for environment 'production'"
        " (its server's variables: tenant)"
    )
    assert out[4] == "server_variables server_variables: 'tenant' must be one of 'demo', 'acme', not 'other'"
    assert out[5:] == ["0", "0"]
    assert [r.path for r in api.seen] == [
        "/t/acme/v1/api/customers?skip=0&limit=5",
        "/t/demo/v1/api/customers?skip=0&limit=5",
    ]

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout

    faked = run_user(
        project,
        """
        from finalpos.testing import FakeFinalPOS
        with FakeFinalPOS().client() as client:
            client.customers.create(email="a@b.c", first_name="A", last_name="B")
            print(len(list(client.customers.list())))
        """,
    )
    assert faked.strip() == "1"


def test_a_change_of_the_default_server_is_breaking_and_names_old_and_new(project: Project) -> None:
    run = pull(project, specs.derived(construct_specs.production_server_dropped, version="1.3.0"))
    assert run.code == 1
    line = run.stderr.strip().splitlines()[-1]
    assert "FinalPOS(): default server changed (https://api.finalpos.com (production) ->" in line
    assert "https://docs.finalpos.com/_mock/openapi (mock))" in line
    assert "accept with ALLOW_BREAKING=1 make regen" in line


def test_a_spec_with_no_server_left_stops_at_the_gate_naming_base_url(project: Project) -> None:
    run = pull(project, specs.derived(construct_specs.all_servers_dropped, version="1.3.0"))
    assert run.code == 1, run.stderr
    line = run.stderr.strip().splitlines()[-1]
    assert "FinalPOS(): default server changed (https://api.finalpos.com (production) -> no server" in line
    assert "accept with ALLOW_BREAKING=1 make regen" in line


def test_openapi_31_gives_the_same_package_as_the_equivalent_30_file(
    project: Project, baseline: Project, tmp_path: Path
) -> None:
    """One bump (a nullable field) written as 3.0 and as 3.1: the same report, the same generated/ but
    the spec hash; `anyOf [X, {type: null}]` (how 3.1 writes a nullable `$ref`) is nullable, not a type change."""
    other = Project(tmp_path / "project-31", baseline.mypy_cache)
    shutil.copytree(project.root, other.root)
    as_30 = specs.derived(construct_specs.nullable_customer_note, version="1.3.0")
    as_31 = specs.derived(construct_specs.nullable_customer_note, construct_specs.openapi_31, version="1.3.0")
    assert json.dumps(as_31).count('{"type": "null"}') > 0 and '"nullable"' not in json.dumps(as_31)
    run_30, run_31 = follow(project, as_30), follow(other, as_31)

    def report(run: str) -> list[str]:
        return [line for line in run.splitlines() if line.startswith(("changes:", "  ok", "  BREAKING"))]

    assert report(run_30.stdout) == report(run_31.stdout)
    assert "  ok       StationCreate.deviceName (request): field made nullable" in run_31.stdout
    assert "type changed" not in run_31.stdout

    def files(root: Path) -> dict[str, bytes]:
        tree = root / "generated"
        return {
            str(p.relative_to(tree)): p.read_bytes()
            for p in tree.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    ours, theirs = files(project.root), files(other.root)
    assert ours.keys() == theirs.keys()
    differing = sorted(k for k in ours if ours[k] != theirs[k])
    # The spec's sha256 only: the fake's route table (`routes.json`, keys sorted) holds the same routes,
    # schemas and examples, so the fake gives the same answers.
    assert differing == ["finalpos/_version.py"], differing

    def table(root: Path) -> object:
        return json.loads((root / "generated" / "finalpos" / "testing" / "routes.json").read_text())

    assert table(project.root) == table(other.root)  # the same routes, schemas and examples: the same answers


def test_a_nullable_uuid_argument_takes_none_and_sends_null(project: Project, api: LocalServer) -> None:
    run = follow(project, specs.derived(construct_specs.nullable_uuid_outlet, version="1.3.0"))
    assert run.code == 0, run.stderr
    api.default = Reply(200, {"id": "s1", "name": "Till 1"})
    program = f"""
        from finalpos import FinalPOS, InvalidArgumentError

        with FinalPOS(api_key="k", base_url={api.base_url!r}) as client:
            print(client.stations.create(name="Till 1", outlet_id=None, status="active").name)
            try:
                client.stations.create(name="Till 1", outlet_id="not-a-uuid", status="active")
            except InvalidArgumentError as exc:
                print(exc.argument)
    """
    out = run_user(project, program).splitlines()
    assert out == ["Till 1", "outlet_id"]
    assert [json.loads(r.body)["outletId"] for r in api.seen] == [None]

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout


def test_a_uuid_path_parameter_takes_a_plain_str(project: Project, api: LocalServer) -> None:
    run = follow(project, specs.derived(construct_specs.uuid_station_id, version="1.3.0"))
    assert "changes:    API 1.2.4 -> 1.3.0: 0 breaking" in run.stdout
    assert (
        "ok       GET /v1/api/station/{id} (StationController_findOne) path parameter id: parameter format added"
        " (string -> string(uuid))"
    ) in run.stdout
    api_md = (project.root / "generated" / "api.md").read_text()
    assert "client.stations.retrieve(id: UUID | str, *," in api_md

    api.default = Reply(200, {"id": "2f0c5a0e-0b8e-4d5e-9a37-1c2b3d4e5f60", "name": "Till 1"})
    program = f"""
        import asyncio, uuid
        from finalpos import AsyncFinalPOS, FinalPOS, InvalidArgumentError

        station_id = "2f0c5a0e-0b8e-4d5e-9a37-1c2b3d4e5f60"
        with FinalPOS(api_key="k", base_url={api.base_url!r}) as client:
            print(client.stations.retrieve(station_id).name, client.stations.retrieve(uuid.UUID(station_id)).name)
            try:
                client.stations.retrieve("not-a-uuid")
            except InvalidArgumentError as exc:
                print(exc.argument, exc)

        async def main() -> None:
            async with AsyncFinalPOS(api_key="k", base_url={api.base_url!r}) as client:
                print((await client.stations.retrieve(station_id)).name)

        asyncio.run(main())
    """
    out = run_user(project, program).splitlines()
    assert out == ["Till 1 Till 1", "id `id` must be a UUID (or its str), not 'not-a-uuid'", "Till 1"]
    assert [r.path for r in api.seen] == ["/v1/api/station/2f0c5a0e-0b8e-4d5e-9a37-1c2b3d4e5f60"] * 3

    typed = mypy_user(project, program)
    assert typed.returncode == 0, typed.stdout
