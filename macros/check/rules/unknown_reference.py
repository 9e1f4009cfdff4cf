"""Every id an entry names (sources, related terms, red flags…) exists, and is of the right kind."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

from macros.check.published import current_from_files
from macros.check.rules import Rule
from macros.entities import BY_NAME
from macros.load.documents import Tree
from macros.problems import Problem
from macros.schema.registry import references


def check(tree: Tree) -> Iterable[Problem]:
    ids: dict[str, set[str]] = {}
    for entry in tree.files:
        ids.setdefault(entry.kind, set()).add(entry.id)
    renamed = {old: c.id for c in current_from_files(tree.files) for old in c.redirect_from}
    for entry in tree.files:
        data = entry.document.data
        if not isinstance(data, dict):
            continue
        for field, target in references(entry.kind).items():
            values = data.get(field)
            if not isinstance(values, list):
                continue
            for index, value in enumerate(values):
                if not isinstance(value, str) or value in ids.get(target, set()) or value.startswith("todo-"):
                    continue  # a `todo-` id is a scaffold placeholder: the placeholder rule reports it
                line, col = entry.document.position((field, index))
                yield Problem(entry.path, line, col,
                              f"'{field}' names '{value}', but there is no {BY_NAME[target].singular} with that id",
                              _hint(value, target, ids, tree.root.name, renamed))


def _hint(value: str, target: str, ids: dict[str, set[str]], root: str, renamed: dict[str, str]) -> str:
    if value in renamed:  # its entry was renamed and keeps the old id only as a redirect
        return f"'{value}' was renamed: write '{renamed[value]}'"
    close = get_close_matches(value, sorted(ids.get(target, ())), n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    elsewhere = [kind for kind, names in ids.items() if value in names]
    if elsewhere:
        return f"'{value}' is a {BY_NAME[elsewhere[0]].singular}; this field takes ids from {root}/{target}/"
    return f"use the file name (without .yaml) of an entry in {root}/{target}/, or add that entry"


RULE = Rule("unknown-reference", "Referenced ids exist and are of the expected kind.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
