"""`make regen` on API bumps, end to end: derived specs served over loopback and pulled with regen.

Checks what a user relies on: the printed report, the gate (a breaking bump changes nothing until
ALLOW_BREAKING=1), the CHANGELOG section and the package version. Four full regens in all (plus the
baseline when the pipeline changed), each ~3-5 s with a warm mypy cache.
"""

from __future__ import annotations

import hashlib
import re

from codegen.fingerprint import tree_sha256
from codegen.pull import canonical_json

from . import specs
from .conftest import Project, SpecServer


def spec_sha(document: dict) -> str:
    return hashlib.sha256(canonical_json(document)).hexdigest()


def top_section(changelog: str) -> str:
    sections = re.split(r"(?m)^## ", changelog)
    assert len(sections) >= 2, changelog
    return "## " + sections[1]


def snapshot(project: Project) -> tuple[bytes, bytes, str, bool]:
    root = project.root
    return (
        (root / "openapi.json").read_bytes(),
        (root / "openapi.record.json").read_bytes(),
        tree_sha256(root / "generated"),
        (root / "CHANGELOG.md").exists(),
    )


def test_a_non_breaking_bump_regenerates_reports_and_versions(project: Project, spec_server: SpecServer):
    older = "# Changelog\n\nintro\n\n## finalpos-client 1.2.4: API 1.2.4, spec sha256 x\n\nold\n"
    (project.root / "CHANGELOG.md").write_text(older)
    bumped = specs.derived(
        specs.add_operation, specs.add_optional_request_field, specs.add_response_field, version="1.2.5"
    )
    run = project.regen(spec_server.serve(bumped))

    assert run.code == 0, run.stderr
    assert "changes:    API 1.2.4 -> 1.2.5: 0 breaking," in run.stdout
    assert "ok       GET /v1/api/gift-cards (GiftCardsController_findAll): operation added" in run.stdout
    assert "ok       SessionCreate.shiftName (request): field added (optional) (string)" in run.stdout
    assert "redocly diff: semver bump minor" in run.stdout

    sha = spec_sha(bumped)
    assert project.versions() == {"__version__": "1.2.5", "__api_version__": "1.2.5", "__spec_sha256__": sha}
    assert 'version = "1.2.5"' in (project.root / "generated" / "pyproject.toml").read_text()
    assert (project.record()["info_version"], project.record()["package_version"]) == ("1.2.5", "1.2.5")
    gift_cards = (project.root / "generated" / "finalpos" / "resources" / "gift_cards.py").read_text()
    assert re.search(r'request_kwargs\(\s*"get",\s*"/v1/api/gift-cards"', gift_cards)

    section = top_section(project.changelog())
    assert section.startswith(f"## finalpos-client 1.2.5: API 1.2.5, spec sha256 {sha}\n")
    assert "- GET /v1/api/gift-cards (GiftCardsController_findAll): operation added" in section
    assert "Breaking:" not in section
    # Newest first, under the existing header; older sections are kept as they were.
    assert project.changelog().startswith("# Changelog\n\nintro\n\n## finalpos-client 1.2.5: API 1.2.5")
    assert project.changelog().endswith(older.split("intro\n\n")[1])


def test_a_breaking_bump_is_stopped_until_accepted(project: Project, spec_server: SpecServer):
    bumped = specs.derived(
        specs.remove_operation, specs.rename_model, specs.make_request_field_required, specs.change_response_type,
        version="1.3.0",
    )  # fmt: skip
    before = snapshot(project)
    blocked = project.regen(spec_server.serve(bumped))

    assert blocked.code == 1
    refusal = blocked.stderr.strip().splitlines()[-1]
    assert refusal.startswith("regen stopped at gate: ")
    for item in (
        "PUT /v1/api/zapier-triggers/{id} (ZapierTriggersController_update): operation removed",
        "SessionCreate.closedBy (request): field made required",
        "Session.openingAmount (response): field type changed (string -> number)",
    ):
        assert item in refusal, item
        assert item in blocked.stdout, item  # the printed report lists it too
    # griffe sees the same changes on the Python surface (the removed module and methods, the renamed
    # model, `closed_by` now required on four classes): each is already one of the items above, so the
    # gate counts each change once.
    assert "regen stopped at gate: 4 breaking change(s)" in refusal
    assert "python surface:" not in refusal
    assert re.search(r"python surface \(griffe\): \d+ finding\(s\), \d+ of them already reported above", blocked.stdout)
    assert "ALLOW_BREAKING=1 make regen" in refusal
    assert "redocly diff: semver bump major" in blocked.stdout
    assert snapshot(project) == before, "a blocked regen must leave every file as it was"

    accepted = project.regen(spec_server.serve(bumped), ALLOW_BREAKING="1")
    assert accepted.code == 0, accepted.stderr
    assert project.versions()["__version__"] == "1.3.0"
    assert project.versions()["__api_version__"] == "1.3.0"
    zapier = (project.root / "generated" / "finalpos" / "resources" / "zapier_triggers.py").read_text()
    assert not re.search(r'"put",\s*"/v1/api/zapier-triggers/\{id\}"', zapier)
    assert re.search(r'"post",\s*"/v1/api/zapier-triggers"', zapier)
    # The vendor renamed its component: our name comes from the role, so nothing was renamed.
    assert "SessionCreateDto" not in blocked.stdout
    assert (project.root / "generated" / "finalpos" / "models" / "session_create.py").is_file()
    section = top_section(project.changelog())
    assert section.startswith(f"## finalpos-client 1.3.0: API 1.3.0, spec sha256 {spec_sha(bumped)}\n")
    assert "Breaking:\n\n- PUT /v1/api/zapier-triggers/{id}" in section
    assert "- Session.openingAmount (response): field type changed (string -> number)" in section
    assert "breaking change(s) accepted with ALLOW_BREAKING=1" in section


def test_same_api_version_with_new_content_is_a_post_release(project: Project, spec_server: SpecServer):
    base_version = project.record()["package_version"]
    match = re.fullmatch(r"(1\.2\.4)(?:\.post(\d+))?", base_version)
    assert match, base_version
    expected = f"1.2.4.post{int(match.group(2) or 0) + 1}"

    republished = specs.derived(specs.add_optional_request_field)  # info.version stays 1.2.4
    run = project.regen(spec_server.serve(republished))

    assert run.code == 0, run.stderr
    assert project.versions() == {
        "__version__": expected,
        "__api_version__": "1.2.4",
        "__spec_sha256__": spec_sha(republished),
    }
    section = top_section(project.changelog())
    assert section.startswith(f"## finalpos-client {expected}: API 1.2.4, spec sha256 {spec_sha(republished)}\n")
    assert "- SessionCreate.shiftName (request): field added (optional) (string)" in section
