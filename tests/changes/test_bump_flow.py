"""Bumps a user meets, followed the way a user would: run regen, then do only what it printed.

Each test pulls a spec derived from `openapi.json` (`bump_specs.py`, `specs.py`) into a temporary copy
of the project that has its own `overrides/` (so `codegen overrides --accept` writes there, not into
this checkout), and acts on the command regen's last line names.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from . import bump_specs, specs
from .conftest import Project, SpecServer
from .specs import REPO_ROOT


@pytest.fixture
def flow_project(project: Project) -> Project:
    shutil.copytree(REPO_ROOT / "overrides", project.root / "overrides")
    return project


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert lines, "regen printed nothing on stderr"
    return lines[-1]


def run_printed_command(project: Project, line: str) -> subprocess.CompletedProcess[str]:
    """Run the `.venv/bin/python -m codegen ...` command a refusal names (in this project's root)."""
    commands = re.findall(r"`\.venv/bin/python -m codegen ([^`]+)`", line)
    assert len(commands) == 1, line
    return subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(project.root), *commands[0].split()],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def lock_text(project: Project) -> str:
    return (project.root / "overrides" / "overrides.lock.json").read_text()


def test_drift_on_a_new_customer_field_is_accepted_with_the_printed_command(
    flow_project: Project, spec_server: SpecServer
) -> None:
    pulled = specs.derived(bump_specs.add_optional_customer_response_field, version="1.2.5")
    url = spec_server.serve(pulled)

    stopped = flow_project.regen(url)
    assert stopped.code == 1
    line = last_line(stopped.stderr)
    assert line.startswith("regen stopped at overlay: override customer-dynamic-fields"), line
    assert "+loyaltyPoints:integer?" in line
    assert "kept in .regen/pulled-openapi.json" in line
    assert (flow_project.root / ".regen" / "pulled-openapi.json").is_file()
    assert "run the same `make regen` again" in line

    accepted = run_printed_command(flow_project, line)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "spec regen pulled and stopped on" in accepted.stdout and "(API 1.2.5)" in accepted.stdout
    assert '"loyaltyPoints": "integer?"' in lock_text(flow_project)

    again = flow_project.regen(url)  # the same SPEC_URL
    assert again.code == 0, again.stderr
    assert "ok       Customer.loyaltyPoints (response): field added (optional) (integer)" in again.stdout
    assert flow_project.versions()["__api_version__"] == "1.2.5"
    customer = (flow_project.root / "generated" / "finalpos" / "models" / "customer.py").read_text()
    assert "loyalty_points" in customer
    assert not (flow_project.root / ".regen" / "pulled-openapi.json").exists(), "kept after it was adopted"


def test_every_drifted_override_is_named_at_once(flow_project: Project, spec_server: SpecServer) -> None:
    def rename_envelope_field(doc: dict) -> None:
        for item in doc["paths"].values():
            for response in (item.get("delete") or {}).get("responses", {}).values():
                props = (response.get("content") or {}).get("application/json", {}).get("schema", {}).get("properties")
                if props and "statusCode" in props:
                    props["code"] = props.pop("statusCode")

    pulled = specs.derived(bump_specs.add_optional_customer_response_field, rename_envelope_field, version="1.2.5")
    stopped = flow_project.regen(spec_server.serve(pulled))

    assert stopped.code == 1
    line = last_line(stopped.stderr)
    assert line.startswith("regen stopped at overlay: 2 overrides drifted: "), line
    assert "override customer-dynamic-fields: the spec moved under it" in line
    assert "override delete-envelope matched nothing" in line


def test_an_override_the_vendor_made_redundant_is_a_note_not_a_stop(
    flow_project: Project, spec_server: SpecServer
) -> None:
    pulled = specs.derived(bump_specs.delete_envelope_status_code_integer, version="1.2.5")
    lock_before = lock_text(flow_project)

    run = flow_project.regen(spec_server.serve(pulled))

    assert run.code == 0, run.stderr
    assert "override delete-envelope is now redundant" in run.stdout and "retire it" in run.stdout
    # The build already made statusCode an integer, so the report (the same view) sees no change there.
    assert "DeleteResponse.statusCode" not in run.stdout
    assert "0 breaking" in run.stdout
    assert lock_text(flow_project) == lock_before
    model = (flow_project.root / "generated" / "finalpos" / "models" / "delete_response.py").read_text()
    assert "status_code: int" in model


def follow_the_gate(project: Project, url: str) -> tuple[str, str]:
    """Regen stops at the gate; do what its line says (`ALLOW_BREAKING=1 make regen`). Both outputs."""
    blocked = project.regen(url)
    assert blocked.code == 1, blocked.stdout
    line = last_line(blocked.stderr)
    assert line.startswith("regen stopped at gate: ") and "accept with ALLOW_BREAKING=1 make regen" in line, line
    accepted = project.regen(url, ALLOW_BREAKING="1")
    assert accepted.code == 0, accepted.stderr
    return line, accepted.stdout


def test_a_package_version_going_backwards_needs_allow_breaking(project: Project, spec_server: SpecServer) -> None:
    current = project.record()["package_version"]
    older = specs.derived(version="1.0.0")  # an older description of the same API

    line, _ = follow_the_gate(project, spec_server.serve(older))

    assert f"finalpos-client {current} -> 1.0.0: package version went backwards" in line
    assert project.versions()["__version__"] == "1.0.0"
    assert "package version went backwards" in top_changelog_section(project)


def test_a_required_query_parameter_is_breaking_and_becomes_a_required_keyword(
    project: Project, spec_server: SpecServer
) -> None:
    line, _ = follow_the_gate(project, spec_server.serve(specs.derived(specs.add_required_query_parameter)))

    assert (
        "GET /v1/api/customers (CustomersController_findAll) query parameter companyId: parameter added (required)"
        in (line)
    )
    resource = (project.root / "generated" / "finalpos" / "resources" / "customers.py").read_text()
    signature = re.search(r"def list\(\s*self,([^)]*)\)", resource)
    assert signature and re.search(r"company_id: str(,|\s)", signature.group(1)), signature


def test_a_new_tag_with_a_delete_goes_through_and_returns_the_delete_envelope(
    flow_project: Project, spec_server: SpecServer
) -> None:
    run = flow_project.regen(spec_server.serve(specs.derived(bump_specs.new_tag_with_delete, version="1.2.5")))

    assert run.code == 0, run.stderr  # override delete-envelope covers the new DELETE without an edit
    assert "0 breaking" in run.stdout
    assert "ok       DELETE /v1/api/gift-card/{id} (GiftCardController_remove): operation added" in run.stdout
    assert re.search(r"surface: resource `\w+` derived from tag 'GiftCard'", run.stdout), run.stdout
    api_md = (flow_project.root / "generated" / "api.md").read_text()
    assert re.search(r"Model: `-` in, `DeleteResponse` out", api_md.split("/v1/api/gift-card/{id}")[-1]), api_md[-600:]


def top_changelog_section(project: Project) -> str:
    return "## " + re.split(r"(?m)^## ", project.changelog())[1]
