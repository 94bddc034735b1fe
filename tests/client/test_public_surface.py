"""One public surface: the generator's per-operation modules and low-level clients are not generated;
each resource method states its operation's verb and path and builds its request itself."""

from __future__ import annotations

import inspect
import re
from typing import Any

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


def _sections(doc: str) -> dict[str, list[str]]:
    """A Google-style docstring's sections: heading -> the names its items document."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in doc.splitlines():
        if re.fullmatch(r"\w+:", line):
            current = sections.setdefault(line[:-1], [])
        elif current is not None and re.match(r"  \S", line):
            current.extend(n.strip() for n in line.split(":", 1)[0].split(","))
        elif not line.strip():
            current = None
    return sections


def _resource_methods(client: object) -> list[Any]:
    resources = [getattr(client, n) for n in dir(client) if not n.startswith("_")]
    resources = [r for r in resources if type(r).__module__.startswith("finalpos.resources.")]
    return [
        getattr(r, n) for r in resources for n in dir(r) if not n.startswith("_") and inspect.ismethod(getattr(r, n))
    ]


def test_every_resource_method_documents_its_arguments_and_what_it_raises() -> None:
    with finalpos.FinalPOS(api_key="k", base_url="http://127.0.0.1:9") as client:
        methods = _resource_methods(client)
    methods += _resource_methods(finalpos.AsyncFinalPOS(api_key="k", base_url="http://127.0.0.1:9"))
    assert len(methods) == 2 * 48
    for method in methods:
        sections = _sections(inspect.getdoc(method) or "")
        assert {"extra_headers", "extra_query", "extra_body", "timeout"} <= set(sections["Args"]), method
        assert set(sections["Args"]) <= set(inspect.signature(method).parameters), method  # no stale names
        assert sections["Raises"] == ["InvalidArgumentError", "APIStatusError", "APIConnectionError"], method
        assert len(sections["Returns"]) == 1, method


def test_the_call_options_helper_takes_them_in_the_order_every_method_passes_them() -> None:
    from finalpos._types import request_options

    from codegen.surface.collect import CALL_OPTIONS

    assert tuple(inspect.signature(request_options).parameters) == CALL_OPTIONS
