"""One public surface: the generator's per-operation modules and low-level clients are not generated;
each resource method states its operation's verb and path and builds its request itself."""

from __future__ import annotations

import re

import finalpos

from codegen.workspace import REPO_ROOT

PACKAGE_DIR = REPO_ROOT / "generated" / "finalpos"


def test_the_generators_low_level_modules_are_not_generated() -> None:
    assert not (PACKAGE_DIR / "api").exists()
    assert not (PACKAGE_DIR / "client.py").exists() and not (PACKAGE_DIR / "errors.py").exists()
    assert not {"Client", "AuthenticatedClient"} & set(dir(finalpos))


def test_each_resource_method_states_its_verb_and_path_where_it_builds_the_request() -> None:
    sources = "".join(p.read_text() for p in sorted((PACKAGE_DIR / "resources").glob("*.py")))
    routes = re.findall(r'request_kwargs\(\s*"(get|put|post|delete|patch)",\s*"(/[^"]*)"', sources)
    assert len(set(routes)) == 48  # every operation of openapi.json, each written once (sync and async)
    assert len(routes) == 2 * 48
    assert "_get_kwargs" not in sources and "_operations" not in sources
    assert not (PACKAGE_DIR / "_operations").exists()
