"""A source that no fact cites is either a forgotten citation or dead weight in the bibliography.

A warning, not an error: adding a source before the fact that cites it is a normal first step."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import Tree
from macros.problems import Problem
from macros.schema.registry import references


def check(tree: Tree) -> Iterable[Problem]:
    cited: set[str] = set()
    for entry in tree.files:
        if isinstance(entry.document.data, dict) and "sources" in references(entry.kind):
            cited.update(v for v in entry.document.data.get("sources") or [] if isinstance(v, str))
    for entry in tree.files:
        if entry.kind == "sources" and entry.id not in cited:
            yield Problem(entry.path, 1, 1, f"source '{entry.id}' is not cited by any entry",
                          f"add '{entry.id}' to the `sources:` list of the fact it supports, or delete this file")


RULE = Rule("uncited-source", "Every source is cited by at least one fact.",
            scope="tree", check=check, severity="warning", blocks_publishing=False, fixable=False)
