"""The JSON Schemas in macros/schema/: loaded once, and what they say about fields and references."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMA_DIR = Path(__file__).parent / "schema"


@cache
def schema(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{kind}.json").read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    resources = []
    for path in SCHEMA_DIR.glob("*.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


@cache
def validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(schema(kind), registry=_registry())


def field_names(kind: str) -> list[str]:
    return list(schema(kind)["properties"])


def references(kind: str) -> dict[str, str]:
    """Top-level fields that hold ids of other entries, and the kind each must name."""
    found = {}
    for name, prop in schema(kind)["properties"].items():
        target = prop.get("items", {}).get("x-refers-to")
        if target:
            found[name] = target
    return found


def describe(kind: str, pointer: tuple) -> str:
    """The schema's description of the field at pointer, used as the hint a contributor reads."""
    node: dict[str, Any] = schema(kind)
    for part in pointer:
        props = node.get("properties", {})
        if isinstance(part, str) and part in props:
            node = props[part]
        elif isinstance(part, int) and "items" in node:
            node = node["items"]
    if "$ref" in node and "description" not in node:
        node = _registry().resolver(schema(kind)["$id"]).lookup(node["$ref"]).contents
    return node.get("description", "")
