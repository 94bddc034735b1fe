"""One public surface: the generator's per-operation functions and low-level clients are not generated;
what remains of each operation module is a private request builder the resources call."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import finalpos
import finalpos._operations

from codegen.workspace import REPO_ROOT

PACKAGE_DIR = REPO_ROOT / "generated" / "finalpos"


def test_the_generators_low_level_modules_are_not_generated() -> None:
    assert not (PACKAGE_DIR / "api").exists()
    assert not (PACKAGE_DIR / "client.py").exists() and not (PACKAGE_DIR / "errors.py").exists()
    assert not {"Client", "AuthenticatedClient"} & set(dir(finalpos))


def test_each_operation_module_only_builds_its_request() -> None:
    modules = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(finalpos._operations.__path__, prefix="finalpos._operations.")
        if not info.ispkg
    ]
    assert len(modules) == 48  # one per operation of openapi.json
    for module in modules:
        functions = {
            name
            for name, value in vars(module).items()
            if inspect.isfunction(value) and value.__module__ == module.__name__
        }
        assert functions == {"_get_kwargs"}, (module.__name__, functions)


def test_every_resource_calls_the_request_builders() -> None:
    sources = "".join(p.read_text() for p in (PACKAGE_DIR / "resources").glob("*.py"))
    assert sources.count("._get_kwargs(") >= 48
    assert "from ..api" not in sources and "from .._operations." in sources
