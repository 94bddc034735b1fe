"""Override `returned-entity-ids`: the `id` of every entity a 2xx response returns is required, so
`client.sessions.delete(session.id)` type-checks under `mypy --strict` with no narrowing; request
bodies keep theirs optional. Targets are picked by what a schema is (returned by a non-DELETE 2xx,
never sent, has `id`), so a new entity is covered without editing overrides.yaml.

A record that lacks its id anyway (lenient mode, the default): it is kept, `id` reads UNSET (its
annotation says `str`), the `finalpos` logger warns once, `to_dict()` leaves `id` out, and a call
given that UNSET refuses it before sending. Under strict validation it is an
APIResponseValidationError naming `Session.id`."""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any

import finalpos
import pytest
from finalpos import FinalPOS, _lenient
from finalpos.types import UNSET

from codegen.normalise import normalise
from codegen.override_manifest import Override, load_overrides
from codegen.spec import load_naming_config
from codegen.spec_overrides import check_overrides, select_targets
from tests.client.test_user_code_types import _mypy
from tests.local_server import LocalServer, Reply

from .test_drift import regen_copy, snapshot

OVERRIDE = next(o for o in load_overrides() if o.id == "returned-entity-ids")

USES_IDS = """
from finalpos import AsyncFinalPOS, FinalPOS
from finalpos.models import DeleteResponse


def close_all(client: FinalPOS) -> list[DeleteResponse]:
    done = [client.orders.delete(o.id) for o in client.orders.list()]
    customer = client.customers.create(email="a@b.c", first_name="A", last_name="B")
    client.customers.update(customer.id, first_name="Ann")
    session_id: str = client.sessions.retrieve("s1").id
    done.append(client.sessions.delete(session_id))
    print(client.get("/v1/api/x", cast_to=DeleteResponse).status_code)
    return done


async def remove(client: AsyncFinalPOS) -> None:
    station = await client.stations.retrieve("st1")
    await client.stations.delete(station.id)
"""


def _targets(spec: dict[str, Any], override: Override = OVERRIDE) -> list[str]:
    naming = load_naming_config()
    normalised, _ = normalise(spec, naming)
    return select_targets(normalised, override, naming)


def test_returned_entities_have_a_required_id(patched_spec: dict[str, Any]) -> None:
    schemas = patched_spec["components"]["schemas"]
    targets = [name for name, schema in schemas.items() if "id" in (schema.get("required") or [])]
    assert {"Session", "Customer", "Order", "Station"} <= set(targets)
    assert not any(name.endswith(("Create", "Update")) for name in targets)  # what users send stays optional


def _with_gadget(committed_spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(committed_spec)
    gadget = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
    spec["paths"]["/v1/api/gadget/{id}"] = {
        "get": {
            "operationId": "GadgetController_findOne",
            "tags": ["Gadget"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": gadget}}}},
        }
    }
    return spec


def test_a_new_entity_is_covered_without_an_edit_or_a_review(committed_spec: dict[str, Any]) -> None:
    spec = _with_gadget(committed_spec)
    before, after = _targets(committed_spec), _targets(spec)
    assert "Session" in before and sorted(set(after) - set(before)) == ["Gadget"]
    naming = load_naming_config()
    check = check_overrides(normalise(spec, naming)[0], naming)
    assert not [line for line in check.drifted if "returned-entity-ids" in line]
    assert "id" in check.patched["components"]["schemas"]["Gadget"]["required"]


def test_an_id_of_another_type_stops_regen(
    workspace_copy: Path, committed_spec: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = copy.deepcopy(committed_spec)
    spec["components"]["schemas"]["Session"]["properties"]["id"] = {"type": "integer"}
    before = snapshot(workspace_copy)
    code, err = regen_copy(workspace_copy, spec, capsys)
    assert code == 1 and "override returned-entity-ids: the spec moved under it" in err
    assert "{id:integer}" in err and snapshot(workspace_copy) == before


def test_ids_type_check_without_narrowing(tmp_path: Path) -> None:
    done = _mypy(tmp_path, USES_IDS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_record_without_its_id_is_kept_and_its_id_refused(
    recording_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    recording_server.default = Reply(200, {"sessionNumber": "S-1"})
    _lenient._warned.clear()  # "once per model and field" is per process: another test may have warned already
    with FinalPOS(api_key="k", base_url=recording_server.base_url, max_retries=0) as client:
        with caplog.at_level(logging.WARNING, logger="finalpos"):
            session = client.sessions.retrieve("s1")
        assert session.id is UNSET and session.session_number == "S-1"
        assert session.to_dict() == {"sessionNumber": "S-1"}
        assert any(
            "Session.id" in r.getMessage() and "missing required field" in r.getMessage() for r in caplog.records
        )
        sent = len(recording_server.seen)
        with pytest.raises(finalpos.InvalidArgumentError, match="`id`"):
            client.sessions.delete(session.id)
        assert len(recording_server.seen) == sent
        with pytest.raises(finalpos.APIResponseValidationError, match=r"Session\.id: missing required field"):
            client.with_options(strict_response_validation=True).sessions.retrieve("s1")
