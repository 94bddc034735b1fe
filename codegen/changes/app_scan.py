"""Calls on the client that types cannot see, found in the app's source (AST only, nothing imported).

mypy accepts `client.sessions.create(**payload)` whatever `payload` holds, knows nothing of
`getattr(client.sessions, name)(...)`, and checks nothing called on a parameter without a type
(`def tag(client): client.customers.update(...)`). These calls are listed as "not checked" (never as
safe) when the bump changes what they may reach. A client is a name (or `self.<name>`) bound to `FinalPOS(...)`
or `AsyncFinalPOS(...)` or annotated as one in that file, or any name containing `client`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

__all__ = ["UncheckedCall", "unchecked_calls"]

CLIENT_CLASSES = frozenset({"FinalPOS", "AsyncFinalPOS"})
RAW = "with_raw_response"


@dataclass(frozen=True)
class UncheckedCall:
    path: Path
    line: int
    code: str
    """The call as written (`client.sessions.create(**payload)`), shortened."""
    how: str
    """`**payload`, `getattr` or `untyped client`."""
    resource: str | None
    """`client.<resource>` when the source names it, else None (any resource)."""
    method: str | None
    """The method when the source names it, else None (any method of the resource)."""


def unchecked_calls(path: Path) -> list[UncheckedCall]:
    """Every `**kwargs` call on a client method and every `getattr` on a client in one file."""
    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except (SyntaxError, ValueError):
        return []  # mypy reports a file it cannot parse; nothing to add here
    clients = _client_names(tree)
    found: list[UncheckedCall] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        code = _short(ast.unparse(node))
        splat = next((k for k in node.keywords if k.arg is None), None)
        if splat is not None:
            chain = _chain(node.func)
            if chain and _is_client(chain[0], clients) and len(chain) >= 2:
                resource, method = _resource_method(chain[1:])
                how = f"**{_short(ast.unparse(splat.value), 30)}"
                found.append(UncheckedCall(path, node.lineno, code, how, resource, method))
        if isinstance(node.func, ast.Name) and node.func.id == "getattr" and node.args:
            chain = _chain(node.args[0])
            if chain and _is_client(chain[0], clients):
                name = node.args[1] if len(node.args) > 1 else None
                literal = name.value if isinstance(name, ast.Constant) and isinstance(name.value, str) else None
                resource, method = _resource_method([*chain[1:], literal] if literal else chain[1:])
                if literal is None and len(chain) == 1:
                    resource = None
                found.append(UncheckedCall(path, node.lineno, code, "getattr", resource, method))
    found.extend(_untyped_client_calls(tree, path))
    return sorted(set(found), key=lambda c: (c.line, c.code))


def _untyped_client_calls(tree: ast.AST, path: Path) -> list[UncheckedCall]:
    """`client.<resource>.<method>(...)` on a parameter with no annotation: mypy sees `Any` there."""
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = func.args.posonlyargs + func.args.args + func.args.kwonlyargs
        untyped = {a.arg for a in params if a.annotation is None and "client" in a.arg.lower()}
        for node in ast.walk(func) if untyped else ():
            if isinstance(node, ast.Call):
                chain = _chain(node.func)
                if len(chain) >= 3 and chain[0] in untyped:
                    resource, method = _resource_method(chain[1:])
                    code = _short(ast.unparse(node))
                    found.append(UncheckedCall(path, node.lineno, code, "untyped client", resource, method))
    return found


def _client_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        target, value, annotation = None, None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value, annotation = node.target, node.value, node.annotation
        elif isinstance(node, ast.arg):
            annotation = node.annotation
            names.update([node.arg] if _names_client_class(annotation) else [])
            continue
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            target, value = node.optional_vars, node.context_expr
        chain = _chain(target) if target is not None else []
        if chain and (_names_client_class(annotation) or _builds_client(value)):
            names.add(chain[-1])
    return names


def _names_client_class(annotation: ast.expr | None) -> bool:
    names = (n.id if isinstance(n, ast.Name) else getattr(n, "attr", "") for n in ast.walk(annotation or ast.Pass()))
    return any(name in CLIENT_CLASSES for name in names)


def _builds_client(value: ast.expr | None) -> bool:
    while isinstance(value, ast.Await):
        value = value.value
    if isinstance(value, ast.Call):
        chain = _chain(value.func)
        return bool(chain) and (chain[-1] in CLIENT_CLASSES or chain[-1] == "with_options")
    return False


def _chain(node: ast.expr | None) -> list[str]:
    """`self.client.sessions.create` -> ["client", "sessions", "create"] (a leading `self` dropped)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return []
    if node.id not in ("self", "cls") or not parts:
        parts.append(node.id)
    return parts[::-1]


def _is_client(name: str, clients: set[str]) -> bool:
    return name in clients or "client" in name.lower()


def _resource_method(rest: list[str]) -> tuple[str | None, str | None]:
    rest = [p for p in rest if p != RAW]
    return (rest[0] if rest else None), (rest[1] if len(rest) > 1 else None)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
