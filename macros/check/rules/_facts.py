"""What the evidence rules share: the fact entries of a tree, and the sources they cite."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from macros.entities import BY_NAME
from macros.load.documents import EntryFile, Tree


def fact_entries(tree: Tree) -> Iterator[EntryFile]:
    for entry in tree.files:
        kind = BY_NAME.get(entry.kind)
        if kind and kind.fact and isinstance(entry.document.data, dict):
            yield entry


def sources_by_id(tree: Tree) -> dict[str, dict[str, Any]]:
    return {e.id: e.document.data for e in tree.files
            if e.kind == "sources" and isinstance(e.document.data, dict)}


def cited_sources(entry: EntryFile) -> list[str]:
    cited = entry.document.data.get("sources") or []
    return [s for s in cited if isinstance(s, str)] if isinstance(cited, list) else []
