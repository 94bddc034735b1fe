"""lint: redocly with the committed rules; warnings reported, generation-breaking findings fatal."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import RegenError
from codegen.lint import lint, summarise


@pytest.fixture(scope="module")
def spec(committed_spec: bytes) -> dict[str, Any]:
    return json.loads(committed_spec)


def test_committed_spec_lints_clean(spec: dict[str, Any], tmp_path: Path) -> None:
    assert lint(spec, tmp_path) == ["lint: redocly lint found nothing"]
    assert list(tmp_path.iterdir()) == []  # the candidate copy is cleaned up


def test_warnings_are_summarised_per_rule_and_do_not_fail(spec: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(spec)
    create = doc["paths"]["/v1/api/customer"]["post"]
    del create["operationId"]  # normalise derives it
    create["responses"]["201"]["content"]["application/json"]["example"] = "not an object"
    doc["paths"]["/v1/api/customers"]["get"]["operationId"] = "list customers"  # not url-safe
    lines = lint(doc, tmp_path)
    assert lines[0].startswith("lint: 3 warning(s) from redocly lint (")
    for rule in ("no-invalid-media-type-examples 1", "operation-operationId 1", "operation-operationId-url-safe 1"):
        assert rule in lines[0]
    assert any(line.startswith("  operation-operationId at POST /v1/api/customer") for line in lines[1:])
    assert not any("Node.js" in line for line in lines)


def test_generation_breaking_findings_stop_the_run(spec: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(spec)
    doc["paths"]["/v1/api/customers"]["get"]["operationId"] = doc["paths"]["/v1/api/customer"]["post"]["operationId"]
    with pytest.raises(RegenError) as caught:
        lint(doc, tmp_path)
    assert caught.value.stage == "lint"
    assert caught.value.message.startswith("operation-operationId-unique at GET /v1/api/customers")
    assert "codegen/config/redocly.yaml" in caught.value.hint


def test_missing_redocly_names_make_setup(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDOCLY", str(tmp_path / "no-redocly"))
    with pytest.raises(RegenError, match=r"Redocly CLI not found at .*no-redocly; run `make setup`"):
        lint(spec, tmp_path)


def test_missing_node_names_make_setup(spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RegenError, match=r"`node` is not on PATH.*make setup"):
        lint(spec, tmp_path)


def _problem(rule: str, severity: str, pointer: str, message: str = "m") -> dict[str, Any]:
    return {"ruleId": rule, "severity": severity, "message": message, "location": [{"pointer": pointer}]}


def test_summary_lists_counts_then_the_first_three() -> None:
    problems = [_problem("spec-ref-siblings", "warn", f"#/components/schemas/S{i}/description") for i in range(4)]
    problems.append(_problem("no-invalid-schema-examples", "warn", "#/paths/~1v1~1x~1{id}/get/responses/200"))
    assert summarise(problems) == [
        "lint: 5 warning(s) from redocly lint (no-invalid-schema-examples 1, spec-ref-siblings 4)",
        "  spec-ref-siblings at components/schemas/S0/description: m",
        "  spec-ref-siblings at components/schemas/S1/description: m",
        "  spec-ref-siblings at components/schemas/S2/description: m",
        "  ... and 2 more",
    ]


def test_summary_raises_on_the_first_error_and_counts_the_rest() -> None:
    problems = [
        _problem("spec-ref-siblings", "warn", "#/x"),
        _problem("no-unresolved-refs", "error", "#/paths/~1a/get/responses/200", "Can't resolve $ref"),
        _problem("path-parameters-defined", "error", "#/paths/~1b~1{id}/get/parameters"),
    ]
    with pytest.raises(RegenError) as caught:
        summarise(problems)
    assert caught.value.message == "no-unresolved-refs at GET /a responses/200: Can't resolve $ref"
    # Every error is an item of the one stop (the pipeline lists them all under .regen/).
    assert len(caught.value.items) == 2 and caught.value.items[1].startswith("path-parameters-defined at ")
    assert "(+1 more)" in caught.value.one_line()


def test_a_linted_spec_is_not_linted_again_and_a_changed_one_is(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FORCE=1 regens of one spec reuse Redocly's problems kept in .regen/; any other spec is linted anew.
    warned = copy.deepcopy(spec)
    del warned["paths"]["/v1/api/customer"]["post"]["operationId"]
    broken = copy.deepcopy(spec)
    broken["paths"]["/v1/api/customer"]["post"]["operationId"] = "CustomersController_findAll"  # a duplicate
    cache = tmp_path / "checks"
    lines = lint(warned, tmp_path, cache)
    assert lines[0].startswith("lint: 1 warning(s) from redocly lint (operation-operationId 1)")

    def redocly_ran(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("redocly ran")

    monkeypatch.setattr("codegen.lint.start_beside_build", redocly_ran)
    assert lint(warned, tmp_path, cache) == lines
    with pytest.raises(AssertionError, match="redocly ran"):
        lint(broken, tmp_path, cache)
    monkeypatch.undo()
    with pytest.raises(RegenError, match="operation-operationId-unique"):
        lint(broken, tmp_path, cache)
    monkeypatch.setattr("codegen.lint.start_beside_build", redocly_ran)
    with pytest.raises(RegenError, match="operation-operationId-unique"):  # a kept stop still stops
        lint(broken, tmp_path, cache)
