"""The generated package's public Python API, old vs new: griffe's breakages, one item per user-facing object.

griffe (static analysis, the packages are never imported) compares every public object, so one API
change shows up many times: `client.sessions.create` exists on `Sessions` and `AsyncSessions` (its
`with_raw_response` twins wrap those, so their findings are the method's), and each low-level `api/<tag>/<op>.py`
module has `sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`. `fold()` gives one item per
user-facing method, module or model (noting the variants once), and drops a finding the structural spec
diff already reports for the same operation or field: that item names the field and the direction, so
it is the better one. What is left is what only the Python surface shows (a renamed method, a changed
signature the spec does not explain). Never fatal: if griffe cannot run, a note says so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec import PACKAGE, json_schema, operations, refs_in
from ..spec import snake as _snake
from .rules import Change

__all__ = ["FoldedSurface", "SurfaceFinding", "fold", "python_surface"]


@dataclass(frozen=True)
class SurfaceFinding:
    """One griffe breakage: the object's dotted path, griffe's kind, the parameter or member it names."""

    path: str
    kind: str
    """griffe's `BreakageKind` name, e.g. `PARAMETER_CHANGED_REQUIRED`, `OBJECT_REMOVED`."""
    param: str = ""
    operation: str = ""
    """`METHOD /path` from the object's generated docstring (resource methods state it), else empty."""

    def text(self) -> str:
        """griffe's own wording (used only where nothing groups the finding)."""
        from griffe import BreakageKind

        line = f"{self.path}: {BreakageKind[self.kind].value}"
        return line + (f" ({self.param})" if self.param else "")


_OPERATION_IN_DOC = re.compile(r"`(GET|PUT|POST|DELETE|PATCH) (/[^`\s]*)`")


def _operation_of(obj: Any) -> str:
    try:
        doc = obj.docstring.value if obj.docstring else ""
    except Exception:  # noqa: BLE001 (an alias griffe cannot resolve has no docstring to read)
        return ""
    match = _OPERATION_IN_DOC.search(doc)
    return f"{match.group(1)} {match.group(2)}" if match else ""


# Members a class gets when it is built, whatever its source says: attrs writes every slotted model's
# `__slots__` (a base class written as an attrs class no longer spells `__slots__ = ()`, which static
# analysis reads as a removal no user can observe).
_MADE_AT_RUNTIME = frozenset({"__slots__"})


def _is_type_variable(obj: Any) -> bool:
    """A module-level `TypeVar`: a typing helper of the module's own signatures, not API a caller can use."""
    try:
        return bool(obj.is_attribute) and str(obj.value or "").startswith(("TypeVar(", "typing.TypeVar("))
    except Exception:  # noqa: BLE001 (an alias griffe cannot resolve is judged as any other object)
        return False


def python_surface(old_dist: Path, new_dist: Path, package: str, notes: list[str]) -> list[SurfaceFinding]:
    """griffe's breaking changes between two generated packages' public APIs (static analysis only)."""
    try:
        import griffe
    except ImportError:
        notes.append("python surface: not checked (griffe is not installed)")
        return []
    logging.getLogger("griffe").setLevel(logging.ERROR)
    try:
        # Static analysis only: the packages are never imported.
        old = griffe.load(package, search_paths=[old_dist], try_relative_path=False, allow_inspection=False)
        new = griffe.load(package, search_paths=[new_dist], try_relative_path=False, allow_inspection=False)
        found = set()
        for breakage in griffe.find_breaking_changes(old, new):
            param = ""
            if breakage.kind.name.startswith("PARAMETER"):
                value = breakage.old_value or breakage.new_value
                param = str(getattr(value, "name", value))
            if breakage.obj.name in _MADE_AT_RUNTIME or _is_type_variable(breakage.obj):
                continue
            found.add(SurfaceFinding(breakage.obj.path, breakage.kind.name, param, _operation_of(breakage.obj)))
    except Exception as exc:  # noqa: BLE001 (a tool failure must not hide the rest of the report)
        notes.append(f"python surface: griffe failed ({type(exc).__name__}: {exc})")
        return []
    return sorted(found, key=lambda f: (f.path, f.kind, f.param))


