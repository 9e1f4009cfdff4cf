"""Each data file names its schema on the first line, so editors autocomplete and underline mistakes."""

from __future__ import annotations

from collections.abc import Iterable

from ..load import Tree
from ..problems import Problem
from ..style import header
from . import Rule


def check(tree: Tree) -> Iterable[Problem]:
    for entry in tree.files:
        wanted = header(entry.kind)
        first = entry.document.text.split("\n", 1)[0].rstrip()
        if first != wanted:
            yield Problem(entry.path, 1, 1, "the first line does not name the schema for editors",
                          f"make the first line `{wanted}` (or run `python -m macros fmt`)", severity="warning")


RULE = Rule("schema-header", "The first line points editors at the kind's JSON Schema.", "file", check)
