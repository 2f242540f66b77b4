"""A small JSON Schema checker for the keywords pack.schema.json uses, with clear error paths.

The project has no jsonschema dependency; this reads the same schema file a pack author can
validate against with any JSON Schema tool, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


@dataclass(frozen=True)
class SchemaViolation:
    """Where a document breaks the schema ($.exercises[3].title) and how."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path} {self.problem}"


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    for name, types in _TYPES.items():
        if isinstance(value, types):
            return (
                "a number"
                if name == "integer"
                else f"an {name}"
                if name[0] in "aeiou"
                else f"a {name}"
            )
    return type(value).__name__


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}[{key!r}]"


class SchemaChecker:
    """Checks documents against one schema; stops at the first violation."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema

    def first_violation(self, document: Any) -> SchemaViolation | None:
        """The first place document breaks the schema, or None if it conforms."""
        return self._check(document, self.schema, "$")

    def _resolve(self, ref: str) -> dict[str, Any]:
        node: Any = self.schema
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return dict(node)

    def _check(self, value: Any, schema: dict[str, Any], path: str) -> SchemaViolation | None:
        if "$ref" in schema:
            return self._check(value, self._resolve(schema["$ref"]), path)
        if "const" in schema and value != schema["const"]:
            return SchemaViolation(path, f"must be {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            choices = ", ".join(repr(v) for v in schema["enum"])
            return SchemaViolation(path, f"must be one of {choices}")
        wanted = schema.get("type")
        if wanted:
            ok = isinstance(value, _TYPES[wanted]) and not (
                isinstance(value, bool) and wanted != "boolean"
            )
            if not ok:
                return SchemaViolation(
                    path, f"must be {_type_name(_sample(wanted))}, not {_type_name(value)}"
                )
        if isinstance(value, str):
            return self._string(value, schema, path)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                return SchemaViolation(path, f"must be at least {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                return SchemaViolation(path, f"must be at most {schema['maximum']}")
        if isinstance(value, list):
            return self._array(value, schema, path)
        if isinstance(value, dict):
            return self._object(value, schema, path)
        return None

    def _string(self, value: str, schema: dict[str, Any], path: str) -> SchemaViolation | None:
        if len(value) < schema.get("minLength", 0):
            return SchemaViolation(path, "must not be empty")
        limit = schema.get("maxLength")
        if limit is not None and len(value) > limit:
            return SchemaViolation(
                path, f"is {len(value):,} characters long; at most {limit:,} are allowed"
            )
        pattern = schema.get("pattern")
        if pattern and not re.search(pattern, value):
            return SchemaViolation(path, f"{value[:40]!r} does not match {pattern}")
        return None

    def _array(self, value: list[Any], schema: dict[str, Any], path: str) -> SchemaViolation | None:
        if len(value) < schema.get("minItems", 0):
            return SchemaViolation(path, f"needs at least {schema['minItems']} item(s)")
        limit = schema.get("maxItems")
        if limit is not None and len(value) > limit:
            return SchemaViolation(path, f"has {len(value):,} items; at most {limit:,} are allowed")
        items = schema.get("items")
        if items:
            for i, item in enumerate(value):
                found = self._check(item, items, f"{path}[{i}]")
                if found:
                    return found
        return None

    def _object(
        self, value: dict[str, Any], schema: dict[str, Any], path: str
    ) -> SchemaViolation | None:
        for key in schema.get("required", ()):
            if key not in value:
                return SchemaViolation(_key_path(path, key), "is missing")
        limit = schema.get("maxProperties")
        if limit is not None and len(value) > limit:
            return SchemaViolation(
                path, f"has {len(value):,} entries; at most {limit:,} are allowed"
            )
        if len(value) < schema.get("minProperties", 0):
            return SchemaViolation(path, "must not be empty")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        names = schema.get("propertyNames")
        for key, item in value.items():
            sub = _key_path(path, key)
            if names and "pattern" in names and not re.search(names["pattern"], key):
                return SchemaViolation(sub, f"is not an allowed name ({names['pattern']})")
            if key in properties:
                found = self._check(item, properties[key], sub)
            elif extra is False:
                return SchemaViolation(sub, "is not a known field")
            elif isinstance(extra, dict):
                found = self._check(item, extra, sub)
            else:
                found = None
            if found:
                return found
        return None


def _sample(type_name: str) -> Any:
    return {"object": {}, "array": [], "string": "", "integer": 0, "number": 0.0}.get(type_name)
