"""`make customer-dto`: a typed pydantic model of one tenant's Customer (static fields from openapi.json
plus the tenant's custom fields), from a structure file, a JSON Schema or the live API."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from finalpos.models import Customer
from pydantic import ValidationError

from codegen.__main__ import main
from codegen.workspace import REPO_ROOT
from tests.local_server import LocalServer, Reply, Route
from tests.mock_server import PrismServer, free_port

STRUCTURE = Path(__file__).parent / "data" / "custom_table_structure.json"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"tenant_{path.stem}_{abs(hash(path))}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tenant_module(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("dto") / "tenant_customer.py"
    # `-o setup`: the tools are installed already (make test ran setup); don't re-check the stamps.
    done = subprocess.run(
        ["make", "--no-print-directory", "-o", "setup", "customer-dto", f"STRUCTURE={STRUCTURE}", f"OUT={out}"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and out.is_file()
    return load(out)


def test_typed_tenant_customer_from_a_finalpos_customer(tenant_module: ModuleType) -> None:
    wire = {
        "id": "c-1", "email": "ann@example.com", "createdAt": "2025-12-07T19:31:48+00:00",
        "loyaltyPoints": 120, "tier": "gold", "newsletter": True, "birthday": "1990-04-01",
        "interests": ["tea"], "preferences": {"milk": "oat"}, "notInTheTable": 1,
    }  # fmt: skip
    customer = Customer.from_dict(wire)
    typed = tenant_module.TenantCustomer.model_validate(customer.to_dict())
    assert typed.loyaltyPoints == 120 and typed.tier.value == "gold" and typed.newsletter is True
    assert typed.birthday.isoformat() == "1990-04-01" and typed.createdAt.year == 2025
    assert typed.model_extra == {"notInTheTable": 1}  # fields the table does not know are kept


@pytest.mark.parametrize(
    ("field", "value"), [("loyaltyPoints", "lots"), ("tier", "platinum"), ("newsletter", "maybe"), ("birthday", "soon")]
)
def test_wrong_typed_custom_field_is_rejected(tenant_module: ModuleType, field: str, value: Any) -> None:
    with pytest.raises(ValidationError) as rejected:
        tenant_module.TenantCustomer.model_validate({"loyaltyPoints": 1, field: value})
    assert field in str(rejected.value)


def test_required_custom_field_is_required(tenant_module: ModuleType) -> None:
    with pytest.raises(ValidationError, match="loyaltyPoints"):
        tenant_module.TenantCustomer.model_validate({"id": "c-1", "email": "ann@example.com"})


def test_the_id_is_required_as_on_the_client_model(tenant_module: ModuleType) -> None:
    # Override returned-entity-ids: a Customer the API returns always has its id (finalpos.models too).
    with pytest.raises(ValidationError, match="id"):
        tenant_module.TenantCustomer.model_validate({"loyaltyPoints": 1})


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["customer-dto", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ([{"name": "location", "type": "geo"}], "field 'location': type 'geo' has no JSON Schema mapping"),
        ([{"name": "tier", "type": "select"}], "field 'tier': a choice field needs a non-empty `options` list"),
        ([{"type": "text"}], "field #0: no `name`"),
        ([{"name": "email", "type": "text"}], "'email' collide with static Customer field"),
    ],
)
def test_unmappable_structure_is_refused_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: list[Any], message: str
) -> None:
    source = tmp_path / "structure.json"
    source.write_text(json.dumps({"fields": fields}))
    out = tmp_path / "out.py"
    code, output = run_cli(capsys, "--structure", str(source), "--out", str(out))
    assert code == 1 and message in output
    # Its own one line: customer-dto is not a regen, so it says nothing about openapi.json or generated/.
    assert output.startswith("customer-dto: ") and output.count("\n") == 1
    assert "regen" not in output and "generated/" not in output
    assert not out.exists()


def test_plain_json_schema_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "custom.schema.json"
    source.write_text(
        json.dumps({"type": "object", "properties": {"score": {"type": "number"}}, "required": ["score"]})
    )
    out = tmp_path / "schema_customer.py"
    code, output = run_cli(capsys, "--schema", str(source), "--out", str(out), "--class-name", "ScoredCustomer")
    assert code == 0, output
    model = load(out).ScoredCustomer
    assert model.model_validate({"id": "c-1", "score": 2.5, "email": "a@example.com"}).score == 2.5
    with pytest.raises(ValidationError, match="score"):
        model.model_validate({"score": "high"})


def answers(bodies: dict[str, Any], status: int = 200) -> dict[str, Route]:
    """Per path (any query): the JSON answer (bytes sent as they are), with one status for all."""
    return {path: Reply(status, body) for path, body in bodies.items()}


def test_structure_from_the_live_api(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    recording_server: LocalServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recording_server.routes = answers(
        {
            "/v1/api/custom-tables": [{"_id": "t-9", "name": "Orders"}, {"_id": "t-1", "name": "Customer"}],
            "/v1/api/custom-table-fields": {"data": [{"key": "vipSince", "type": "datetime", "required": True}]},
        }
    )
    monkeypatch.setenv("FINALPOS_API_KEY", "test-key")
    out = tmp_path / "live_customer.py"
    code, output = run_cli(capsys, "--from-api", "--base-url", recording_server.base_url, "--out", str(out))
    assert code == 0, output
    assert [r.path for r in recording_server.seen] == [
        "/v1/api/custom-tables",
        "/v1/api/custom-table-fields?tableId=t-1",
    ]
    assert all(r.headers.get("x-api-key") == "test-key" for r in recording_server.seen)
    model = load(out).TenantCustomer
    assert model.model_validate({"id": "c-1", "vipSince": "2024-01-02T03:04:05+00:00"}).vipSince.year == 2024
    with pytest.raises(ValidationError, match="vipSince"):
        model.model_validate({"vipSince": "yesterday"})


def make_customer_dto(*settings: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # `-o setup`: the tools are installed already (make test ran setup); don't re-check the stamps.
    return subprocess.run(
        ["make", "--no-print-directory", "-o", "setup", "customer-dto", *settings],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_make_passes_base_url_table_and_class(tmp_path: Path, recording_server: LocalServer) -> None:
    recording_server.routes = answers(
        {
            "/v1/api/custom-tables": [{"_id": "t-9", "name": "Loyalty"}, {"_id": "t-1", "name": "Customer"}],
            "/v1/api/custom-table-fields": [{"key": "stamps", "type": "integer", "required": True}],
        }
    )
    out = tmp_path / "loyalty_customer.py"
    env = {k: v for k, v in os.environ.items() if k != "FINALPOS_BASE_URL"} | {"FINALPOS_API_KEY": "test-key"}
    settings = (f"OUT={out}", "FROM_API=1", f"BASE_URL={recording_server.base_url}", "TABLE=Loyalty", "CLASS=Loyal")
    done = make_customer_dto(*settings, env=env)
    assert done.returncode == 0, done.stderr
    assert [r.path for r in recording_server.seen] == [
        "/v1/api/custom-tables",
        "/v1/api/custom-table-fields?tableId=t-9",
    ]
    assert load(out).Loyal.model_validate({"id": "c-1", "stamps": 3}).stamps == 3


def test_make_reports_an_unreachable_api_as_customer_dto(tmp_path: Path) -> None:
    env = {**os.environ, "FINALPOS_API_KEY": "test-key"}
    base_url = f"http://127.0.0.1:{free_port()}"
    done = make_customer_dto(f"OUT={tmp_path / 'x.py'}", "FROM_API=1", f"BASE_URL={base_url}", env=env)
    assert done.returncode != 0
    line = done.stderr.strip().splitlines()[0]
    assert line.startswith("customer-dto: the API call failed") and "BASE_URL=" in line, done.stderr
    assert "regen" not in done.stderr and not (tmp_path / "x.py").exists()


TABLES = [{"_id": "t-1", "name": "Customer"}]
BAD_ANSWERS = {
    "empty-tables": ({"/v1/api/custom-tables": b""}, 200, "GET /v1/api/custom-tables answered 200 with an empty body"),
    "object-tables": ({"/v1/api/custom-tables": {}}, 200, "GET /v1/api/custom-tables: expected a JSON list"),
    "html-tables": ({"/v1/api/custom-tables": b"<html>hi</html>"}, 200, "with a body that is not JSON"),
    "error-status": ({"/v1/api/custom-tables": {"message": "no"}}, 500, "GET /v1/api/custom-tables answered 500"),
    "unauthorised": ({"/v1/api/custom-tables": {"message": "no key"}}, 401, "answered 401"),
    "no-customer-table": ({"/v1/api/custom-tables": [{"_id": "t-2", "name": "Orders"}]}, 200, "0 custom tables"),
    "empty-fields": (
        {"/v1/api/custom-tables": TABLES, "/v1/api/custom-table-fields": b""},
        200,
        "GET /v1/api/custom-table-fields answered 200 with an empty body",
    ),
    "scalar-fields": (
        {"/v1/api/custom-tables": TABLES, "/v1/api/custom-table-fields": 7},
        200,
        "GET /v1/api/custom-table-fields: expected a JSON list",
    ),
    "bad-field": (
        {"/v1/api/custom-tables": TABLES, "/v1/api/custom-table-fields": ["tier"]},
        200,
        "field #0: expected an object",
    ),
}


@pytest.mark.parametrize(("routes", "status", "message"), BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_every_bad_api_answer_is_a_one_line_refusal(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    recording_server: LocalServer,
    monkeypatch: pytest.MonkeyPatch,
    routes: dict[str, Any],
    status: int,
    message: str,
) -> None:
    recording_server.routes = answers(routes, status)
    monkeypatch.setenv("FINALPOS_API_KEY", "test-key")
    out = tmp_path / "x.py"
    code, output = run_cli(capsys, "--from-api", "--base-url", recording_server.base_url, "--out", str(out))
    assert code == 1
    (line,) = output.strip().splitlines()
    assert line.startswith("customer-dto: ") and message in line, line
    assert not out.exists()


def test_make_customer_dto_from_api_against_make_mock_refuses_in_one_line(tmp_path: Path) -> None:
    """What a newcomer tries: `make mock`, then `make customer-dto FROM_API=1` against it. The mock answers
    the custom-table calls with no body (the spec documents none): a one-line refusal, no traceback."""
    prism = PrismServer().start()
    try:
        env = {**os.environ, "FINALPOS_API_KEY": "test-key"}
        done = make_customer_dto(f"OUT={tmp_path / 'x.py'}", "FROM_API=1", f"BASE_URL={prism.url}", env=env)
    finally:
        prism.stop()
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("customer-dto: ")]
    assert "empty body" in line and "STRUCTURE=" in line, done.stderr
    assert not (tmp_path / "x.py").exists()


def test_written_path_is_absolute_and_says_pydantic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`make` runs in this checkout, so the line names where the module really went, and what it needs."""
    out = tmp_path / "app" / "tenant_customer.py"
    code, output = run_cli(capsys, "--structure", str(STRUCTURE), "--out", str(out))
    assert code == 0, output
    assert f"wrote {out.resolve()} " in output and "pydantic" in output
