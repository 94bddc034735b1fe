"""validate: what is refused, with a message naming what arrived; what is accepted."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.errors import RegenError
from codegen.pull import canonical_json
from codegen.validate import parse_document, validate_spec

MINIMAL_31 = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": ["string", "null"]}}},
                    }
                },
            }
        }
    },
}


def _parse_and_validate(body: bytes, content_type: str | None = None) -> dict[str, Any]:
    """What regen does with a pulled body: parse it (`pull`), then validate the document."""
    document = parse_document(body, content_type)
    validate_spec(document)
    return document


@pytest.fixture(scope="module")
def spec(committed_spec: bytes) -> dict[str, Any]:
    return json.loads(committed_spec)


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (
            b"<!DOCTYPE html><html><head><title>Sign in</title>",
            "text/html",
            r"got an HTML page \(Content-Type text/html\)",
        ),
        (
            b"\n  <html><body>Down for maintenance</body></html>",
            None,
            r"got an HTML page.*starts '<html><body>Down for",
        ),
        (b"<?xml version='1.0'?><spec/>", "application/xml", "got XML or other markup"),
        (b"", "application/json", "the spec body is empty"),
        (b"  \n\t", None, "the spec body is empty"),
        (
            b'{"openapi": "3.0.3", "info": {"title": "Final',
            None,
            r"not valid JSON \(.*line 1 column \d+; truncated download\?\)",
        ),
        (b"openapi: 3.0.3\ninfo: [unclosed\n", None, "neither JSON nor valid YAML at line"),
        (b"Service Unavailable", "text/plain", "got plain text, not a JSON or YAML document .*'Service Unavailable'"),
        (b"[1, 2, 3]", None, "the spec is a JSON/YAML list, not an object"),
        (b"\xff\xfe{}", None, "not UTF-8 text"),
    ],
)
def test_unparseable_bodies_are_refused_naming_what_arrived(
    body: bytes, content_type: str | None, expected: str
) -> None:
    with pytest.raises(RegenError, match=expected) as caught:
        parse_document(body, content_type)
    assert caught.value.stage == "validate"


def test_json_that_is_not_openapi_is_refused_listing_its_keys() -> None:
    with pytest.raises(RegenError, match=r"no 'openapi' version field \(top-level keys: data, total\)"):
        _parse_and_validate(b'{"data": [], "total": 0}')


def test_swagger_2_is_refused_by_name() -> None:
    body = b'{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}'
    with pytest.raises(RegenError, match=r"got Swagger 2.0 \(OpenAPI 2.0\); only OpenAPI 3.0 and 3.1"):
        _parse_and_validate(body)


@pytest.mark.parametrize(
    ("version", "expected"),
    [("2.9.9", "OpenAPI 2.9.9 is not supported"), ("4.0.0", "OpenAPI 4.0.0 is not supported")],
)
def test_other_openapi_versions_are_refused(version: str, expected: str) -> None:
    with pytest.raises(RegenError, match=expected):
        validate_spec({**MINIMAL_31, "openapi": version})


def test_unquoted_yaml_version_number_is_named() -> None:
    with pytest.raises(RegenError, match="'openapi' is the number 3.0, not a version string"):
        _parse_and_validate(b"openapi: 3.0\ninfo: {title: t, version: '1'}\npaths: {}\n")


def test_openapi_without_paths_is_refused() -> None:
    with pytest.raises(RegenError, match="has no paths"):
        validate_spec({**MINIMAL_31, "paths": {}})


def test_openapi_30_invalid_per_validator_names_the_place(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    broken["paths"]["/v1/api/customer"]["post"]["responses"]["201"] = {"content": {}}  # no description
    with pytest.raises(RegenError, match=r"invalid OpenAPI 3.0.3: .* at POST /v1/api/customer responses/201"):
        validate_spec(broken)


def test_unresolvable_ref_is_refused_without_dumping_the_document(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    response = broken["paths"]["/v1/api/customer"]["post"]["responses"]["201"]
    response["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Nowhere"}
    with pytest.raises(RegenError) as caught:
        validate_spec(broken)
    assert caught.value.message == "invalid OpenAPI 3.0.3: '/components/schemas/Nowhere' does not exist"


def test_the_committed_openapi_30_spec_is_accepted(committed_spec: bytes) -> None:
    document = _parse_and_validate(committed_spec, "application/json")
    assert document["openapi"].startswith("3.0.") and len(document["paths"]) > 10


def test_openapi_31_is_accepted() -> None:
    assert _parse_and_validate(json.dumps(MINIMAL_31).encode()) == MINIMAL_31


def test_yaml_is_accepted_and_stored_as_the_same_canonical_json(committed_spec: bytes) -> None:
    as_yaml = yaml.safe_dump(json.loads(committed_spec), sort_keys=False, allow_unicode=True).encode()
    document = _parse_and_validate(as_yaml, "application/yaml")
    assert canonical_json(document) == committed_spec


def test_html_content_type_on_a_json_body_is_not_held_against_it() -> None:
    assert parse_document(json.dumps(MINIMAL_31).encode(), "text/html") == MINIMAL_31


def test_a_validated_spec_is_not_validated_again_and_a_changed_one_is(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FORCE=1 regens of one spec reuse the verdict kept in .regen/; any other spec is validated anew.
    slip = copy.deepcopy(spec)
    slip["paths"]["/v1/api/customer"]["post"]["title"] = "Create a customer"  # a finding, not a stop
    cache = tmp_path / "checks"
    findings = validate_spec(slip, cache_dir=cache)
    assert len(findings) == 1 and "'title' was unexpected" in findings[0]

    def validator_ran(*args: Any) -> list[str]:
        raise AssertionError("the validator ran")

    monkeypatch.setattr("codegen.validate._validator_reasons", validator_ran)
    assert validate_spec(slip, cache_dir=cache) == findings
    with pytest.raises(RegenError, match="'title' was unexpected"):
        validate_spec(slip, strict=True, cache_dir=cache)  # STRICT_SPEC=1 still refuses the kept findings
    with pytest.raises(AssertionError, match="the validator ran"):
        validate_spec(spec, cache_dir=cache)
