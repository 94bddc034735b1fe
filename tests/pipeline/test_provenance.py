"""Every file git tracks under `generated/` opens with one line saying it is generated, from what, and where
to change it; the paths it names exist. `LICENSE` is the one exemption (the license text, verbatim)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from codegen.errors import RegenError
from codegen.hand_kept import RUNTIME_DIR, runtime_modules
from codegen.provenance import EXEMPT, JSON_HEADER_KEY, PIPELINE, headed, header_for
from codegen.spec_view import generator_view
from codegen.workspace import OVERRIDES_DIR

REPO_ROOT = Path(__file__).resolve().parents[2]
GENERATED = REPO_ROOT / "generated"
HEADER = re.compile(r'^(?:# (?P<hash>.+)|<!-- (?P<html>.+) -->|\{"_generated": (?P<json>".+"),)$')
NAMED_PATH = re.compile(r"(?:codegen/[\w./-]*\w|openapi\.json|openapi\.record\.json)")
ROUTE = re.compile(r"\((?P<method>[A-Z]+) (?P<path>/\S*)\)")
SCHEMA = re.compile(r"\(normalised schema (?P<name>\w+)\)")


def _tracked() -> list[str]:
    done = subprocess.run(
        ["git", "ls-files", "-z", "generated"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    return sorted(name.removeprefix("generated/") for name in done.stdout.split("\0") if name)


TRACKED = _tracked()


def _header(rel: str) -> str:
    first = (GENERATED / rel).read_text().split("\n", 1)[0]
    match = HEADER.match(first)
    assert match, f"generated/{rel} does not open with a provenance line: {first[:100]!r}"
    kind = {".md": "html", ".json": "json"}.get(Path(rel).suffix, "hash")
    assert match.group(kind), f"generated/{rel}: a {kind} comment expected, found {first[:60]!r}"
    return str(json.loads(match.group(kind))) if kind == "json" else match.group(kind)


def test_license_is_the_one_exemption_and_stays_verbatim() -> None:
    assert EXEMPT == frozenset({"LICENSE"})
    assert "LICENSE" in TRACKED
    assert (GENERATED / "LICENSE").read_bytes() == (REPO_ROOT / "LICENSE").read_bytes()


@pytest.mark.parametrize("rel", [rel for rel in TRACKED if rel not in EXEMPT])
def test_every_generated_file_opens_with_its_provenance(rel: str) -> None:
    header = _header(rel)
    assert header.startswith(PIPELINE) and header.endswith(("do not edit here.", "edit it there, not here.")), header
    named = NAMED_PATH.findall(header)
    assert named, f"generated/{rel}: the header names no source: {header}"
    for path in named:
        assert (REPO_ROOT / path).exists(), f"generated/{rel} names {path}, which does not exist"


def test_the_tree_has_every_kind_of_file() -> None:
    assert {".py", ".md", ".toml", ".json"} <= {Path(rel).suffix for rel in TRACKED}
    assert {"finalpos/py.typed", "README.md", "api.md", "pyproject.toml", "LICENSE"} <= set(TRACKED)
    assert len(TRACKED) > 150


def test_a_hand_kept_copy_is_its_source_under_the_header() -> None:
    for name in runtime_modules():
        copy = (GENERATED / "finalpos" / name).read_text()
        header, _, body = copy.partition("\n")
        assert f"from codegen/runtime/{name} (hand-kept" in header, header
        assert body == (RUNTIME_DIR / name).read_text(), f"generated/finalpos/{name} is not codegen/runtime/{name}"


def test_models_and_operations_name_the_spec_part_they_come_from() -> None:
    spec = json.loads((REPO_ROOT / "openapi.json").read_text())
    view = generator_view(spec, OVERRIDES_DIR).spec
    routes = {(method.upper(), path) for path, item in spec["paths"].items() for method in item}
    schemas = set(view["components"]["schemas"])
    operations = [
        rel
        for rel in TRACKED
        if rel.startswith("finalpos/_operations/") and rel.count("/") == 3 and "__init__" not in rel
    ]
    models = [rel for rel in TRACKED if rel.startswith("finalpos/models/") and not rel.endswith("__init__.py")]
    assert len(operations) == 48 and len(models) > 50
    for rel in operations:
        match = ROUTE.search(_header(rel))
        assert match and (match["method"], match["path"]) in routes, rel
        assert "codegen/templates/endpoint_module.py.jinja" in _header(rel)
    named = 0
    for rel in models:
        header = _header(rel)
        match = SCHEMA.search(header)
        if match:
            named += 1
            assert match["name"] in schemas, rel
        else:
            assert "an inline object in schema " in header, header
    assert named > 50


def test_a_file_of_no_known_kind_stops_the_regen() -> None:
    with pytest.raises(RegenError, match="generated/finalpos/surprise.py has no provenance"):
        header_for("finalpos/surprise.py", "finalpos", {})


def test_spec_text_cannot_end_the_header_line_or_comment() -> None:
    hostile = {"_operations/x/y.py": ("openapi.json (GET /a\nimport os\u2028 -->)", "codegen/generate.py")}
    header = header_for("finalpos/_operations/x/y.py", "finalpos", hostile)
    assert header is not None and header.isprintable() and header.isascii() and "-->" not in header
    assert headed("api.md", "old\n", header).count("\n") == 2


def test_heading_twice_changes_nothing_and_replaces_an_older_header() -> None:
    header = header_for("pyproject.toml", "finalpos", {})
    assert header is not None
    once = headed(
        "pyproject.toml", "# Generated by finalpos-client's pipeline (`make regen`); do not edit.\n[x]\n", header
    )
    assert once == f"# {header}\n[x]\n" == headed("pyproject.toml", once, header)


def test_a_json_file_carries_its_header_as_its_first_key_and_stays_json() -> None:
    """JSON has no comments: the header is the object's `_generated` key, on the opening line; heading again
    replaces it, and a file that is not an indented object stops the regen rather than break the JSON."""
    rel = "finalpos/testing/routes.json"
    header = header_for(rel, "finalpos", {})
    assert header is not None
    once = headed(rel, '{\n "auth": [],\n "title": "T"\n}\n', header)
    assert json.loads(once) == {JSON_HEADER_KEY: header, "auth": [], "title": "T"}
    assert headed(rel, once, header) == once and once.startswith(f'{{"{JSON_HEADER_KEY}": ')
    for unfit in ('{"auth": []}\n', "{\n}\n", "[\n 1\n]\n"):
        with pytest.raises(RegenError, match="is not a JSON object over several lines"):
            headed(rel, unfit, header)
