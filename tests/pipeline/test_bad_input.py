"""The bad-input suite: each case runs the real pipeline on a temporary copy of the project and checks
the exit code, ONE line on stderr naming the cause, and that `openapi.json`, its record and
`generated/` are byte-identical afterwards.

Most cases stop at fetch or validate, before any generation, so they are cheap. Offline (nothing
answered) is not a refusal: regen goes on with the committed snapshot, unless STRICT_FETCH=1.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from codegen.record import read_record, write_record
from codegen.workspace import Workspace
from tests.local_server import LocalServer, Route, closed_port, serve
from tests.pipeline.conftest import CliRun, RunRegen, disk_state, run_regen_subprocess

NOT_CHANGED = "(openapi.json and generated/ were not changed)"


def assert_refused(run: CliRun, stage: str, *cause: str) -> None:
    assert run.code == 1, run
    assert len(run.err_lines) == 1, run.err
    line = run.err_lines[0]
    assert line.startswith(f"regen stopped at {stage}: ") and line.endswith(NOT_CHANGED), line
    for fragment in cause:
        assert fragment in line, line
    assert run.out_lines == [], run.out


def assert_offline_fallback(run: CliRun, url: str) -> None:
    assert run.code == 0, run
    assert run.err == ""
    offline = [line for line in run.out_lines if line.startswith("fetch: offline")]
    assert len(offline) == 1 and f"cannot reach {url}" in offline[0], run.out
    assert "continuing with the committed openapi.json" in offline[0]
    assert any(line.startswith("up to date: ") for line in run.out_lines), run.out


def pulled_from(ws: Workspace, url: str) -> None:
    """The committed snapshot came from `url` (the only non-default URL the offline fallback serves)."""
    record = read_record(ws.record_path)
    write_record(ws.record_path, replace(record, source_url=url))


# --- nothing answered: fall back, or refuse with STRICT_FETCH=1 -----------------------------------


def test_connection_refused_falls_back_to_the_snapshot(workspace: Workspace, run_regen: RunRegen) -> None:
    url = f"http://127.0.0.1:{closed_port()}/openapi.json"
    pulled_from(workspace, url)
    before = disk_state(workspace)
    assert_offline_fallback(run_regen(workspace, url), url)
    assert disk_state(workspace) == before


def test_connection_refused_with_strict_fetch_is_refused(workspace: Workspace, run_regen: RunRegen) -> None:
    url = f"http://127.0.0.1:{closed_port()}/openapi.json"
    pulled_from(workspace, url)
    before = disk_state(workspace)
    assert_refused(run_regen(workspace, url, env={"STRICT_FETCH": "1"}), "fetch", f"cannot reach {url}", "STRICT_FETCH")
    assert disk_state(workspace) == before


def test_server_down_falls_back_to_the_snapshot(workspace: Workspace, run_regen: RunRegen) -> None:
    with serve() as server:  # it was up once; now it is gone
        url = server.url("/openapi.json")
    pulled_from(workspace, url)
    before = disk_state(workspace)
    assert_offline_fallback(run_regen(workspace, url), url)
    assert disk_state(workspace) == before


def test_name_resolution_failure_falls_back_as_a_real_command(workspace: Workspace) -> None:
    url = "http://nonexistent.invalid/openapi.json"
    pulled_from(workspace, url)
    before = disk_state(workspace)
    assert_offline_fallback(run_regen_subprocess(workspace, url), url)
    strict = run_regen_subprocess(workspace, url, env={"STRICT_FETCH": "1"})
    assert_refused(strict, "fetch", f"cannot reach {url}")
    assert disk_state(workspace) == before


# --- something answered, badly: refuse ---------------------------------------------------------


@pytest.mark.parametrize(
    ("route", "cause"),
    [
        (Route(status=404, body=b"not here"), "answered HTTP 404 Not Found"),
        (Route(status=500, body=b"boom"), "answered HTTP 500 Internal Server Error"),
        (Route(status=503, body=b"down for maintenance"), "answered HTTP 503 Service Unavailable"),
        (Route(drop=True), "failed (Server disconnected without sending a response.)"),
        (Route(body=b'{"openapi": "3.0.3"}' * 50, truncate_to=100), "failed (peer closed connection"),
        (Route(body=b'{"openapi": "3.0.3"}', delay_s=5), "accepted the connection but sent nothing for 0.5s"),
    ],
    ids=["404", "500", "503", "dropped-connection", "truncated-transfer", "slow-server"],
)
def test_server_answering_badly_is_refused(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, route: Route, cause: str
) -> None:
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", route)
    assert_refused(run_regen(workspace, url, env={"FETCH_TIMEOUT": "0.5"}), "fetch", url, cause)
    assert disk_state(workspace) == before


def test_body_over_the_size_cap_is_refused(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=committed_spec))
    run = run_regen(workspace, url, env={"FETCH_MAX_BYTES": "4096"})
    assert_refused(run, "fetch", f"announces {len(committed_spec)} bytes, over the 4096-byte cap")
    assert disk_state(workspace) == before


@pytest.mark.parametrize(
    ("body", "content_type", "cause"),
    [
        (b"<!doctype html><html><body>Welcome to our docs</body></html>", "text/html", "got an HTML page"),
        (b"", "application/json", "the spec body is empty"),
        (b'{"openapi": "3.0.3", "info": {"title": "Final POS API", "vers', "application/json", "not valid JSON"),
        (
            b'{"customers": [], "total": 0}',
            "application/json",
            "no 'openapi' version field (top-level keys: customers, total)",
        ),
        (
            b'{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}',
            "application/json",
            "got Swagger 2.0",
        ),
        (
            b'{"openapi": "3.0.3", "info": {"title": "t"}, "paths": {"/a": {"get": {"responses": {}}}}}',
            "application/json",
            'invalid OpenAPI 3.0.3: "version" is a required property at info',
        ),
    ],
    ids=["html", "empty", "truncated-json", "json-not-openapi", "swagger-2", "openapi-invalid"],
)
def test_bad_document_is_refused(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, body: bytes, content_type: str, cause: str
) -> None:
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=body, headers={"Content-Type": content_type}))
    assert_refused(run_regen(workspace, url), "validate", cause)
    assert disk_state(workspace) == before


def test_bad_document_is_refused_as_a_real_command(workspace: Workspace, spec_server: LocalServer) -> None:
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=b'{"swagger": "2.0", "paths": {}}'))
    assert_refused(run_regen_subprocess(workspace, url), "validate", "got Swagger 2.0")
    assert disk_state(workspace) == before


# --- the spec is fine for the validator, but not for the generator or its tools ------------------


def test_operation_the_generator_cannot_parse_fails_naming_the_endpoint(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    # openapi-python-client 0.29.1 skips an endpoint with an object-typed header parameter, with a warning.
    spec = json.loads(committed_spec)
    spec["paths"]["/v1/api/customer"]["post"].setdefault("parameters", []).append(
        {"name": "X-Trace", "in": "header", "schema": {"type": "object", "properties": {"id": {"type": "string"}}}}
    )
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=json.dumps(spec).encode()))
    run = run_regen(workspace, url)
    assert_refused(run, "generate", "POST /v1/api/customer", "Endpoint will not be generated", "not allowed in header")
    assert disk_state(workspace) == before


def test_generator_crash_is_one_line(
    workspace: Workspace,
    run_regen: RunRegen,
    monkeypatch: pytest.MonkeyPatch,
    committed_spec: bytes,
    spec_server: LocalServer,
) -> None:
    from openapi_python_client.parser import GeneratorData

    def crash(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(GeneratorData, "from_dict", crash)
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=committed_spec))
    run = run_regen(workspace, url, "--force")
    assert_refused(run, "generate", "openapi-python-client crashed", "RecursionError: maximum recursion depth exceeded")
    assert disk_state(workspace) == before


def test_ruff_missing_is_detected(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=committed_spec))
    run = run_regen(workspace, url, "--force", env={"RUFF": "/nonexistent/ruff"})
    assert_refused(run, "generate", "ruff not found at /nonexistent/ruff", "make setup")
    assert disk_state(workspace) == before


def test_generation_breaking_lint_finding_is_refused(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    # A $ref sibling pointing nowhere inside an example is not the validator's business, but is lint's.
    spec = copy.deepcopy(json.loads(committed_spec))
    spec["paths"]["/v1/api/customer"]["post"]["x-code-samples"] = {"$ref": "#/components/examples/Nowhere"}
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=json.dumps(spec).encode()))
    run = run_regen(workspace, url)
    assert_refused(run, "lint", "no-unresolved-refs at POST /v1/api/customer x-code-samples")
    assert disk_state(workspace) == before
