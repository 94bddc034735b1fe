"""No import cycle among the pipeline's modules, counting imports inside functions.

A function-level import hides a cycle from Python (it runs late) but not from a reader: the two
modules still need each other. So every `import` statement is an edge, wherever it stands (top
level, function, `if TYPE_CHECKING:`). Lazy imports kept for start-up speed are fine; a cycle is not.

`codegen/runtime/` is not pipeline code: it is the hand-kept part of the package, copied into
`generated/finalpos/`, where its relative imports mean `finalpos.*` (mypy and verify check it there).
"""

from __future__ import annotations

import ast
from pathlib import Path

from codegen.workspace import CODEGEN_DIR

# The folder of hand-kept package code: copied into generated/finalpos/, never imported as codegen.*.
PACKAGE_SOURCES = frozenset({"runtime"})

Edge = tuple[str, str, int]  # (importer, imported, line)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(CODEGEN_DIR.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def pipeline_modules() -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for path in sorted(CODEGEN_DIR.rglob("*.py")):
        folder = path.relative_to(CODEGEN_DIR).parts[0] if path.parent != CODEGEN_DIR else ""
        if folder in PACKAGE_SOURCES or "__pycache__" in path.parts:
            continue
        assert (path.parent / "__init__.py").is_file(), (
            f"{path.relative_to(CODEGEN_DIR.parent)} is in a folder that is neither a codegen package "
            "(no __init__.py) nor package code listed in PACKAGE_SOURCES"
        )
        modules[_module_name(path)] = path
    return modules


def _imported(node: ast.Import | ast.ImportFrom, importer: str, is_package: bool, known: set[str]) -> set[str]:
    """The codegen modules one import statement loads (`from . import x` may name a module or a name)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in known}
    if node.level:
        package = importer if is_package else importer.rsplit(".", 1)[0]
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    found = {f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in known}
    if target in known and len(found) < len(node.names):
        found.add(target)
    return found - {importer}


def import_edges(modules: dict[str, Path]) -> list[Edge]:
    known = set(modules)
    edges: list[Edge] = []
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in sorted(_imported(node, name, path.name == "__init__.py", known)):
                    edges.append((name, target, node.lineno))
    return edges


def find_cycle(edges: list[Edge]) -> list[Edge]:
    """One import cycle as its edges, or [] when the graph has none."""
    graph: dict[str, list[Edge]] = {}
    for edge in edges:
        graph.setdefault(edge[0], []).append(edge)
    done: set[str] = set()
    path: list[Edge] = []
    on_path: list[str] = []

    def visit(module: str) -> list[Edge]:
        on_path.append(module)
        for edge in graph.get(module, []):
            target = edge[1]
            if target in on_path:
                return path[on_path.index(target) :] + [edge]
            if target not in done:
                path.append(edge)
                cycle = visit(target)
                if cycle:
                    return cycle
                path.pop()
        on_path.pop()
        done.add(module)
        return []

    for module in sorted(graph):
        if module not in done:
            cycle = visit(module)
            if cycle:
                return cycle
    return []


def _describe(cycle: list[Edge], modules: dict[str, Path]) -> str:
    root = CODEGEN_DIR.parent
    steps = [f"{a} ({modules[a].relative_to(root)}:{line}) imports {b}" for a, b, line in cycle]
    return "import cycle: " + " -> ".join(steps)


def test_the_pipeline_has_no_import_cycle() -> None:
    modules = pipeline_modules()
    edges = import_edges(modules)
    # The check reads imports inside functions too: `python -m codegen` loads the pipeline lazily.
    assert any(a == "codegen.__main__" and b == "codegen.pipeline" for a, b, _ in edges)
    cycle = find_cycle(edges)
    assert not cycle, _describe(cycle, modules)


def test_the_check_names_a_cycle_it_finds() -> None:
    cycle = find_cycle([("codegen.a", "codegen.b", 3), ("codegen.b", "codegen.c", 7), ("codegen.c", "codegen.a", 9)])
    assert [(a, b) for a, b, _ in cycle] == [
        ("codegen.a", "codegen.b"),
        ("codegen.b", "codegen.c"),
        ("codegen.c", "codegen.a"),
    ]
