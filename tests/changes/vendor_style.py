"""Re-style a spec without changing any wire shape: the vendor's way of writing it, not what it says.

`inline_style` writes every schema where it is used (no `components/schemas`). `nestjs_style` does what
@nestjs/swagger does: every request body, response and nested object becomes a `$ref`d component
with a DTO name (`CreateCustomerDto`, `UpdateCustomerDto`, `CustomerDto`, `BillingDto`, `NoteDto`),
one component per distinct shape, reused wherever that shape appears. Both start from the repository's
`openapi.json` (see specs.py); nothing is hand-copied.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from .specs import REF

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(node: Any, components: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_resolve(v, components) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF):
        target = _resolve(copy.deepcopy(components[ref.removeprefix(REF)]), components)
        return {**target, **{k: _resolve(v, components) for k, v in node.items() if k != "$ref"}}
    return {k: _resolve(v, components) for k, v in node.items()}


def inline_style(doc: dict[str, Any]) -> None:
    """Every `$ref` to a schema replaced by a copy of it; `components/schemas` emptied."""
    components = doc.get("components", {}).get("schemas", {})
    doc["paths"] = _resolve(doc["paths"], components)
    doc["components"]["schemas"] = {}


def _pascal(text: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and bool(schema.get("properties"))


class _Hoister:
    def __init__(self) -> None:
        self.components: dict[str, Any] = {}
        self.by_shape: dict[str, str] = {}

    def name_for(self, schema: dict[str, Any], wanted: str, parent: str) -> str:
        shape = json.dumps(schema, sort_keys=True)
        if shape in self.by_shape:  # NestJS reuses one DTO class wherever the same type appears
            return self.by_shape[shape]
        name = wanted if wanted not in self.components else parent.removesuffix("Dto") + wanted
        # Two shapes of one controller's DTO (say GET one vs POST answer): the vendor's own class names
        # would differ somehow; ours must not care how, so any unused name does.
        n = 2
        while name in self.components:
            name, n = f"{wanted.removesuffix('Dto')}Variant{n}Dto", n + 1
        self.components[name] = schema
        self.by_shape[shape] = name
        return name

    def hoist(self, schema: Any, wanted: str, parent: str = "") -> Any:
        """`schema` with its nested objects hoisted; itself a `$ref` when it is an object."""
        if not isinstance(schema, dict):
            return schema
        out = dict(schema)
        if isinstance(out.get("items"), dict):
            out["items"] = self.hoist(out["items"], wanted, parent)
        if not _is_object(out):
            return out
        props = {}
        for prop, sub in out["properties"].items():
            if isinstance(sub, dict) and sub.get("type") == "array":
                props[prop] = self.hoist(sub, _singular(_pascal(prop)) + "Dto", wanted)
            else:
                props[prop] = self.hoist(sub, _pascal(prop) + "Dto", wanted)
        out["properties"] = props
        annotations = {k: out.pop(k) for k in ("nullable",) if k in out}
        ref = {"$ref": REF + self.name_for(out, wanted, parent)}
        return {"allOf": [ref], **annotations} if annotations else ref


def nestjs_style(doc: dict[str, Any]) -> None:
    """Every request/response/nested object a `$ref`d DTO component under NestJS-style names."""
    inline_style(doc)
    hoister = _Hoister()
    for item in doc["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            # operationIds are `<Controller>_<method>`: the controller names the DTOs, as in NestJS code.
            entity = _singular(operation["operationId"].split("_", 1)[0].removesuffix("Controller"))
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                verb = "Create" if method == "post" else "Update"
                body["schema"] = hoister.hoist(body["schema"], f"{verb}{entity}Dto")
            for status, response in operation.get("responses", {}).items():
                media = response.get("content", {}).get("application/json")
                if not media:
                    continue
                if not str(status).startswith("2"):
                    wanted = "ErrorResponseDto"
                elif method == "delete":
                    wanted = f"Delete{entity}ResponseDto"
                else:
                    wanted = f"{entity}Dto"
                media["schema"] = hoister.hoist(media["schema"], wanted)
    doc["components"]["schemas"] = hoister.components
