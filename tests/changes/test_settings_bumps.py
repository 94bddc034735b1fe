"""Auth, servers and enum arguments come from the spec: bump them, follow what regen prints, then use
the regenerated client (in its own process, from the temporary project's generated/) against a real
local HTTP server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from tests.local_server import LocalServer, Route, serve

from . import bump_specs, specs
from .conftest import Project, SpecServer


@pytest.fixture
def recorder() -> Iterator[LocalServer]:
    """A loopback API answering every GET with an empty JSON list, and keeping what it was sent."""
    with serve() as server:
        server.default = Route(body=b"[]", headers={"Content-Type": "application/json"})
        yield server


def use_client(project: Project, code: str) -> str:
    """Run `code` with the project's regenerated `finalpos` importable; its stdout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINALPOS_")}
    env["PYTHONPATH"] = str(project.root / "generated")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=project.root, env=env,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def accept_breaking(project: Project, url: str) -> str:
    """Regen stops at the gate; do what its line says (ALLOW_BREAKING=1 make regen)."""
    blocked = project.regen(url)
    assert blocked.code == 1, blocked.stdout
    line = blocked.stderr.strip().splitlines()[-1]
    assert line.startswith("regen stopped at gate: ") and "accept with ALLOW_BREAKING=1 make regen" in line, line
    accepted = project.regen(url, ALLOW_BREAKING="1")
    assert accepted.code == 0, accepted.stderr
    return line


def test_bearer_auth_is_a_breaking_item_and_the_client_sends_a_bearer_token(
    project: Project, spec_server: SpecServer, recorder: LocalServer
) -> None:
    url = spec_server.serve(specs.derived(bump_specs.bearer_auth, version="1.3.0"))
    line = accept_breaking(project, url)
    bearer = "HTTP bearer token (Authorization: Bearer <key>)"
    assert f"authentication: auth changed (API key in header `x-api-key` -> {bearer})" in line

    use_client(
        project,
        f"""
        from finalpos import FinalPOS
        FinalPOS(api_key="k-123", base_url={recorder.base_url!r}).customers.list().pages().__next__()
        """,
    )
    headers = recorder.seen[0].headers
    assert headers["authorization"] == "Bearer k-123"
    assert "x-api-key" not in headers


def test_a_query_api_key_is_sent_as_that_parameter_and_kept_out_of_logs(
    project: Project, spec_server: SpecServer, recorder: LocalServer
) -> None:
    url = spec_server.serve(specs.derived(bump_specs.query_key_auth, version="1.3.0"))
    line = accept_breaking(project, url)
    assert "auth changed (API key in header `x-api-key` -> API key in query `apiKey`)" in line

    out = use_client(
        project,
        f"""
        import logging, sys
        from finalpos import FinalPOS
        logging.basicConfig(stream=sys.stdout, level=logging.INFO)  # httpx logs each request URL at INFO
        FinalPOS(api_key="k-123", base_url={recorder.base_url!r}).customers.list(limit=5).pages().__next__()
        """,
    )
    seen = recorder.seen[0]
    assert "apiKey=k-123" in seen.path and "limit=5" in seen.path
    assert "x-api-key" not in seen.headers
    assert "HTTP Request: GET" in out and "k-123" not in out and "apiKey=***" in out


def test_a_moved_production_server_is_breaking_and_the_client_follows(
    project: Project, spec_server: SpecServer
) -> None:
    url = spec_server.serve(specs.derived(bump_specs.production_server_moved, version="1.3.0"))
    line = accept_breaking(project, url)
    assert "environment 'production': server moved (https://api.finalpos.com -> https://api.finalpos.com/v2)" in line

    out = use_client(
        project,
        """
        from finalpos import FinalPOS
        print(FinalPOS(api_key="k").base_url)
        print(FinalPOS(api_key="k", environment="mock").base_url)
        """,
    )
    assert out.split() == ["https://api.finalpos.com/v2", "https://docs.finalpos.com/_mock/openapi"]


def test_an_enum_query_parameter_takes_a_plain_string_and_refuses_a_wrong_one(
    project: Project, spec_server: SpecServer, recorder: LocalServer
) -> None:
    run = project.regen(spec_server.serve(specs.derived(bump_specs.enum_query_parameter, version="1.2.5")))
    assert run.code == 0, run.stderr
    assert (
        "ok       GET /v1/api/orders (OrdersController_findAll) query parameter status: parameter added (optional)"
        in (run.stdout)
    )

    out = use_client(
        project,
        f"""
        from finalpos import FinalPOS, InvalidArgumentError
        client = FinalPOS(api_key="k", base_url={recorder.base_url!r})
        client.orders.list(status="paid").pages().__next__()
        try:
            client.orders.list(status="payed").pages().__next__()
        except InvalidArgumentError as exc:
            print(exc.argument, "|", exc)
        """,
    )
    assert len(recorder.seen) == 1, "the refused call must not be sent"
    assert "status=paid" in recorder.seen[0].path
    argument, message = out.strip().split(" | ")
    assert argument == "status"
    assert re.fullmatch(r"`status` must be one of 'open', 'paid' \(or a \w+Status\), not 'payed'", message), message
