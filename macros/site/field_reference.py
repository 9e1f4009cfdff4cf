"""The field reference, generated from the JSON Schemas so it can never drift from the checker.

Kept small and separate: if a shared schema-reference generator appears (contributor docs),
the Data page's macro can point at it instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from macros.entities import BY_NAME
from macros.schema.registry import resolve, schema


@dataclass(frozen=True)
class FieldDoc:
    name: str  # dotted for fields inside a group, e.g. dose.flexibility.hold
    required: bool
    kind_of_value: str  # what to write, in words: "text", "list of source ids", "one of: ..."
    description: str


def value_words(node: dict[str, Any], base: str) -> str:
    node = resolve(node, base)
    base = node["x-base"]
    if "enum" in node:
        return "one of: " + ", ".join(str(v) for v in node["enum"])
    if "const" in node:
        return f"always {node['const']}"
    for combination in ("oneOf", "anyOf"):
        if combination in node and "type" not in node:
            return " or ".join(value_words(option, base) for option in node[combination])
    if "allOf" in node:
        return value_words(node["allOf"][0], base)
    kind = node.get("type")
    if isinstance(kind, list):
        return " or ".join(value_words({**node, "type": k}, base) for k in kind)
    if kind == "array":
        items = resolve(node.get("items", {}), base)
        target = items.get("x-refers-to")
        if target:
            return f"list of ids of {BY_NAME[target].singular} entries"
        return "list of " + PLURALS.get(value_words(items, base), value_words(items, base))
    if kind == "string" and node.get("pattern", "").startswith("^\\d{4}-"):
        return "date (YYYY-MM-DD)"
    if kind == "string" and node.get("pattern", "").startswith("^[a-z0-9]+"):
        return "id"
    return {"string": "text", "integer": "whole number", "number": "number", "boolean": "true or false",
            "object": "group of fields", "null": "null"}.get(kind or "", "see the schema")


PLURALS = {"id": "ids", "group of fields": "groups of fields", "whole number": "whole numbers"}


def field_docs(properties: dict[str, Any], required: list[str], base: str, prefix: str = "") -> list[FieldDoc]:
    docs = []
    for name, prop in properties.items():
        node = resolve(prop, base)
        docs.append(FieldDoc(prefix + name, name in required, value_words(prop, base), node.get("description", "")))
        if node.get("type") == "object" and "properties" in node:
            docs += field_docs(node["properties"], node.get("required", []), node["x-base"], f"{prefix}{name}.")
    return docs


def kind_fields(kind: str) -> list[FieldDoc]:
    """The fields of one kind's YAML files (and of `fields` in the export)."""
    doc = schema(kind)
    return field_docs(doc["properties"], doc.get("required", []), doc["$id"])


def export_fields(part: str = "top") -> list[FieldDoc]:
    """The export's own fields: the top level of atlas.json ('top') or one entry ('entry')."""
    doc = schema("atlas.schema")
    node = doc if part == "top" else doc["$defs"]["entry"]
    return field_docs(node["properties"], node.get("required", []), doc["$id"])
