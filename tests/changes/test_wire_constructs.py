"""Wire constructs of real vendor files: each added to `openapi.json` as a 1.3.0 bump by
code (`wire_specs.py`), pulled by a regen that must go through on its own (nothing to follow: it
prints the operations added), then each call made as a user makes it, through `FinalPOS` and
`AsyncFinalPOS` against a loopback server that records the request and answers the construct's
response, its user program checked by `mypy --strict`, and the same call against `finalpos.testing`.

One regen serves every construct (module fixture); each test is one construct.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.local_server import LocalServer, Route, serve

from . import specs, wire_specs
from .conftest import Project, SpecServer

JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def wired(baseline: Project, spec_server: SpecServer, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The baseline project after `SPEC_URL=<every wire construct> make regen` (one regen, no steps)."""
    root = tmp_path_factory.mktemp("wired") / "project"
    shutil.copytree(baseline.root, root, ignore=shutil.ignore_patterns(".regen", "__pycache__"))
    project = Project(root, baseline.mypy_cache)
    run = project.regen(spec_server.serve(specs.derived(*wire_specs.EVERY_CONSTRUCT, version="1.3.0")))
    assert run.code == 0, run.stderr
    assert "0x" not in run.stdout + run.stderr, "a report line printed an object repr"
    assert "API 1.2.4 -> 1.3.0: 0 breaking" in run.stdout, run.stdout
    for added in ("GET /v1/api/report/{outletId}/sales", "POST /v1/api/file", "GET /v1/api/document/{id}/text"):
        assert f"ok       {added} (" in run.stdout, run.stdout
    return project


@pytest.fixture
def api() -> Iterator[LocalServer]:
    with serve() as server:
        yield server


