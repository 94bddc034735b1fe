"""The small part of JSON Schema (OpenAPI 3.0/3.1 flavour) the fake needs, with no dependency.

`problem(value, schema)` returns the first reason a value does not fit, naming the field
(`notes[0].message`), or None. `example(schema)` builds a value from the schema's examples, for
required response fields a request did not supply and for operations answered from examples.
Formats are not checked (the API's own rules for them are not in the spec).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["SchemaSet"]

REF_PREFIX = "#/components/schemas/"
_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "null":
        return value is None
    return True


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


class SchemaSet:
    """Schemas that may `$ref` the spec's components (`#/components/schemas/<name>`)."""

    def __init__(self, components: Mapping[str, Any]) -> None:
        self.components = components

    def resolve(self, schema: Any) -> dict[str, Any]:
        for _ in range(64):
            if not (isinstance(schema, dict) and "$ref" in schema):
                break
            schema = self.components.get(str(schema["$ref"]).removeprefix(REF_PREFIX), {})
        return schema if isinstance(schema, dict) else {}

    def properties(self, schema: Any) -> dict[str, Any]:
        """Declared properties, allOf parts included."""
        resolved = self.resolve(schema)
        found: dict[str, Any] = {}
        for part in resolved.get("allOf") or []:
            found.update(self.properties(part))
        found.update(resolved.get("properties") or {})
        return found

    def required(self, schema: Any) -> list[str]:
        resolved = self.resolve(schema)
        names = [str(n) for n in resolved.get("required") or []]
        for part in resolved.get("allOf") or []:
            names += [n for n in self.required(part) if n not in names]
        return names

    def is_open(self, schema: Any) -> bool:
        """True when a response may carry fields beyond the declared ones as they were sent."""
        resolved = self.resolve(schema)
        extra = resolved.get("additionalProperties")
        return (
            bool(resolved.get("x-finalpos-dynamic"))
            or extra is True
            or isinstance(extra, dict)
            or not (self.properties(resolved))
        )

    def problem(self, value: Any, schema: Any, where: str = "") -> str | None:
        schema = self.resolve(schema)
        if not schema:
            return None
        label = f"Field `{where}`" if where else "The body"
        if value is None and schema.get("nullable"):
            return None
        for part in schema.get("allOf") or []:
            found = self.problem(value, part, where)
            if found:
                return found
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if options:
                fits = [o for o in options if self.problem(value, o, where) is None]
                if not fits:
                    return self.problem(value, options[0], where) or f"{label} matches none of the allowed shapes"
                if key == "oneOf" and len(fits) > 1 and not schema.get("discriminator"):
                    return f"{label} matches more than one of the allowed shapes"
        types = schema.get("type")
        names = [types] if isinstance(types, str) else list(types or [])
        if names and not any(_is_type(value, n) for n in names):
            wanted = " or ".join(_TYPE_WORDS.get(n, n) for n in names)
            return f"{label} must be {wanted}" if value is not None else f"{label} must not be null"
        if "enum" in schema and value not in schema["enum"]:
            return f"{label} must be one of {', '.join(map(str, schema['enum']))}"
        if "const" in schema and value != schema["const"]:
            return f"{label} must be {schema['const']!r}"
        if isinstance(value, str):
            if len(value) < int(schema.get("minLength", 0)):
                return f"{label} must be at least {schema['minLength']} characters long"
            if "maxLength" in schema and len(value) > int(schema["maxLength"]):
                return f"{label} must be at most {schema['maxLength']} characters long"
            if "pattern" in schema and not re.search(str(schema["pattern"]), value):
                return f"{label} must match {schema['pattern']}"
        if isinstance(value, int | float) and not isinstance(value, bool):
            found = self._bounds(value, schema, label)
            if found:
                return found
        if isinstance(value, list):
            if len(value) < int(schema.get("minItems", 0)):
                return f"{label} must have at least {schema['minItems']} items"
            if "maxItems" in schema and len(value) > int(schema["maxItems"]):
                return f"{label} must have at most {schema['maxItems']} items"
            if "items" in schema:
                for index, item in enumerate(value):
                    found = self.problem(item, schema["items"], f"{where}[{index}]")
                    if found:
                        return found
        if isinstance(value, dict):
            return self._object_problem(value, schema, where)
        return None

    def _bounds(self, value: float, schema: dict[str, Any], label: str) -> str | None:
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and (value < low or (schema.get("exclusiveMinimum") is True and value == low)):
            return f"{label} must not be less than {low}"
        if high is not None and (value > high or (schema.get("exclusiveMaximum") is True and value == high)):
            return f"{label} must not be greater than {high}"
        above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        # OpenAPI 3.1 numeric exclusive bounds (3.0's boolean form is handled above).
        if isinstance(above, int | float) and not isinstance(above, bool) and value <= above:
            return f"{label} must be greater than {above}"
        if isinstance(below, int | float) and not isinstance(below, bool) and value >= below:
            return f"{label} must be less than {below}"
        return None

    def _object_problem(self, value: dict[str, Any], schema: dict[str, Any], where: str) -> str | None:
        properties = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name not in value:
                return f"Field `{_join(where, str(name))}` is required"
        for name, item in value.items():
            if name in properties:
                found = self.problem(item, properties[name], _join(where, name))
                if found:
                    return found
            elif schema.get("additionalProperties") is False:
                return f"Field `{_join(where, name)}` is not allowed"
            elif isinstance(schema.get("additionalProperties"), dict):
                found = self.problem(item, schema["additionalProperties"], _join(where, name))
                if found:
                    return found
        return None

    def example(self, schema: Any, depth: int = 0) -> Any:
        """A value for the schema: its example, else one built from its parts (required fields only)."""
        schema = self.resolve(schema)
        if "example" in schema:
            return schema["example"]
        if schema.get("enum"):
            return schema["enum"][0]
        if depth > 8:
            return None
        for key in ("allOf", "oneOf", "anyOf"):
            if schema.get(key):
                if key == "allOf":
                    merged: dict[str, Any] = {}
                    for part in schema[key]:
                        piece = self.example(part, depth + 1)
                        if isinstance(piece, dict):
                            merged.update(piece)
                    return merged
                return self.example(schema[key][0], depth + 1)
        types = schema.get("type")
        kind = types if isinstance(types, str) else next((t for t in types or [] if t != "null"), None)
        if kind == "object" or (kind is None and "properties" in schema):
            properties = schema.get("properties") or {}
            return {name: self.example(properties.get(name, {}), depth + 1) for name in schema.get("required") or []}
        if kind == "array":
            return []
        defaults: dict[str | None, Any] = {"string": "string", "integer": 0, "number": 0, "boolean": False}
        return defaults.get(kind)
