"""The vendor's style is not our API: re-styling the spec without changing a wire shape changes nothing.

The real Final POS file is most likely @nestjs/swagger output (every DTO a `$ref`d component named
`CreateCustomerDto`, `CustomerDto`, `NoteDto`, ...); our snapshot inlines most schemas. Both, and the
way back, must give the same `finalpos` package: same files, same names, a report of 0 changes.
"""

from __future__ import annotations

import re
from pathlib import Path

from codegen.changes import diff_specs, normalised_view
from codegen.fingerprint import tree_sha256

from . import specs, vendor_style
from .conftest import Project, SpecServer

# What a regen of a new spec always rewrites: the package version and the spec's hash.
BOOKKEEPING = {Path("finalpos/_version.py"), Path("pyproject.toml"), Path("README.md")}
VERSION_OR_HASH = re.compile(rb"\b[0-9a-f]{64}\b|\b1\.2\.4(\.post\d+)?\b")


def package_files(root: Path) -> dict[Path, bytes]:
    """Every file of the package, with the version and spec hash masked in the bookkeeping files."""
    generated = root / "generated"
    files = {}
    for path in sorted(generated.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            name = path.relative_to(generated)
            text = path.read_bytes()
            files[name] = VERSION_OR_HASH.sub(b"<v>", text) if name in BOOKKEEPING else text
    return files


def test_the_restyled_specs_really_differ_in_style_and_not_in_what_they_say() -> None:
    committed, nestjs = specs.committed(), specs.derived(vendor_style.nestjs_style)
    inline = specs.derived(vendor_style.inline_style)
    names = set(nestjs["components"]["schemas"])
    assert {"CreateCustomerDto", "UpdateCustomerDto", "CustomerDto", "BillingDto", "NoteDto"} <= names
    assert inline["components"]["schemas"] == {} and committed["components"]["schemas"]
    view = normalised_view(committed)
    assert diff_specs(view, normalised_view(nestjs)) == []
    assert diff_specs(view, normalised_view(inline)) == []


def test_regen_on_a_nestjs_styled_spec_and_back_changes_no_file(project: Project, spec_server: SpecServer) -> None:
    before = package_files(project.root)
    tree = tree_sha256(project.root / "generated")

    for style in (vendor_style.nestjs_style, vendor_style.inline_style):
        run = project.regen(spec_server.serve(specs.derived(style)))
        assert run.code == 0, run.stderr
        assert "changes:    API 1.2.4 -> 1.2.4: 0 breaking, 0 not breaking for code using finalpos" in run.stdout
        assert "python surface" not in run.stdout, run.stdout
        after = package_files(project.root)
        assert sorted(after) == sorted(before), style.__name__
        assert [p for p in before if before[p] != after[p]] == [], style.__name__

    # The round trip changed the version bookkeeping only (a post release per new spec hash).
    assert tree_sha256(project.root / "generated") != tree
