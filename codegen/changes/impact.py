"""Which lines of the user's own app a bump breaks (`APP=... make regen`, `make impact`).

The app is type-checked (mypy, `app_check`) against the current package and against the candidate
the regen would swap in; every error only the candidate causes is one line,
`<path>:<line>: <what breaks> (<the report item that causes it>)`. Calls types cannot see
(`**kwargs`, `getattr`, an untyped client: `app_scan`) are listed as "not checked" when a breaking
item reaches their operation. The item is found by the names mypy quotes (method and resource class,
field or keyword, model, enum member) matched against each report item's operation, model and name.
Nothing is written into the app; the lines go to the console only, never to CHANGELOG.md.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec import PACKAGE, json_schema, operations, refs_in, snake
from ..spec_view import normalised_view
from .app_check import App, AppError, CheckJob, find_app
from .app_scan import UncheckedCall, unchecked_calls
from .report import ChangeReport
from .rules import Change

__all__ = ["AppImpact", "app_impact", "find_apps"]

REQUEST_KINDS = ("operation ", "path parameter ", "parameter ", "request body ")
_QUOTED = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_OPERATION_IN_DOC = re.compile(r"`(GET|PUT|POST|DELETE|PATCH) (/[^`\s]*)`")
_SURFACE_LABEL = re.compile(r"^python surface: client\.(\w+)(?:\.(\w+))?:")


@dataclass
class AppImpact:
    lines: list[str] = field(default_factory=list)
    broken_lines: int = 0
    """Distinct app lines that fail only against the candidate (not-checked calls not counted)."""


def find_apps(labels: Iterable[str], cwd: Path | None = None) -> list[App]:
    """Each `APP=` entry, checked now (before any build) so a wrong path is one line at once."""
    return [find_app(label, cwd) for label in labels]


def app_impact(
    apps: list[App],
    current_dist: Path,
    candidate_dist: Path,
    report: ChangeReport,
    specs: tuple[dict[str, Any] | None, dict[str, Any]],
    overrides_dir: Path | None,
    cache_root: Path,
) -> AppImpact:
    """Type-check the apps against both packages and say which of their lines break, and why."""
    groups: dict[tuple[Path, Path], list[App]] = {}
    for app in apps:
        groups.setdefault((app.config, app.root), []).append(app)
    jobs: list[tuple[CheckJob, CheckJob]] = []
    try:
        for group in groups.values():
            jobs.append(
                (
                    CheckJob(group, current_dist, cache_root, "current"),
                    CheckJob(group, candidate_dist, cache_root, "candidate"),
                )
            )
        results = [(before.errors(), after.errors()) for before, after in jobs]
    finally:
        for pair in jobs:
            for job in pair:
                job.kill()
    new_errors = sorted(set().union(*(after - before for before, after in results)))
    views = tuple(normalised_view(s, overrides_dir) if s is not None else {} for s in specs)
    index = _SurfaceIndex([current_dist, candidate_dist])
    items = _items(report, views, index)
    return _render(apps, new_errors, items, index)


@dataclass
class _Item:
    text: str
    breaking: bool
    request_ops: set[str] = field(default_factory=set)
    """Operations whose arguments this item changes."""
    ops: set[str] = field(default_factory=set)
    """Operations whose arguments or 2xx result it changes."""
    models: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)


class _SurfaceIndex:
    """Resource classes and `client.<resource>` names -> methods -> `METHOD /path`, from both packages."""

    def __init__(self, dists: list[Path]) -> None:
        self.by_class: dict[tuple[str, str], set[str]] = {}
        self.by_resource: dict[str, dict[str, set[str]]] = {}
        for dist in dists:
            self._read(dist / PACKAGE)

    def _read(self, package: Path) -> None:
        attrs: dict[str, str] = {}  # resource class -> client attribute
        client = _parse(package / "_client.py")
        for node in ast.walk(client) if client else ():
            if isinstance(node, ast.FunctionDef) and isinstance(node.returns, ast.Attribute):
                attrs[node.returns.attr] = node.name
        for module in sorted((package / "resources").glob("*.py")):
            tree = _parse(module)
            for cls in tree.body if tree else ():
                if not isinstance(cls, ast.ClassDef):
                    continue
                base = cls.name.removeprefix("Async").removesuffix("WithRawResponse")
                resource = attrs.get(base) or attrs.get(f"Async{base}")
                for method in cls.body:
                    if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
                        match = _OPERATION_IN_DOC.search(ast.get_docstring(method) or "")
                        if match:
                            op = f"{match[1]} {match[2]}"
                            self.by_class.setdefault((cls.name, method.name), set()).add(op)
                            if resource:
                                self.by_resource.setdefault(resource, {}).setdefault(method.name, set()).add(op)

    def ops_of(self, resource: str | None, method: str | None) -> set[str] | None:
        """The operations a call may reach; None when the source does not say (any operation)."""
        if resource is None:
            return None
        methods = self.by_resource.get(resource, {})
        if method is not None and method in methods:
            return set(methods[method])
        return {op for ops in methods.values() for op in ops}


def _parse(path: Path) -> ast.Module | None:
    try:
        return ast.parse(path.read_text())
    except (OSError, SyntaxError):
        return None


def _model_ops(view: dict[str, Any]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Model -> operations that send it, and -> operations that return it (2xx), through nested models."""
    schemas = (view.get("components") or {}).get("schemas") or {}

    def reach(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        pending = list(roots)
        while pending:
            name = pending.pop()
            if name not in seen:
                seen.add(name)
                pending.extend(refs_in(schemas.get(name)))
        return seen

    sent: dict[str, set[str]] = {}
    returned: dict[str, set[str]] = {}
    for path, method, op in operations(view):
        key = f"{method.upper()} {path}"
        request = list(refs_in(json_schema(op.get("requestBody")))) + list(refs_in(op.get("parameters")))
        responses = (op.get("responses") or {}).items()
        result = [r for status, resp in responses if status.startswith("2") for r in refs_in(json_schema(resp))]
        for name in reach(request):
            sent.setdefault(name, set()).add(key)
        for name in reach(result):
            returned.setdefault(name, set()).add(key)
    return sent, returned


def _items(report: ChangeReport, views: tuple[dict[str, Any], ...], index: _SurfaceIndex) -> list[_Item]:
    sent: dict[str, set[str]] = {}
    returned: dict[str, set[str]] = {}
    for view in views:
        for mine, theirs in zip((sent, returned), _model_ops(view), strict=True):
            for name, ops in theirs.items():
                mine.setdefault(name, set()).update(ops)
    items = [_change_item(c, sent, returned) for c in sorted(report.changes, key=lambda c: not c.breaking)]
    if report.spec_changed:
        items += [_surface_item(f"python surface: {s}", index) for s in report.surface]
    return items


def _change_item(change: Change, sent: dict[str, set[str]], returned: dict[str, set[str]]) -> _Item:
    item = _Item(change.text(), change.breaking, words=set(_WORD.findall(change.detail)))
    for op in (change.operation, change.renamed_from[0]):
        if op:
            item.ops.add(op)
            if change.kind.startswith(REQUEST_KINDS):
                item.request_ops.add(op)
    for name in (change.name, change.renamed_from[1]):
        if name:
            item.names |= {name, snake(name)}
    if change.model:
        item.models.add(change.model)
        item.request_ops |= sent.get(change.model, set())
        item.ops |= sent.get(change.model, set()) | returned.get(change.model, set())
        if change.kind.startswith("enum values"):
            # the enum class (a field's: `ErrorResponse` + `error`) and its members (`"Not Found"` -> `NOT_FOUND`)
            if change.name:
                item.models.add(change.model + snake(change.name).title().replace("_", ""))
            item.names |= {re.sub(r"\W+", "_", v).strip("_").upper() for v in re.findall(r'"([^"]*)"', change.detail)}
    return item


def _surface_item(text: str, index: _SurfaceIndex) -> _Item:
    item = _Item(text, True, names=set(re.findall(r"`(\w+)`", text)), words=set(_WORD.findall(text)))
    match = _SURFACE_LABEL.match(text)
    if match:
        ops = index.ops_of(match[1], match[2]) or set()
        item.ops |= ops
        item.request_ops |= ops
    return item


def _cause(error: AppError, items: list[_Item], index: _SurfaceIndex) -> str:
    """The report item the error's quoted names point to (a breaking one on a tie)."""
    tokens = {w for quoted in _QUOTED.findall(error.message) for w in _WORD.findall(quoted)}
    methods = {op for (cls, method), ops in index.by_class.items() if cls in tokens and method in tokens for op in ops}
    best, best_score = None, 0
    for item in items:
        score = 4 * bool(item.ops & methods) + 3 * bool(item.names & tokens) + 2 * bool(item.models & tokens)
        score += min(2, len(item.words & tokens))
        if score > best_score or (score == best_score and best is not None and item.breaking and not best.breaking):
            best, best_score = item, score
    return best.text if best is not None else "a change in this bump: see the report above"


def _unchecked_item(call: UncheckedCall, items: list[_Item], index: _SurfaceIndex) -> _Item | None:
    """The first breaking item the call may reach (for `**kwargs`: through its arguments)."""
    ops = index.ops_of(call.resource, call.method)
    for item in items:
        if not item.breaking:
            continue
        reach = item.request_ops if call.how.startswith("**") else item.ops
        if reach and (ops is None or reach & ops):
            return item
    return None


_WHY = {
    "getattr": "getattr on the client, which types cannot follow",
    "untyped client": "the client has no type here (annotate it as FinalPOS or AsyncFinalPOS)",
}


def _render(apps: list[App], errors: list[AppError], items: list[_Item], index: _SurfaceIndex) -> AppImpact:
    result = AppImpact()
    claimed: set[Path] = set()
    for app in apps:
        files = [f for f in app.files if f not in claimed]
        claimed.update(files)
        rows: dict[tuple[Path, int], list[str]] = {}
        for error in (e for e in errors if e.path in files):
            rows.setdefault((error.path, error.line), []).append(f"{error.message} ({_cause(error, items, index)})")
        broken = {key for key in rows}
        unchecked = 0
        for path in files:
            for call in unchecked_calls(path):
                item = _unchecked_item(call, items, index)
                if item is None or (path, call.line) in rows:
                    continue
                why = _WHY.get(call.how, f"keyword arguments through {call.how}, which types cannot see")
                rows[(path, call.line)] = [f"not checked: {call.code}: {why} ({item.text})"]
                unchecked += 1
        for (path, line), texts in sorted(rows.items()):
            result.lines.extend(f"{app.shown(path)}:{line}: {text}" for text in texts)
        result.lines.append(_summary(app.label, len(broken), len({p for p, _ in broken}), unchecked))
        result.broken_lines += len(broken)
    return result


def _summary(label: str, lines: int, files: int, unchecked: int) -> str:
    more = f"; {unchecked} call(s) not checked (listed above)" if unchecked else ""
    if lines:
        return f"impact: {lines} line(s) in {files} file(s) of {label}{more}"
    if unchecked:
        return f"impact: none of {label}'s checked code uses what changed{more}"
    return f"impact: none of {label}'s code uses what changed"
