"""The JSON Schemas in macros/schema/, and what they say about fields, references and ids.

A `Schemas` is the folder as it was when a build began: parsed once, for that build. The
functions below answer from the schemas in use, which `use` replaces when a new build session
starts (macros/model/atlas.py), so `mkdocs serve` never checks today's data against yesterday's schema.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from macros.load.stamps import Stamp, folder_stamp

if TYPE_CHECKING:  # imported when a file is validated: a build whose files `check` remembers needs neither
    from jsonschema import Draft202012Validator
    from referencing import Registry

SCHEMA_DIR = Path(__file__).parent
COMMON = "common"  # the schema every kind shares: ids, dates, grades


class Schemas:
    def __init__(self, folder: Path = SCHEMA_DIR):
        self.folder = folder
        self.stamp: Stamp = folder_stamp(folder)
        self._validators: dict[str, Draft202012Validator] = {}
        self._field_sets: dict[str, frozenset[str]] = {}

    @cached_property
    def documents(self) -> dict[str, dict[str, Any]]:
        """Each schema by name: 'stretches', 'common', 'atlas.schema'…"""
        return {path.name.removesuffix(".json"): json.loads(path.read_text(encoding="utf-8"))
                for path in sorted(self.folder.glob("*.json"))}

    def schema(self, kind: str) -> dict[str, Any]:
        try:
            return self.documents[kind]
        except KeyError:
            raise FileNotFoundError(self.folder / f"{kind}.json") from None

    @cached_property
    def registry(self) -> Registry:
        from referencing import Registry, Resource

        return Registry().with_resources((d["$id"], Resource.from_contents(d)) for d in self.documents.values())

    def validator(self, kind: str) -> Draft202012Validator:
        if kind not in self._validators:
            from jsonschema import Draft202012Validator

            self._validators[kind] = Draft202012Validator(self.schema(kind), registry=self.registry)
        return self._validators[kind]

    def field_set(self, kind: str) -> frozenset[str]:
        if kind not in self._field_sets:
            self._field_sets[kind] = frozenset(self.schema(kind)["properties"])
        return self._field_sets[kind]

    @cached_property
    def id_pattern(self) -> re.Pattern[str]:
        return re.compile(self.schema(COMMON)["$defs"]["id"]["pattern"])


_in_use: Schemas | None = None


def in_use() -> Schemas:
    """The schemas of the build (or command) under way; read on first use."""
    global _in_use
    if _in_use is None:
        _in_use = Schemas()
    return _in_use


def use(schemas: Schemas) -> None:
    """Make these the schemas every check and template reads: a new build session calls this."""
    global _in_use
    _in_use = schemas


def schema(kind: str) -> dict[str, Any]:
    return in_use().schema(kind)


def validator(kind: str) -> Draft202012Validator:
    return in_use().validator(kind)


def id_pattern() -> re.Pattern[str]:
    """What an entry id looks like (common.json's `id`): lower-case words joined by hyphens."""
    return in_use().id_pattern


def field_names(kind: str) -> list[str]:
    return list(schema(kind)["properties"])


def has_field(kind: str, name: str) -> bool:
    """Whether the kind's schema names this field (templates ask it tens of thousands of times a build)."""
    return name in in_use().field_set(kind)


def references(kind: str) -> dict[str, str]:
    """Top-level fields that hold ids of other entries, and the kind each must name."""
    found = {}
    for name, prop in schema(kind)["properties"].items():
        target = prop.get("items", {}).get("x-refers-to")
        if target:
            found[name] = target
    return found


def resolve(node: dict[str, Any], base: str) -> dict[str, Any]:
    """A schema node with its $ref followed; the node's own keys (e.g. description) win.

    `base` is the $id the node's refs are relative to; a followed ref changes it, so the
    result carries it along as `x-base`.
    """
    if "$ref" not in node:
        return {"x-base": base, **node}
    found = in_use().registry.resolver(base).lookup(node["$ref"])
    target_base = urljoin(base, node["$ref"]).partition("#")[0]  # our schemas have no nested $id
    target = resolve(found.contents, target_base)
    return {**target, **{k: v for k, v in node.items() if k != "$ref"}}


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
        node = resolve(node, schema(kind)["$id"])
    return node.get("description", "")
