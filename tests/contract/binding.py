"""Binds each operation of `openapi.json` to the generated code that calls it, by introspection only.

Nothing here lists operations: `spec_operations()` reads them from the spec, `discover_endpoints()` takes
every typed `FinalPOS` method with the verb and path it states (`typed_surface.py`), and `bind()` pairs
the two by method and path template. An operation no method sends, or a method whose parameters do not
cover the spec's, is a `BindingError` naming the operation, so an operation added by a version bump is
either exercised or fails the suite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tests.contract.typed_surface import TypedMethod, typed_methods

__all__ = ["BindingError", "Endpoint", "SpecOperation", "bind", "discover_endpoints", "spec_operations"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_TEMPLATE_PARAM = re.compile(r"\{[^}]+\}")


class BindingError(AssertionError):
    """An operation of the spec that the suite cannot call through the generated client."""


@dataclass(frozen=True)
class SpecOperation:
    method: str
    path: str
    operation_id: str
    parameters: tuple[tuple[str, str], ...]
    """(location, name) of every parameter (path, query, header, cookie), security headers excluded."""
    has_body: bool
    needs_key: bool = True
    """The spec's security requirement for it (its own, else the top-level one) asks for a credential."""

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.operation_id})"


@dataclass
class Endpoint:
    """One typed method's operation, with what the suite needs to call it."""

    name: str
    """`client.<resource>.<method>`."""
    method: str
    path_template: str
    path_args: list[str]
    """Python names of the path parameters, in URL order."""
    keyword_args: list[str]
    body_type: Any = None
    spec_to_python: dict[tuple[str, str], str] = field(default_factory=dict)
    typed: Any = None
    """The `TypedMethod` (tests/contract/typed_surface.py) on `FinalPOS` that sends this operation."""


def _resolve(ref: Any, spec: dict[str, Any]) -> Any:
    while isinstance(ref, dict) and "$ref" in ref:
        node: Any = spec
        for part in ref["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        ref = node
    return ref


def spec_operations(spec: dict[str, Any]) -> list[SpecOperation]:
    found = []
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [_resolve(p, spec) for p in [*shared, *op.get("parameters", [])]]
            found.append(
                SpecOperation(
                    method=method,
                    path=path,
                    operation_id=op.get("operationId", f"{method} {path}"),
                    parameters=tuple(
                        (p["in"], p["name"]) for p in params if p["in"] in ("path", "query", "header", "cookie")
                    ),
                    has_body="requestBody" in op,
                    needs_key=_needs_key(op.get("security", spec.get("security"))),
                )
            )
    return found


def _needs_key(security: Any) -> bool:
    """No requirement, or one empty alternative (`{}`: anonymous allowed), asks for no credential."""
    alternatives = [r for r in security or [] if isinstance(r, dict)]
    return bool(alternatives) and all(alternatives)


def _shape(path: str) -> str:
    return _TEMPLATE_PARAM.sub("{}", path)


def _flat(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _endpoint_of(method: TypedMethod) -> Endpoint:
    return Endpoint(
        name=method.label,
        method=method.http_method,
        path_template=method.path,
        path_args=list(method.positional),
        keyword_args=[p for p in method.parameters if p not in method.positional and p != "body"],
        body_type=method.body_type,
        typed=method,
    )


def discover_endpoints() -> list[Endpoint]:
    return [_endpoint_of(method) for method in typed_methods().values()]


def bind(operations: list[SpecOperation], endpoints: list[Endpoint]) -> dict[SpecOperation, Endpoint]:
    """Pair every spec operation with its generated module; raise naming every operation that has none."""
    by_shape = {(e.method, _shape(e.path_template)): e for e in endpoints}
    bound: dict[SpecOperation, Endpoint] = {}
    problems: list[str] = []
    for op in operations:
        endpoint = by_shape.get((op.method, _shape(op.path)))
        if endpoint is None:
            problems.append(f"{op.label}: no FinalPOS method sends {op.method.upper()} {op.path}")
            continue
        mapping: dict[tuple[str, str], str] = {}
        spec_path_names = [m.group(0)[1:-1] for m in _TEMPLATE_PARAM.finditer(op.path)]
        mapping.update({("path", s): p for s, p in zip(spec_path_names, endpoint.path_args, strict=False)})
        by_flat = {_flat(k): k for k in endpoint.keyword_args}
        for location, name in op.parameters:
            if location == "path":
                continue
            # The generator suffixes the location where one name is used in several, or is reserved
            # (`param_query`, `client_query`).
            # The exact name first: `mixed_case` and `mixedCase` may both be arguments (flat names collide).
            exact = name if name in endpoint.keyword_args else None
            found = exact or by_flat.get(_flat(name)) or by_flat.get(_flat(name) + location)
            if found is None:
                problems.append(f"{op.label}: {endpoint.name} takes no argument for {location} parameter {name!r}")
                continue
            mapping[(location, name)] = found
        if len(spec_path_names) != len(endpoint.path_args):
            problems.append(f"{op.label}: {endpoint.name} takes path args {endpoint.path_args}")
        if op.has_body and endpoint.body_type is None:
            problems.append(f"{op.label}: {endpoint.name} takes no request body")
        endpoint.spec_to_python = mapping
        if endpoint.typed is not None:
            takes = {_flat(p) for p in endpoint.typed.parameters}
            for location, name in op.parameters:
                python = mapping.get((location, name), name)
                if python not in endpoint.typed.parameters and _flat(python) not in takes:
                    problems.append(f"{op.label}: {endpoint.typed.label} takes no {location} parameter {name!r}")
        bound[op] = endpoint
    if problems:
        raise BindingError("operations the suite cannot exercise:\n  " + "\n  ".join(problems))
    return bound
