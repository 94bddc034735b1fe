"""Validation and lint run beside the build (`spec_checks.py`), yet stop a regen as they did when validation
ran first: one line, validation's when it refuses whatever else failed, and nothing changed on disk.
And verify's mypy cache, started from the environment's seed (`mypy_seed.py`), still catches what it must."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import codegen.pipeline
import codegen.validate
from codegen.errors import RegenError
from codegen.mypy_seed import make_seed
from codegen.validate import ValidationJob, validate_spec
from codegen.verify import verify
from codegen.workspace import Workspace
from tests.local_server import LocalServer, Route
from tests.pipeline import generator_patterns as patterns
from tests.pipeline.conftest import RunRegen, disk_state
from tests.pipeline.test_bad_input import assert_refused


def _with_dangling_response_ref(committed_spec: bytes) -> dict[str, Any]:
    """The committed spec with one response schema pointing at a component that does not exist:
    the validator refuses it, Redocly errs on it and the generator cannot build it."""
    spec = copy.deepcopy(json.loads(committed_spec))
    responses = spec["paths"]["/v1/api/customer"]["post"]["responses"]
    content = next(r["content"] for r in responses.values() if "content" in r)
    next(iter(content.values()))["schema"] = {"$ref": "#/components/schemas/Nowhere"}
    return spec


def test_a_spec_refused_by_validation_stops_with_its_line_though_the_build_beside_it_broke_too(
    workspace: Workspace,
    run_regen: RunRegen,
    spec_server: LocalServer,
    committed_spec: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builds: list[BaseException | None] = []
    real_build = codegen.pipeline._build

    def watched_build(*args: Any, **kwargs: Any) -> Any:
        try:
            result = real_build(*args, **kwargs)
        except BaseException as exc:
            builds.append(exc)
            raise
        builds.append(None)
        return result

    monkeypatch.setattr(codegen.pipeline, "_build", watched_build)
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=json.dumps(_with_dangling_response_ref(committed_spec)).encode()))
    run = run_regen(workspace, url)
    assert_refused(run, "validate", "invalid OpenAPI", "Nowhere", "does not exist")
    assert disk_state(workspace) == before
    # The build did run beside validation, and broke on the dangling $ref its own way (today a KeyError in the
    # spec overrides, a crash the user must never see as such).
    assert len(builds) == 1 and builds[0] is not None, builds
    assert not (isinstance(builds[0], RegenError) and builds[0].stage == "validate"), builds


def test_a_validator_that_dies_stops_the_regen_in_one_line(
    workspace: Workspace,
    run_regen: RunRegen,
    spec_server: LocalServer,
    committed_spec: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(codegen.validate, "_WORKER", "import sys; sys.exit('validator ran out of memory')")
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=committed_spec))
    run = run_regen(workspace, url, "--force")  # a fresh workspace: no verdict kept, so the child runs
    assert_refused(run, "validate", "openapi-spec-validator gave no verdict (validator ran out of memory)")
    assert disk_state(workspace) == before


def _processes_reading(path: Path) -> list[int]:
    """Live processes whose command line names `path` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(path).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs Linux /proc")
def test_an_interrupted_build_leaves_no_validator_behind(
    workspace: Workspace,
    run_regen: RunRegen,
    spec_server: LocalServer,
    committed_spec: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(codegen.pipeline, "_build", interrupted)
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=committed_spec))
    run = run_regen(workspace, url, "--force")
    assert run.code == 130 and "were not changed" in run.err, run
    assert disk_state(workspace) == before
    validate_input = workspace.scratch_dir / "validate" / "validate-input.json"
    assert not validate_input.exists()
    assert _processes_reading(validate_input) == [] and os.getpid() not in _processes_reading(validate_input)


def test_the_job_gives_validate_spec_s_findings_and_refusals_word_for_word(
    tmp_path: Path, committed_spec: bytes
) -> None:
    slip = patterns.derived(patterns.const_property, patterns.misplaced_title)  # slips the generator reads
    assert ValidationJob(slip, tmp_path / "work").result() == validate_spec(slip) != []
    with pytest.raises(RegenError) as job_refusal:
        ValidationJob(slip, tmp_path / "work").result(strict=True)
    with pytest.raises(RegenError) as direct_refusal:
        validate_spec(slip, strict=True)
    assert job_refusal.value.one_line() == direct_refusal.value.one_line()
    refused = _with_dangling_response_ref(committed_spec)
    with pytest.raises(RegenError) as job_refusal:
        ValidationJob(refused, tmp_path / "work").result()
    with pytest.raises(RegenError) as direct_refusal:
        validate_spec(refused)
    assert job_refusal.value.one_line() == direct_refusal.value.one_line()
    assert not (tmp_path / "work" / "validate-input.json").exists()


def test_a_kept_verdict_starts_no_validator(
    tmp_path: Path, committed_spec: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = json.loads(committed_spec)
    cache = tmp_path / "checks"
    assert ValidationJob(spec, tmp_path / "work", cache).result() == []
    monkeypatch.setattr(codegen.validate, "_WORKER", "import sys; sys.exit('the validator ran again')")
    assert ValidationJob(spec, tmp_path / "work", cache).result() == []


def test_a_cache_started_from_the_seed_still_catches_a_type_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "stage" / "tinypkg"
    for sub in ("models", "resources"):
        (package / sub).mkdir(parents=True)
        (package / sub / "__init__.py").write_text("")
    (package / "__init__.py").write_text(
        'import httpx\n\n__version__ = "1.0"\n\n\ndef host() -> int:\n    return httpx.URL("http://x").host\n'
    )
    seed = tmp_path / "seed"
    make_seed(package, seed)
    (seed / "seeded-from").write_text("this seed")
    monkeypatch.setattr("codegen.mypy_seed.SEED_DIR", seed)
    cache = tmp_path / "mypy-cache"
    with pytest.raises(RegenError, match=r"mypy --strict failed .*Incompatible return value type"):
        verify(tmp_path / "stage", "tinypkg", cache)
    assert (cache / "seeded-from").read_text() == "this seed"


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="needs POSIX priorities")
def test_the_checks_beside_the_build_run_at_a_lower_cpu_priority() -> None:
    from codegen.background import NICENESS, start_beside_build

    child = start_beside_build([sys.executable, "-c", "import os; print(os.nice(0))"], stdout=subprocess.PIPE)
    out, _ = child.communicate(timeout=60)
    assert int(out) == min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS)


def test_on_a_bump_the_change_report_runs_beside_the_checks_and_their_stop_still_wins(
    workspace: Workspace,
    run_regen: RunRegen,
    spec_server: LocalServer,
    committed_spec: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The verdicts are collected after the change report (a bump's warm build outruns them): a report
    step broken by the spec still gives validation's line, and nothing of the report is printed."""
    refusal = {"reasons": ["'paths' is broken at paths"], "generator_reads": False}
    monkeypatch.setattr(codegen.validate, "_WORKER", f"print({json.dumps(json.dumps(refusal))})")

    def report_broken_by_the_spec(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("Nowhere")

    monkeypatch.setattr(codegen.pipeline, "_compare", report_broken_by_the_spec)
    bump = json.loads(committed_spec)
    bump["info"]["description"] = "A bump: the change report runs."
    before = disk_state(workspace)
    url = spec_server.add("/openapi.json", Route(body=json.dumps(bump).encode()))
    assert_refused(run_regen(workspace, url), "validate", "invalid OpenAPI 3.0.3: 'paths' is broken at paths")
    assert disk_state(workspace) == before
