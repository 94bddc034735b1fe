"""Normalising never costs an operation: for each construct openapi-python-client builds (a spec derived
from `openapi.json` by code, one pattern each, and all of them at once), the view we generate from builds
every operation the bare generator builds from the file as it is, with the same responses (typed where
the bare build types them), bodies and parameters."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.normalise import normalise
from codegen.spec import load_naming_config
from codegen.validate import validate_spec
from tests.pipeline import generator_patterns as patterns


def _ours(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    view, _ = normalise(spec, load_naming_config())
    return patterns.bare_build(view)


def _parity(spec: dict[str, Any]) -> None:
    bare, ours = patterns.bare_build(spec), _ours(spec)
    assert len(bare) == 48, "the bare generator builds every operation of the derived spec"
    missing = sorted(set(bare) - set(ours))
    assert missing == [], f"our view drops {missing}"
    worse = {
        op: (bare[op], ours[op])
        for op in bare
        if bare[op]["bodies"] != ours[op]["bodies"]
        or bare[op]["params"] != ours[op]["params"]
        or [status for status, _ in bare[op]["responses"]] != [status for status, _ in ours[op]["responses"]]
        or any(
            typed and not mine
            for (_, typed), (_, mine) in zip(bare[op]["responses"], ours[op]["responses"], strict=True)
        )
    }
    assert worse == {}


@pytest.mark.parametrize("name", sorted(patterns.PATTERNS))
def test_each_pattern_builds_every_operation_the_bare_generator_builds(name: str) -> None:
    spec = patterns.derived(patterns.PATTERNS[name])
    assert spec != patterns.committed(), "the pattern changed nothing"
    _parity(spec)


def test_all_patterns_at_once_build_every_operation_the_bare_generator_builds() -> None:
    _parity(patterns.derived(*patterns.PATTERNS.values()))


def test_the_schema_slips_the_generator_reads_are_findings_not_a_stop() -> None:
    findings = validate_spec(patterns.derived(patterns.const_property, patterns.misplaced_title))
    assert len(findings) == 2, findings
    assert any("'title' was unexpected" in f and "PUT /v1/api/station/{id}" in f for f in findings)
    assert any("GET /v1/api/station/{id} responses/200" in f and "const, an OpenAPI 3.1 keyword" in f for f in findings)
    assert validate_spec(patterns.committed()) == []


@pytest.mark.parametrize("pattern", [patterns.refs_in_bodies, patterns.refs_in_parameters, patterns.refs_in_responses])
def test_refs_to_bodies_parameters_and_responses_change_no_name(pattern: Any) -> None:
    """A `$ref` to `components/requestBodies`, `parameters` or `responses` is how the file is written,
    not what it says: the view's models are the ones the committed spec gives, by the same names."""
    naming = load_naming_config()
    committed, _ = normalise(patterns.committed(), naming)
    view, _ = normalise(patterns.derived(pattern), naming)
    assert sorted(view["components"]["schemas"]) == sorted(committed["components"]["schemas"])
    assert view["paths"] == committed["paths"]


def test_a_spec_without_a_server_is_no_stop_and_the_client_asks_for_base_url(tmp_path: Any) -> None:
    import importlib.util

    from codegen.settings_module import write_settings_module
    from codegen.spec_settings import read_environments

    spec = patterns.derived(lambda doc: doc.pop("servers", None))
    environments, default, notes = read_environments(spec)
    assert (environments, default) == ({}, "")
    assert any("needs base_url= or FINALPOS_BASE_URL" in note for note in notes)
    write_settings_module(spec, tmp_path)
    module_spec = importlib.util.spec_from_file_location("spec_settings", tmp_path / "_spec_settings.py")
    assert module_spec is not None and module_spec.loader is not None
    settings = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(settings)
    assert settings.ENVIRONMENTS == {} and settings.Environment is str