PHRASES = {
    "PARAMETER_MOVED": "positional parameter `{p}` moved",
    "PARAMETER_REMOVED": "parameter `{p}` removed",
    "PARAMETER_CHANGED_KIND": "parameter `{p}` changed kind",
    "PARAMETER_CHANGED_DEFAULT": "default of parameter `{p}` changed",
    "PARAMETER_CHANGED_REQUIRED": "parameter `{p}` became required",
    "PARAMETER_ADDED_REQUIRED": "required parameter `{p}` added",
    "RETURN_CHANGED_TYPE": "return type changed",
    "OBJECT_REMOVED": "removed",
    "OBJECT_CHANGED_KIND": "now a different kind of object",
    "ATTRIBUTE_CHANGED_TYPE": "type changed",
    "ATTRIBUTE_CHANGED_VALUE": "value changed",
    "CLASS_REMOVED_BASE": "base class removed",
}
REMOVALS = ("OBJECT_REMOVED", "OBJECT_CHANGED_KIND")

# The four classes behind one resource attribute, and the four functions of one low-level api module.
RESOURCE_VARIANTS = ("sync", "async")
# The `with_raw_response` / `with_streaming_response` classes: each member wraps the resource method of the
# same name (runtime `_twins.py`), so what changes a twin changes that method, and griffe reports it there.
TWIN_SUFFIXES = ("WithRawResponse", "WithStreamingResponse")
API_VARIANTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@dataclass
class FoldedSurface:
    items: list[str] = field(default_factory=list)
    """One line per user-facing object griffe found broken that the spec diff does not already report."""
    findings: int = 0
    covered: int = 0
    twins: int = 0
    """Findings on the `with_raw_response` / `with_streaming_response` classes (each member wraps a method)."""
    """Findings dropped because a spec-level item says the same thing."""


@dataclass(frozen=True)
class _Place:
    label: str  # what the user writes: `client.sessions.create`, `finalpos.models.Session`
    member: str = ""  # a member below it (a model attribute)
    variant: str = ""  # which of the parallel classes/functions
    operation: str = ""  # `METHOD /path` when known
    model: str = ""  # model class, for finalpos.models findings


class _SpecIndex:
    """What the two normalised specs say about operations and models, to match findings to spec items."""

    def __init__(self, specs: Iterable[dict[str, Any]]) -> None:
        self.op_by_module: dict[str, str] = {}
        self.body_models: dict[str, set[str]] = {}
        self.models: dict[str, set[str]] = {}
        self.model_by_module: dict[str, str] = {}
        for spec in specs:
            for path, method, op in operations(spec):
                key = f"{method.upper()} {path}"
                if op.get("operationId"):
                    self.op_by_module.setdefault(_snake(str(op["operationId"])), key)
                body = {_snake(r) for r in refs_in(json_schema(op.get("requestBody")))}
                responses = op.get("responses") or {}
                received = {_snake(r) for resp in responses.values() for r in refs_in(json_schema(resp))}
                self.body_models.setdefault(key, set()).update(body)
                self.models.setdefault(key, set()).update(body | received)
            for name in (spec.get("components") or {}).get("schemas") or {}:
                self.model_by_module.setdefault(_snake(name), name)


def _place(finding: SurfaceFinding, index: _SpecIndex) -> _Place:
    parts = finding.path.split(".")
    if len(parts) < 3 or parts[0] != PACKAGE:
        return _Place(finding.path)
    area, rest = parts[1], parts[2:]
    if area == "resources":
        # finalpos.resources.<module>.<Class>[.<method>] (or a class re-exported from the package).
        classes = [p for p in rest if p[:1].isupper()]
        if not classes:
            return _Place(f"client.{rest[0]}")
        cls = classes[0]
        twin = next((suffix for suffix in TWIN_SUFFIXES if cls.endswith(suffix)), "")
        base = cls.removeprefix("Async").removesuffix(twin) if twin else cls.removeprefix("Async")
        variant = ("async " if cls.startswith("Async") else "") + ("twin" if twin else "")
        method = rest[rest.index(cls) + 1 :]
        label = f"client.{_snake(base)}" + (f".{method[0]}" if method else "")
        return _Place(label, variant=variant.strip() or "sync", operation=finding.operation)
    if area == "api" and len(rest) >= 2:
        module = rest[1]
        variant = rest[2] if len(rest) > 2 and rest[2] in API_VARIANTS else ""
        member = rest[2] if len(rest) > 2 and not variant else ""
        label = f"{PACKAGE}.api.{rest[0]}.{module}"
        return _Place(label, member, variant, operation=index.op_by_module.get(module, ""))
    if area == "models":
        if rest[0][:1].isupper():
            cls, member = rest[0], ".".join(rest[1:])
        else:
            cls = rest[1] if len(rest) > 1 else index.model_by_module.get(rest[0], rest[0])
            member = ".".join(rest[2:])
        return _Place(f"{PACKAGE}.models.{cls}", member, model=cls)
    return _Place(finding.path)


