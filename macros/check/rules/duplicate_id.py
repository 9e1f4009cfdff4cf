"""Ids are unique across the whole atlas, so a link or citation can only mean one entry."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    first: dict[str, str] = {}
    for entry in sorted(tree.files, key=lambda e: e.path):
        key = entry.id.lower()
        if key in first:
            yield Problem(entry.path, 1, 1, f"id '{entry.id}' is already used by {first[key]}",
                          "rename this file to an id no other entry has")
        else:
            first[key] = entry.path


RULE = Rule("duplicate-id", "No two entries share an id.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
