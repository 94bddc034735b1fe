"""Bumps judged on the user surface, end to end: regen as a user runs it, then the regenerated client.

Each test serves a spec derived from `openapi.json` (surface_bumps.py) over loopback, runs regen,
does what it prints (accept with ALLOW_BREAKING=1 where it stops at the gate) and then calls the
regenerated `FinalPOS`/`AsyncFinalPOS` against Prism serving the regenerated project's `openapi.json`.
The client runs in a subprocess importing the project's `generated/`, not the repository's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from tests.mock_server import PrismServer

from . import specs, surface_bumps
from .conftest import Project, RegenRun, SpecServer


@pytest.fixture
def prism_of() -> Iterator[list[PrismServer]]:
    started: list[PrismServer] = []
    yield started
    for server in started:
        server.stop()


def serve_with_prism(project: Project, started: list[PrismServer]) -> str:
    server = PrismServer(spec=project.root / "openapi.json").start()
    started.append(server)
    return server.url


def run_client(project: Project, base_url: str, code: str) -> dict:
    """Run `code` (which sets `result`) with the project's finalpos importable; return `result` as JSON."""
    script = (
        "import asyncio, json, sys\n"
        f"sys.path.insert(0, {str(project.root / 'generated')!r})\n"
        "import finalpos\n"
        f"assert finalpos.__file__.startswith({str(project.root)!r}), finalpos.__file__\n"
        f"client = finalpos.FinalPOS(api_key='k', base_url={base_url!r}, max_retries=0)\n"
        f"aclient = finalpos.AsyncFinalPOS(api_key='k', base_url={base_url!r}, max_retries=0)\n"
        + textwrap.dedent(code)
        + "\nprint(json.dumps(result))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False, cwd="/"
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def follow(project: Project, url: str) -> tuple[RegenRun, RegenRun | None]:
    """Regen; if it stops at the gate, do what the stop line says (ALLOW_BREAKING=1 make regen)."""
    first = project.regen(url)
    if first.code == 0:
        return first, None
    last = first.stderr.strip().splitlines()[-1]
    assert last.startswith("regen stopped at gate: ") and "ALLOW_BREAKING=1 make regen" in last, first.stderr
    second = project.regen(url, ALLOW_BREAKING="1")
    assert second.code == 0, second.stderr
    return first, second


def test_a_one_of_response_and_body_parse_into_the_matching_model(
    project: Project, spec_server: SpecServer, prism_of: list[PrismServer]
) -> None:
    bumped = specs.derived(surface_bumps.one_of_category, surface_bumps.one_of_category_body)
    first, accepted = follow(project, spec_server.serve(bumped))
    assert accepted is not None
    assert "ok       CategoryArchived: model added" in first.stdout  # a new union member is a model added
    assert "ok       CategoryCreateImportId: model added" in first.stdout
    assert "response type changed (Category -> oneOf[Category, CategoryArchived])" in first.stdout
    # The keywords that became `body=` are the body-type item, not one more `python surface` item.
    assert "regen stopped at gate: 3 breaking change(s)" in first.stderr and "python surface:" not in first.stderr

    result = run_client(
        project,
        serve_with_prism(project, prism_of),
        """
        from finalpos.models import Category, CategoryArchived, CategoryCreateImportId, CategoryCreateName
        from finalpos._unions import match_member
        import finalpos.resources.categories as module

        archived = client.categories.retrieve("c1")            # Prism answers the documented example
        async def both():
            async with aclient:
                return await aclient.categories.retrieve("c1")
        archived_async = asyncio.run(both())
        # The same matcher on the other member's data, and on a body given as a dict:
        members = module._members_category_or_category_archived
        full = match_member({"id": "c1", "name": "Drinks", "menuOrder": 1}, members).model.__name__
        body_members = module._members_category_create_name_or_category_create_import_id
        body = module.as_union_model("body", {"importId": "i-9"}, body_members)
        from finalpos import InvalidArgumentError
        try:  # a caller's dict is converted strictly, as for any model argument: never sent as given
            module.as_union_model("body", {"name": 123}, body_members)
            wrong_type = "sent"
        except InvalidArgumentError:
            wrong_type = "refused"
        created = client.categories.create(body={"name": "Drinks", "description": "Cold"})
        result = {
            "sync": type(archived).__name__, "async": type(archived_async).__name__,
            "archived": archived.archived, "full": full, "body": type(body).__name__,
            "created": type(created).__name__, "wrong_type": wrong_type,
        }
        """,
    )
    assert result == {
        "sync": "CategoryArchived",
        "async": "CategoryArchived",
        "archived": True,
        "full": "Category",
        "body": "CategoryCreateImportId",
        "created": "Category",
        "wrong_type": "refused",
    }


def test_a_camel_case_path_parameter_renamed_is_one_item_and_the_client_works(
    project: Project, spec_server: SpecServer, prism_of: list[PrismServer]
) -> None:
    first, accepted = follow(project, spec_server.serve(specs.derived(surface_bumps.camel_case_customer_id)))
    assert accepted is not None, first.stdout
    assert "Traceback" not in first.stderr
    stop = first.stderr.strip().splitlines()[-1]
    assert stop.startswith("regen stopped at gate: 1 breaking change(s) for code using finalpos: PUT /v1/api/customer/")
    assert "path parameter renamed (`id` -> `customer_id`" in stop
    assert "python surface" not in stop  # griffe's findings for the keyword are that same item

    result = run_client(
        project,
        serve_with_prism(project, prism_of),
        """
        import inspect
        fields = {"email": "ann@example.com", "first_name": "Ann", "last_name": "Lee"}
        positional = client.customers.update("c1", **fields)
        keyword = client.customers.update(customer_id="c1", **fields)
        result = {
            "positional": type(positional).__name__, "keyword": type(keyword).__name__,
            "params": list(inspect.signature(client.customers.update).parameters)[:1],
        }
        """,
    )
    assert result == {"positional": "Customer", "keyword": "Customer", "params": ["customer_id"]}

    # The vendor then writes it `{customer_id}`: the same keyword argument, so nothing to report.
    again = project.regen(
        spec_server.serve(specs.derived(surface_bumps.camel_case_customer_id, surface_bumps.snake_case_customer_id))
    )
    assert again.code == 0, again.stderr
    assert "changes:    API 1.2.4 -> 1.2.4: 0 breaking, 0 not breaking for code using finalpos" in again.stdout


def test_a_renamed_operation_id_that_keeps_the_method_is_not_breaking(
    project: Project, spec_server: SpecServer
) -> None:
    run = project.regen(spec_server.serve(specs.derived(surface_bumps.rename_operation_id)))
    assert run.code == 0, run.stderr
    assert "changes:    API 1.2.4 -> 1.2.4: 0 breaking, 1 not breaking for code using finalpos" in run.stdout
    assert "ok       GET /v1/api/session/{id} (SessionController_getSession): operationId changed" in run.stdout
    assert "client.sessions.retrieve() unchanged" in run.stdout


def test_a_request_body_swapped_behind_the_same_keywords_is_not_breaking(
    project: Project, spec_server: SpecServer, prism_of: list[PrismServer]
) -> None:
    # Revision 2 of the stand-in: PUT /session/{id} sends SessionUpdate (the create fields, none required).
    # Keyword-only arguments: their order is not part of the surface, their names and kinds are.
    signature = (
        "import inspect\n"
        "params = inspect.signature(client.sessions.update).parameters\n"
        "result = {'params': sorted((n, str(p.kind)) for n, p in params.items())}"
    )
    # openapi.json is revision 2 already: first go back to the body it had before (the PUT sent SessionCreate).
    back = project.regen(spec_server.serve(specs.derived(surface_bumps.session_update_as_create)), ALLOW_BREAKING="1")
    assert back.code == 0, back.stderr
    before = run_client(project, "http://127.0.0.1:9", signature)
    run = project.regen(spec_server.serve(specs.committed()))
    assert run.code == 0, run.stderr
    assert "changes:    API 1.2.4 -> 1.2.4: 0 breaking, 8 not breaking for code using finalpos" in run.stdout
    assert "ok       SessionUpdate.stationId (request): field made optional" in run.stdout

    result = run_client(
        project,
        serve_with_prism(project, prism_of),
        signature + "\nresult['type'] = type(client.sessions.update('s1', opening_note='late')).__name__",
    )
    assert result == {"params": before["params"], "type": "Session"}