def run_user_program(
    project: Project, source: str, tmp_path: Path, *, check_types: bool = True, extra_env: dict[str, str] | None = None
) -> str:
    """`source` as the user's program: `mypy --strict` clean against the regenerated package, then
    run with it importable; its stdout."""
    program = tmp_path / "user_program.py"
    program.write_text(textwrap.dedent(source))
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINALPOS_") and k != "MYPYPATH"}
    env["PYTHONPATH"] = str(project.root / "generated")
    env.update(extra_env or {})
    if check_types:
        env_mypy = {**env, "MYPYPATH": str(project.root / "generated")}
        cache = Path(project.mypy_cache) / "wire-user-code"
        typed = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--config-file", os.devnull,
             str(program)],
            cwd=tmp_path, env=env_mypy, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert typed.returncode == 0, typed.stdout + typed.stderr
    done = subprocess.run(
        [sys.executable, str(program)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def program(
    api: LocalServer,
    call: str,
    *,
    use: str = "print(repr(CALL))",
    imports: str = "",
    client_args: str = 'api_key="k-1"',
) -> str:
    """A program making `call` (an expression on `client`) with FinalPOS, then with AsyncFinalPOS,
    each time as `use` says (CALL stands for the call; by default its repr is printed)."""
    args = ", ".join(filter(None, [client_args, f"base_url={api.base_url!r}"]))
    sync_use = use.replace("CALL", call)
    async_use = use.replace("CALL", f"(await {call})")
    return f"""
import asyncio
from finalpos import AsyncFinalPOS, FinalPOS
{imports}


def main() -> None:
    with FinalPOS({args}) as client:
        {sync_use}


async def amain() -> None:
    async with AsyncFinalPOS({args}) as client:
        {async_use}


main()
asyncio.run(amain())
"""


def query_of(path: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(path).query)


# --- parameters ----------------------------------------------------------------------------------


def test_header_cookie_array_and_deep_object_parameters_are_sent_where_the_spec_puts_them(
    wired: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.add("/v1/api/report/o-7/sales", Route(body=b'{"total": 12.5, "currency": "EUR"}', headers=JSON))
    call = (
        'client.reports.sales("o-7", x_outlet_id="o-7", pos_session="s-1", ids=["a", "b"], tags=["x", "y"],'
        ' filter_={"status": "open"})'
    )
    out = run_user_program(wired, program(api, call), tmp_path)

    assert out.splitlines() == [out.splitlines()[0]] * 2 and "total=12.5" in out and "currency='EUR'" in out, out
    assert len(api.seen) == 2
    for seen in api.seen:
        assert seen.method == "GET" and urlsplit(seen.path).path == "/v1/api/report/o-7/sales"
        assert query_of(seen.path) == [("ids", "a"), ("ids", "b"), ("tags", "x,y"), ("filter[status]", "open")]
        assert seen.headers["x-outlet-id"] == "o-7"
        assert seen.headers["cookie"] == "pos_session=s-1"
        assert seen.headers["x-api-key"] == "k-1"


def test_a_required_header_parameter_is_a_required_argument(wired: Project, tmp_path: Path) -> None:
    program = tmp_path / "forgets_header.py"
    program.write_text('from finalpos import FinalPOS\nFinalPOS(api_key="k").reports.sales("o-7")\n')
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    env["MYPYPATH"] = str(wired.root / "generated")
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(Path(wired.mypy_cache) / "wire-user-code"),
         "--config-file", os.devnull, str(program)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert typed.returncode == 1 and 'Missing named argument "x_outlet_id"' in typed.stdout, typed.stdout


# --- responses by content type -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "media_type", "body", "expected"),
    [
        ("text", "/text", "text/plain; charset=utf-8", "Receipt\n€ 12.50".encode(), "'Receipt\\n€ 12.50'"),
        ("retrieve", "", "application/pdf", b"%PDF-1.7\x00\xff", "b'%PDF-1.7\\x00\\xff'"),
        ("raw", "/raw", "application/octet-stream", b"\x00\x01\x02", "b'\\x00\\x01\\x02'"),
        ("thumbnail", "/thumbnail", "image/png", b"\x89PNG\r\n", "b'\\x89PNG\\r\\n'"),
        ("original", "/original", "application/zip", b"PK\x03\x04", "b'PK\\x03\\x04'"),
    ],
)
def test_text_and_binary_responses_are_str_and_bytes(
    wired: Project,
    api: LocalServer,
    tmp_path: Path,
    method: str,
    path: str,
    media_type: str,
    body: bytes,
    expected: str,
) -> None:
    api.add(f"/v1/api/document/d-1{path}", Route(body=body, headers={"Content-Type": media_type}))
    annotation = "str" if method == "text" else "bytes"
    call = f"client.documents.{method}('d-1')"
    source = program(api, call) + f"\n\ndef typed(client: FinalPOS) -> {annotation}:\n    return {call}\n"
    out = run_user_program(wired, source, tmp_path)

    assert out.splitlines() == [expected, expected], out
    documented = {"text": "text/plain", "retrieve": "application/pdf", "raw": "application/octet-stream",
                  "thumbnail": "image/png", "original": "*/*"}[method]  # fmt: skip
    assert [s.headers["accept"] for s in api.seen] == [documented] * 2


def test_a_download_streams_in_bounded_chunks_to_an_iterator_or_a_file(
    wired: Project, api: LocalServer, tmp_path: Path
) -> None:
    body = bytes(range(256)) * 8192  # 2 MiB
    api.add("/v1/api/document/d-1", Route(body=body, headers={"Content-Type": "application/pdf"}))
    source = f"""
        import asyncio
        from pathlib import Path
        from finalpos import AsyncFinalPOS, FinalPOS

        def main() -> None:
            with FinalPOS(api_key="k-1", base_url={api.base_url!r}) as client:
                with client.documents.with_streaming_response.retrieve("d-1") as download:
                    sizes = [len(chunk) for chunk in download.iter_bytes(chunk_size=65536)]
                print(download.status_code, sum(sizes), max(sizes))
                with client.documents.with_streaming_response.retrieve("d-1") as download:
                    written: int = download.write_to(Path("sync.pdf"))
                print(written)

        async def amain() -> None:
            async with AsyncFinalPOS(api_key="k-1", base_url={api.base_url!r}) as client:
                async with client.documents.with_streaming_response.retrieve("d-1") as download:
                    sizes = [len(chunk) async for chunk in download.iter_bytes(chunk_size=65536)]
                print(download.status_code, sum(sizes), max(sizes))
                async with client.documents.with_streaming_response.retrieve("d-1") as download:
                    print(await download.write_to("async.pdf"))

        main()
        asyncio.run(amain())
    """
    out = run_user_program(wired, source, tmp_path)
    assert out.splitlines() == [f"200 {len(body)} 65536", str(len(body))] * 2, out
    assert (tmp_path / "sync.pdf").read_bytes() == body and (tmp_path / "async.pdf").read_bytes() == body
    assert {s.headers["accept"] for s in api.seen} == {"application/pdf"} and len(api.seen) == 4
    api_md = (wired.root / "generated" / "api.md").read_text()
    assert "`with client.documents.with_streaming_response.retrieve(...) as download:`" in api_md


def test_a_204_returns_none(wired: Project, api: LocalServer, tmp_path: Path) -> None:
    api.add("DELETE /v1/api/document/d-1", Route(status=204))
    # Typed `-> None`: mypy refuses using its value, so the user calls it as a statement.
    out = run_user_program(wired, program(api, "client.documents.delete('d-1')", use="CALL; print('done')"), tmp_path)
    assert out.splitlines() == ["done", "done"]
    assert [(s.method, s.path) for s in api.seen] == [("DELETE", "/v1/api/document/d-1")] * 2
    api_md = (wired.root / "generated" / "api.md").read_text()
    assert (
        "client.documents.delete(id: str, *, extra_headers=..., extra_query=..., extra_body=..., timeout=...) -> None"
        in api_md
    )


def test_a_response_from_components_responses_is_its_model(wired: Project) -> None:
    api_md = (wired.root / "generated" / "api.md").read_text()
    assert "client.reports.sales(outlet_id: str, *, x_outlet_id: str," in api_md
    line = next(line for line in api_md.splitlines() if line.startswith("client.reports.sales("))
    assert line.endswith("-> Sale"), line


# --- request bodies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "file_name", "content_type"),
    [
        ('b"%PDF-1.7 receipt"', "upload", "application/octet-stream"),
        ('("receipt.pdf", b"%PDF-1.7 receipt", "application/pdf")', "receipt.pdf", "application/pdf"),
        ("open(PDF, 'rb')", "receipt.pdf", "application/pdf"),
    ],
)
def test_a_multipart_upload_takes_bytes_a_tuple_or_a_file_and_returns_the_file_model(
    wired: Project, api: LocalServer, tmp_path: Path, argument: str, file_name: str, content_type: str
) -> None:
    (tmp_path / "receipt.pdf").write_bytes(b"%PDF-1.7 receipt")
    api.add("POST /v1/api/file", Route(status=201, body=b'{"id": "f-1", "name": "receipt.pdf"}', headers=JSON))
    call = f'client.files.create(file={argument}, title="March")'
    imports = f"from finalpos.models import File\nPDF = {str(tmp_path / 'receipt.pdf')!r}"
    source = program(api, call, imports=imports) + f"\n\ndef typed(client: FinalPOS) -> File:\n    return {call}\n"
    out = run_user_program(wired, source, tmp_path)

    assert out.splitlines() == ["File(id='f-1', name='receipt.pdf')"] * 2, out
    for seen in api.seen:
        assert seen.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert b'Content-Disposition: form-data; name="file"; filename="' in seen.body
        assert f'filename="{file_name}"'.encode() in seen.body or file_name == "upload"
        assert f"Content-Type: {content_type}".encode() in seen.body
        assert b"%PDF-1.7 receipt" in seen.body
        assert b'name="title"' in seen.body and b"March" in seen.body


def test_a_form_body_is_sent_urlencoded(wired: Project, api: LocalServer, tmp_path: Path) -> None:
    api.add("POST /v1/api/token", Route(status=201, body=b'{"access_token": "t-1"}', headers=JSON))
    out = run_user_program(wired, program(api, 'client.tokens.create(grant_type="code", code="c 1")'), tmp_path)
    assert out.splitlines() == ["Token(access_token='t-1')"] * 2, out
    for seen in api.seen:
        assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
        assert parse_qsl(seen.body.decode()) == [("grant_type", "code"), ("code", "c 1")]


def test_read_only_fields_are_not_asked_for_and_write_only_ones_not_expected(
    wired: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.add(
        "POST /v1/api/gift-card", Route(status=201, body=b'{"id": "g-1", "code": "GC1", "balance": 5}', headers=JSON)
    )
    call = 'client.gift_cards.create(code="GC1", pin="1234", balance=5)'
    out = run_user_program(wired, program(api, call), tmp_path)
    assert out.splitlines() == ["GiftCard(id='g-1', code='GC1', balance=5)"] * 2, out
    assert [json.loads(s.body) for s in api.seen] == [{"code": "GC1", "pin": "1234", "balance": 5}] * 2
    api_md = (wired.root / "generated" / "api.md").read_text()
    line = next(line for line in api_md.splitlines() if line.startswith("client.gift_cards.create("))
    assert line.startswith("client.gift_cards.create(*, code: str, pin: str, balance:") and " id:" not in line
    model = (wired.root / "generated" / "finalpos" / "models" / "gift_card.py").read_text()
    assert "    id: str\n" in model and "pin:" not in model and '"pin"' not in model, (
        "no writeOnly field in the response"
    )


def test_a_body_of_a_media_type_without_a_typed_form_is_sent_as_given(
    wired: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.add("POST /v1/api/import", Route(status=201, body=b'{"id": "i-1"}', headers=JSON))
    out = run_user_program(wired, program(api, 'client.imports.create(body=b"<order id=\\"7\\"/>")'), tmp_path)
    assert out.splitlines() == ["Import(id='i-1')"] * 2, out
    for seen in api.seen:
        assert seen.headers["content-type"] == "application/xml"
        assert seen.headers["content-length"] == "15" and seen.body == b'<order id="7"/>'


# --- security ------------------------------------------------------------------------------------


def test_a_public_operation_sends_no_key_and_works_on_a_client_without_one(
    wired: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.default = Route(body=b'[{"id": "c-1", "name": "Drinks"}]', headers=JSON)
    call = "client.categories.with_raw_response.list()"
    source = program(api, call, use="print(len(CALL.parsed))", client_args="")
    source += textwrap.dedent(
        f"""
        from finalpos import MissingAPIKeyError
        try:
            FinalPOS(base_url={api.base_url!r}).customers.with_raw_response.list()
        except MissingAPIKeyError as exc:
            print("refused:", exc)
        """
    )
    out = run_user_program(wired, source, tmp_path)
    lines = out.splitlines()
    assert lines[:2] == ["1", "1"], out
    assert lines[2].startswith("refused: This operation needs an API key"), out
    assert len(api.seen) == 2, "the keyed call must not be sent"
    assert all("x-api-key" not in s.headers for s in api.seen)

    run_user_program(wired, program(api, call, use="print(len(CALL.parsed))"), tmp_path)
    assert all("x-api-key" not in s.headers for s in api.seen[2:]), "a public operation never sends the key"


def test_an_operation_naming_other_schemes_sends_its_credentials_in_their_places(
    wired: Project, api: LocalServer, tmp_path: Path
) -> None:
    """bearer alone replaces the x-api-key header; an OR sends its first alternative (a query key);
    an AND sends both; FINALPOS_BEARERAUTH gives the bearer scheme its own credential, masked."""
    api.default = Route(body=b"[]", headers=JSON)
    source = ""
    for resource in ("outlets", "stations", "variants"):
        call = f"client.partner_{resource}.with_raw_response.list()"
        source += program(api, call, use="print(len(CALL.parsed))").replace("main()", f"main_{resource}()")
    assert run_user_program(wired, source, tmp_path).split() == ["0"] * 6
    assert len(api.seen) == 6, api.seen
    for offset in (0, 1):  # each call with FinalPOS, then with AsyncFinalPOS
        outlets, stations, variants = api.seen[offset::2][:3]
        assert outlets.headers.get("authorization") == "Bearer k-1"
        assert "x-api-key" not in outlets.headers
        assert "partner_key" not in dict(query_of(outlets.path))
        assert dict(query_of(stations.path))["partner_key"] == "k-1"
        assert "x-api-key" not in stations.headers and "authorization" not in stations.headers
        assert variants.headers.get("x-api-key") == "k-1"
        assert variants.headers.get("authorization") == "Bearer k-1"
        assert "partner_key" not in dict(query_of(variants.path))

    masked = textwrap.dedent(
        """
        import logging, sys
        from finalpos import APIStatusError, FinalPOS
        logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
        with FinalPOS(api_key="k-1", base_url=BASE) as client:
            client.partner_outlets.with_raw_response.list()
            client.partner_variants.with_raw_response.list()
            client.partner_stations.with_raw_response.list()
            try:
                client.partner_outlets.with_raw_response.list(skip=5)
            except APIStatusError as exc:
                print("error:", exc, exc.body)
        """
    ).replace("BASE", repr(api.base_url))
    echo = b'{"statusCode": 400, "message": "token token-9 and pk-7 refused"}'
    api.add("/v1/api/partner-outlets?skip=5&limit=100", Route(status=400, body=echo, headers=JSON))
    env_program = tmp_path / "env"
    env_program.mkdir()
    out = run_user_program(
        wired, masked, env_program, extra_env={"FINALPOS_BEARERAUTH": "token-9", "FINALPOS_PARTNERKEY": "pk-7"}
    )
    assert "token-9" not in out and "pk-7" not in out, out
    assert "error: Error code: 400 - token *** and *** refused" in out, out
    assert "partner_key=%2A%2A%2A" in out or "partner_key=***" in out, out  # httpx's own log line, masked
    assert dict(query_of(api.seen[-2].path))["partner_key"] == "pk-7"
    assert api.seen[6].headers.get("authorization") == "Bearer token-9"
    assert "x-api-key" not in api.seen[6].headers
    assert api.seen[-3].headers.get("authorization") == "Bearer token-9"
    assert api.seen[-3].headers.get("x-api-key") == "k-1"


# --- the same calls against finalpos.testing -----------------------------------------------------


def test_the_fake_stores_uploads_returns_downloads_and_answers_204(wired: Project, tmp_path: Path) -> None:
    out = run_user_program(
        wired,
        """
        import asyncio
        from finalpos import NotFoundError
        from finalpos.testing import FakeFinalPOS

        fake = FakeFinalPOS(api_key="k-1")
        client = fake.client(api_key="k-1")
        stored = client.files.create(file=("receipt.pdf", b"%PDF-1.7 receipt", "application/pdf"), title="March")
        print(repr(stored))
        content: bytes = client.files.content(stored.id)
        print(content)
        print(fake.calls[0].body)
        client.files.delete(stored.id)
        try:
            client.files.content(stored.id)
        except NotFoundError as exc:
            print("gone:", exc.status_code)


        async def amain() -> None:
            aclient = fake.async_client(api_key="k-1")
            again = await aclient.files.create(file=b"raw")
            print(repr(again), await aclient.files.content(again.id))


        asyncio.run(amain())
        """,
        tmp_path,
    )
    lines = out.splitlines()
    assert lines[0].startswith("File(id='") and "name='receipt.pdf'" in lines[0] and "size=16" in lines[0], out
    assert lines[1] == "b'%PDF-1.7 receipt'"
    assert lines[2] == (
        "{'title': 'March', 'file': {'file_name': 'receipt.pdf', 'content_type': 'application/pdf', 'size': 16}}"
    )
    assert lines[3] == "gone: 404"
    assert "name='upload'" in lines[4] and "size=3" in lines[4] and lines[4].endswith(" b'raw'"), out


def test_the_fake_takes_parameters_in_every_location_forms_and_public_calls(wired: Project, tmp_path: Path) -> None:
    out = run_user_program(
        wired,
        """
        from finalpos import FinalPOS
        from finalpos.testing import FakeFinalPOS

        fake = FakeFinalPOS(api_key="k-1")
        fake.seed("categories", [{"name": "Drinks"}])
        public = fake.client()  # no key: only the public operations work
        print(len(public.categories.list().pages().__next__()))
        keyed = fake.client(api_key="k-1")
        report = keyed.reports.sales("o-7", x_outlet_id="o-7", pos_session="s-1", filter_={"status": "open"})
        print(type(report).__name__)
        print(repr(keyed.tokens.create(grant_type="code", code="c 1")))
        print(fake.calls[-1].body)
        fake.seed("documents", [{"id": "d-1"}])  # a document without an uploaded file: empty text
        print(repr(keyed.documents.text("d-1")))
        print(sorted(fake.calls[1].query), fake.calls[1].headers["x-outlet-id"], fake.calls[0].headers.get("x-api-key"))
        """,
        tmp_path,
    )
    lines = out.splitlines()
    assert lines[0] == "1", out
    assert lines[1] == "Sale"
    assert lines[2].startswith("Token(")
    assert lines[3] == "{'grant_type': 'code', 'code': 'c 1'}"
    assert lines[4] == "''"
    assert lines[5] == "['filter[status]'] o-7 None", out


def test_the_fake_accepts_each_operations_own_credentials_and_refuses_a_wrong_one(
    wired: Project, tmp_path: Path
) -> None:
    out = run_user_program(
        wired,
        """
        from finalpos import APIStatusError
        from finalpos.testing import FakeFinalPOS

        fake = FakeFinalPOS(api_key="k-1")
        keyed = fake.client(api_key="k-1")
        for listing in (keyed.partner_outlets.list, keyed.partner_stations.list, keyed.partner_variants.list):
            print(len(listing().pages().__next__()))
        print(fake.calls[0].headers.get("authorization"), fake.calls[1].query.get("partner_key"))
        try:
            fake.client(api_key="k-2").partner_outlets.list().pages().__next__()
        except APIStatusError as exc:
            print(exc.status_code)
        """,
        tmp_path,
    )
    assert out.splitlines() == ["0", "0", "0", "Bearer k-1 k-1", "401"], out


# --- what regen says when a construct has no form ------------------------------------------------


def test_a_stop_line_names_the_status_code_as_text_never_an_object_repr(
    project: Project, spec_server: SpecServer
) -> None:
    def mixed_enum(doc: dict[str, Any]) -> None:  # an enum of values of four types: no Python type fits
        schema = {"type": "array", "items": {"enum": [1, "a", None, {"x": 1}]}}
        doc["paths"]["/v1/api/ping"] = {
            "get": {"operationId": "PingController_get", "tags": ["Ping"], "responses": {"200": {
                "description": "ok", "content": {"application/json": {"schema": schema}}}}}
        }  # fmt: skip

    run = project.regen(spec_server.serve(specs.derived(mixed_enum, version="1.3.0")))
    assert run.code == 1
    (line,) = [line for line in run.stderr.splitlines() if line.strip()]
    assert line.startswith("regen stopped at generate: the generator dropped or degraded part of the API: "), line
    assert "GET /v1/api/ping" in line and "Cannot parse response for status code 200 (" in line, line
    assert "object at 0x" not in line and "UntrustedString" not in line, line
    assert line.endswith(
        'or accept it: add `- match: "parsing GET /v1/api/ping"` with a `reason:` to '
        "codegen/config/generator-allowlist.yaml (openapi.json and generated/ were not changed)"
    ), line


def test_an_operation_security_change_is_a_report_item_breaking_unless_only_alternatives_follow(
    project: Project, spec_server: SpecServer
) -> None:
    def bump(doc: dict[str, Any]) -> None:
        doc["components"]["securitySchemes"]["bearerAuth"] = {"type": "http", "scheme": "bearer"}
        doc["paths"]["/v1/api/outlets"]["get"]["security"] = [{"bearerAuth": []}]
        doc["paths"]["/v1/api/stations"]["get"]["security"] = [{"X-Api-Key": []}, {"bearerAuth": []}]

    blocked = project.regen(spec_server.serve(specs.derived(bump, version="1.3.0")))
    assert blocked.code == 1, blocked.stdout
    report = blocked.stdout
    changed = "GET /v1/api/outlets (OutletsController_findAll): operation security changed (X-Api-Key -> bearerAuth)"
    assert f"BREAKING {changed}" in report, report
    added = "GET /v1/api/stations (StationsController_findAll): operation security alternatives added"
    assert f"ok       {added} (X-Api-Key -> X-Api-Key or bearerAuth)" in report, report


def test_a_public_operation_and_a_download_replacing_json_are_report_items(
    project: Project, spec_server: SpecServer
) -> None:
    def bump(doc: dict[str, Any]) -> None:
        wire_specs.public_categories(doc)
        doc["paths"]["/v1/api/outlet/{id}"]["get"]["responses"]["200"]["content"] = {
            "application/pdf": {"schema": {"type": "string", "format": "binary"}}
        }

    blocked = project.regen(spec_server.serve(specs.derived(bump, version="1.3.0")))
    assert blocked.code == 1, blocked.stdout
    report = blocked.stdout
    public = "GET /v1/api/categories (CategoriesController_findAll): operation made public (sent without the API key)"
    assert f"ok       {public}" in report, report
    download = "GET /v1/api/outlet/{id} (OutletController_findOne) response 200"
    assert f"BREAKING {download}: response type changed (Outlet -> bytes)" in report, report
