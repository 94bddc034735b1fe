"""What regen says when it stops: one line a person can act on, bounded, and true.

Each case runs the real CLI (`python -m codegen --root TMP regen`) on a temporary copy of the project.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from codegen.errors import RegenError
from codegen.validate import validate_spec
from codegen.workspace import Workspace
from tests.local_server import LocalServer, Route, closed_port
from tests.pipeline.conftest import RunRegen, disk_state

NOT_CHANGED = "(openapi.json and generated/ were not changed)"


def only_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_an_explicit_spec_url_nobody_answers_is_an_error_not_up_to_date(
    workspace: Workspace, run_regen: RunRegen
) -> None:
    before = disk_state(workspace)
    url = f"http://127.0.0.1:{closed_port()}/openapi.json"  # a mistyped port

    run = run_regen(workspace, url)

    assert run.code == 1, run
    line = only_line(run.err)
    assert line.startswith(f"regen stopped at fetch: cannot reach {url} ("), line
    assert "check the host and port in SPEC_URL" in line
    assert "up to date" not in run.out
    assert disk_state(workspace) == before


def test_with_strict_fetch_the_message_does_not_ask_for_strict_fetch(workspace: Workspace, run_regen: RunRegen) -> None:
    url = f"http://127.0.0.1:{closed_port()}/openapi.json"
    run = run_regen(workspace, url, env={"STRICT_FETCH": "1"})

    assert run.code == 1, run
    line = only_line(run.err)
    assert line.startswith("regen stopped at fetch: cannot reach")
    assert "set STRICT_FETCH=1" not in line and "to make this fatal" not in line
    assert "STRICT_FETCH=1 is set" in line


def test_the_validators_reason_is_a_bounded_line_cut_at_a_word(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    broken: dict[str, Any] = json.loads(committed_spec)
    del broken["paths"]["/v1/api/customer"]["post"]["responses"]["201"]["description"]
    url = spec_server.add("/openapi.json", Route(body=json.dumps(broken).encode()))

    run = run_regen(workspace, url)

    assert run.code == 1, run
    line = only_line(run.err)
    reason = line.removeprefix("regen stopped at validate: invalid OpenAPI 3.0.3: ").removesuffix(f" {NOT_CHANGED}")
    assert reason != line
    # The quoted response object is abbreviated, not dumped and cut off mid-word.
    assert reason == (
        "{...} is not valid under any of the schemas listed in the 'oneOf' keyword at POST /v1/api/customer "
        "responses/201"
    )


def test_a_long_validator_reason_is_cut_at_a_word_with_an_ellipsis(committed_spec: bytes) -> None:
    spec: dict[str, Any] = json.loads(committed_spec)
    prose = "the vendor wrote prose here instead of a response object, " * 8
    spec["paths"]["/v1/api/customer"]["post"]["responses"]["201"] = prose
    with pytest.raises(RegenError) as caught:
        validate_spec(spec)
    reason, where = caught.value.message.removeprefix("invalid OpenAPI 3.0.3: ").rsplit(" at ", 1)
    assert where == "POST /v1/api/customer responses/201"
    assert len(reason) <= 200 and reason.endswith("...")
    cut = reason.removesuffix("...").split()[-1]
    assert cut in prose.split(), f"cut mid-word: {cut!r}"


def test_the_gate_line_lists_the_count_the_first_items_and_a_file_with_all_of_them(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    bumped: dict[str, Any] = json.loads(committed_spec)
    removed = sorted(p for p in bumped["paths"] if "custom-table" in p or "zapier" in p or "refund" in p)
    assert len(removed) >= 6
    for path in removed:
        del bumped["paths"][path]
    bumped["info"]["version"] = "2.0.0"
    url = spec_server.add("/openapi.json", Route(body=json.dumps(bumped).encode()))
    before = disk_state(workspace)

    run = run_regen(workspace, url)

    assert run.code == 1, run
    line = only_line(run.err)
    count = int(re.match(r"regen stopped at gate: (\d+) breaking change\(s\)", line).group(1))  # type: ignore[union-attr]
    assert count > 5
    assert f"; and {count - 5} more (full report: " in line
    assert len(line) < 1400, len(line)
    pending = re.search(r"\(full report: ([^)]+)\)", line).group(1)  # type: ignore[union-attr]
    assert pending.endswith(".regen/pending-changes.md")
    report = (workspace.root / ".regen" / "pending-changes.md").read_text()
    breaking = report.split("Breaking:\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(breaking) == count and all(item.startswith("- ") for item in breaking)
    assert sum(1 for item in breaking if "operation removed" in item) >= len(removed)
    # The console points at the same file, never at a CHANGELOG.md that was not written.
    assert "all listed in CHANGELOG.md" not in run.out
    assert f"more (all listed in {pending})" in run.out
    assert not (workspace.root / "CHANGELOG.md").exists()
    assert disk_state(workspace) == before


def test_only_an_older_pep440_api_version_counts_as_going_backwards() -> None:
    from codegen.changes import ChangeReport, check_version_order

    def flagged(old: str, new: str) -> bool:
        report = ChangeReport(old_version=old, new_version=new)
        check_version_order(report, "1.2.4.post1", new)
        return any(c.kind == "package version went backwards" and c.breaking for c in report.changes)

    assert flagged("1.2.4", "1.0.0")
    assert not flagged("1.2.4", "1.2.5") and not flagged("1.2.4", "1.2.4")
    assert not flagged("1.2.4", "1.2.5-reliability")  # no order to judge: packaged as 0+1.2.5.reliability


def test_a_drift_stop_with_a_long_report_points_at_a_file_that_holds_it(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    from tests.changes.bump_specs import add_optional_customer_response_field

    bumped: dict[str, Any] = json.loads(committed_spec)
    add_optional_customer_response_field(bumped)  # drift under customer-dynamic-fields
    template = bumped["paths"]["/v1/api/products"]
    for n in range(30):  # 30 operations added: more items than one screen shows
        bumped["paths"][f"/v1/api/extra-{n}"] = {
            "get": {**template["get"], "operationId": f"Extra{n}Controller_findAll", "tags": [f"Extra{n}"]}
        }
    url = spec_server.add("/openapi.json", Route(body=json.dumps(bumped).encode()))
    before = disk_state(workspace)

    run = run_regen(workspace, url)

    assert run.code == 1, run
    assert only_line(run.err).startswith("regen stopped at overlay: ")
    assert "all listed in CHANGELOG.md" not in run.out
    assert "more (all listed in .regen/pending-changes.md)" in run.out, run.out
    report = (workspace.root / ".regen" / "pending-changes.md").read_text()
    assert "Extra29Controller_findAll" in report and "loyaltyPoints" in report
    assert disk_state(workspace) == before
