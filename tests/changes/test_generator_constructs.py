"""Constructs of openapi-python-client's own end-to-end spec the client got wrong (issue 23), each added
to `openapi.json` as a 1.3.0 bump by code (`generator_specs.py`), pulled by a regen that must go
through on its own, then called as a user calls them, through `FinalPOS` and `AsyncFinalPOS` (the user
program checked by `mypy --strict`) against a loopback server that records what was sent.

One regen serves every construct (module fixture); each test is one construct.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.local_server import LocalServer, Route, serve

from . import generator_specs, specs
from .conftest import Project, SpecServer
from .test_wire_constructs import program, run_user_program

JSON = {"Content-Type": "application/json"}
CREATED = Route(status=201, body=b'{"id": "v-1"}', headers=JSON)


@pytest.fixture(scope="module")
def pulled(baseline: Project, spec_server: SpecServer, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The baseline project after `SPEC_URL=<every construct> make regen` (nothing to follow)."""
    root = tmp_path_factory.mktemp("generator-constructs") / "project"
    shutil.copytree(baseline.root, root, ignore=shutil.ignore_patterns(".regen", "__pycache__"))
    project = Project(root, baseline.mypy_cache)
    run = project.regen(spec_server.serve(specs.derived(*generator_specs.EVERY_CONSTRUCT, version="1.3.0")))
    assert run.code == 0, run.stderr
    # The create body written as `$ref` + `properties: {}` is the same body: nothing breaks.
    assert "API 1.2.4 -> 1.3.0: 0 breaking" in run.stdout, run.stdout
    return project


@pytest.fixture
def api() -> Iterator[LocalServer]:
    with serve() as server:
        yield server


def test_a_union_body_field_takes_a_dict_of_one_members_fields_and_a_nullable_one_takes_none(
    pulled: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.add(f"POST {generator_specs.REDEEM}", CREATED)
    calls = [
        'client.vouchers.create_redeem(method={"cardNumber": "4111"}, holder=None)',
        'client.vouchers.create_redeem(method={"code": "X-1"}, holder={"name": "Ann"})',
    ]
    out = "".join(run_user_program(pulled, program(api, call), tmp_path) for call in calls)

    assert out.splitlines() == ["Redeem(id='v-1')"] * 4, out
    sent = [json.loads(seen.body) for seen in api.seen]
    assert (
        sent
        == [{"method": {"cardNumber": "4111"}, "holder": None}] * 2
        + [{"method": {"code": "X-1"}, "holder": {"name": "Ann"}}] * 2
    )


def test_a_dict_fitting_no_union_member_is_refused_before_sending(
    pulled: Project, api: LocalServer, tmp_path: Path
) -> None:
    source = program(
        api,
        'client.vouchers.create_redeem(method={"pin": "1"}, holder=None)',
        use="try:\n            CALL\n        except InvalidArgumentError as e:\n            print(e)",
        imports="from finalpos import InvalidArgumentError",
    )
    out = run_user_program(pulled, source, tmp_path)
    assert out.splitlines() == ["`method` fits none of CheckItem or RedeemMethodCard"] * 2, out
    assert api.seen == []


def test_a_request_body_the_spec_does_not_require_may_be_left_out(
    pulled: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.add(f"POST {generator_specs.CHECK}", CREATED)
    out = run_user_program(pulled, program(api, "client.vouchers.create()"), tmp_path)
    out += run_user_program(pulled, program(api, 'client.vouchers.create(body=[{"code": "A"}])'), tmp_path)

    assert out.splitlines() == ["Check(id='v-1')"] * 4, out
    assert [seen.body for seen in api.seen[:2]] == [b"", b""]
    assert [json.loads(seen.body) for seen in api.seen[2:]] == [[{"code": "A"}]] * 2


def test_a_default_only_text_response_asks_for_text_and_returns_str(
    pulled: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.add(generator_specs.STATUS, Route(body=b"active", headers={"Content-Type": "text/plain"}))
    out = run_user_program(pulled, program(api, "client.vouchers.list()"), tmp_path)

    assert out.splitlines() == ["'active'"] * 2, out
    # A JSON Accept header makes a server that has only text answer 406 (Prism does).
    assert [seen.headers["accept"] for seen in api.seen] == ["text/plain"] * 2


def test_a_body_given_as_a_ref_with_siblings_keeps_the_components_fields(
    pulled: Project, api: LocalServer, tmp_path: Path
) -> None:
    api.add("POST /v1/api/customer", Route(status=201, body=b'{"id": "c-1", "email": "a@b.c"}', headers=JSON))
    call = 'client.customers.create(email="a@b.c", first_name="Ann", last_name="Lee", phone="+1")'
    out = run_user_program(pulled, program(api, call, use="print(CALL.id)"), tmp_path)

    assert out.splitlines() == ["c-1"] * 2, out
    for seen in api.seen:
        assert json.loads(seen.body) == {"email": "a@b.c", "firstName": "Ann", "lastName": "Lee", "phone": "+1"}