def _covered(finding: SurfaceFinding, place: _Place, spec_items: list[Change], index: _SpecIndex) -> bool:
    """True when a breaking spec-level item already reports what this finding says."""
    op, param = place.operation, _snake(finding.param) if finding.param else ""
    if op:
        if finding.kind in REMOVALS:
            return any(c.operation == op and c.kind in ("operation removed", "operation renamed") for c in spec_items)
        if param:
            return any(
                (c.name and _snake(c.name) == param and (c.operation == op or _snake(c.model) in index.body_models[op]))
                or (
                    # a renamed path parameter: griffe sees the old keyword go and the new one come
                    c.renamed_from[0]
                    and op in (c.operation, c.renamed_from[0])
                    and param in (_snake(c.name), _snake(c.renamed_from[1]))
                )
                or (param == "body" and c.operation == op and c.kind.startswith("request body"))
                # a body that stops (or starts) being keyword arguments changes all of them at once
                or (c.operation == op and c.kind == "request body type changed")
                for c in spec_items
                if op in index.body_models
            )
        return any(
            c.operation == op or _snake(c.model) in index.models.get(op, set())
            for c in spec_items
            if c.model or c.operation
        )
    if place.model:
        model = _snake(place.model)
        whole = [c for c in spec_items if c.model and _snake(c.model) == model]
        if any(c.kind in ("model removed", "model renamed") for c in whole):
            return True
        if place.member:
            return any(c.name and _snake(c.name) == _snake(place.member.split(".")[0]) for c in whole)
        return bool(whole) and finding.kind not in REMOVALS
    return False


def _variants_note(variants: set[str]) -> str:
    if not variants:
        return ""
    if variants >= set(RESOURCE_VARIANTS):
        return " (sync, async)"
    if variants >= set(API_VARIANTS):
        return " (sync, asyncio, *_detailed)"
    order = [*RESOURCE_VARIANTS, *API_VARIANTS]
    return " (" + ", ".join(sorted(variants, key=order.index)) + ")"


def fold(findings: list[SurfaceFinding], spec_changes: list[Change], specs: Iterable[dict[str, Any]]) -> FoldedSurface:
    """One item per user-facing object, minus what the spec diff's breaking items already report.

    `spec_changes` are the structural diff's items; `specs` the old and new normalised specs (to tie
    generated modules and models back to operations).
    """
    index = _SpecIndex(specs)
    breaking = [c for c in spec_changes if c.breaking]
    # The low-level `api/` module is named after the operationId; the method users call is not.
    new_module_only = {c.operation for c in spec_changes if c.kind == "operationId changed"}
    result = FoldedSurface(findings=len(findings))
    groups: dict[str, tuple[dict[str, None], set[str]]] = {}
    for finding in findings:
        place = _place(finding, index)
        if place.variant.endswith("twin"):  # derived from the resource method, whose own finding says it
            result.twins += 1
            continue
        in_api = place.label.startswith(f"{PACKAGE}.api.")
        if _covered(finding, place, breaking, index) or (in_api and place.operation in new_module_only):
            result.covered += 1
            continue
        phrase = PHRASES.get(finding.kind, finding.kind.lower().replace("_", " ")).format(p=finding.param)
        if place.member:
            phrase = f"`{place.member}` {phrase}"
        described, variants = groups.setdefault(place.label, ({}, set()))
        described[phrase] = None  # an ordered set: the same phrase from each variant appears once
        if place.variant:
            variants.add(place.variant)
    result.items = [f"{label}: {'; '.join(d)}{_variants_note(v)}" for label, (d, v) in sorted(groups.items())]
    return result
