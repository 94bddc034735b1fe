"""Schema slips the generator reads are findings, not a stop; STRICT_SPEC=1 refuses them; every stop with
several items lists them all under `.regen/`. Each case pulls a spec derived from `openapi.json`
by code through the real CLI, as `SPEC_URL=... make regen` does."""

from __future__ import annotations

import json

from codegen.workspace import Workspace
from tests.local_server import LocalServer, Route
from tests.pipeline import generator_patterns as patterns
from tests.pipeline.conftest import RunRegen, disk_state

SLIPS = (patterns.const_property, patterns.misplaced_title)


def _serve(spec_server: LocalServer, *slips: object) -> str:
    return spec_server.add("/openapi.json", Route(body=json.dumps(patterns.derived(*slips)).encode()))  # type: ignore[arg-type]


def test_strict_spec_refuses_in_one_line_naming_the_file_that_lists_every_finding(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer
) -> None:
    before = disk_state(workspace)

    run = run_regen(workspace, _serve(spec_server, *SLIPS), env={"STRICT_SPEC": "1"})

    assert run.code == 1, run
    line = run.err.strip()
    assert line.startswith("regen stopped at validate: invalid OpenAPI 3.0.3: "), line
    assert "(+1 more, all 2 listed in .regen/stopped-validate.txt)" in line
    assert "STRICT_SPEC=1 is set" in line
    listed = (workspace.scratch_dir / "stopped-validate.txt").read_text().splitlines()
    assert len(listed) == 2 and any("'title' was unexpected" in item for item in listed)
    assert disk_state(workspace) == before


def test_the_slips_are_findings_in_the_report_and_in_regen_and_the_regen_goes_on(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer
) -> None:
    url = _serve(spec_server, *SLIPS)
    run = run_regen(workspace, url)
    # The new `const` property is an optional field added (a one-value enum): not breaking, so no gate.

    assert run.code == 0, run
    assert "validate: 2 finding(s) the generator tolerates, listed in .regen/spec-findings.txt" in run.out
    listed = (workspace.scratch_dir / "spec-findings.txt").read_text().splitlines()
    assert [f"  {item}" for item in listed] == [line for line in run.out.splitlines() if line.strip() in listed], (
        "the report lists every finding the file keeps"
    )
    assert any("PUT /v1/api/station/{id}" in item for item in listed)
    assert (workspace.root / "generated" / "finalpos").is_dir()
