"""Files are in house style (what `python -m macros fmt` writes), so diffs show only facts.

Only fires when no more specific style rule (header, key order, trailing spaces) explains the
difference: one mistake, one message.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..load import Tree
from ..problems import Problem
from ..schemas import field_names
from ..style import formatted, header, out_of_order
from . import Rule


def check(tree: Tree) -> Iterable[Problem]:
    for entry in tree.files:
        text, data = entry.document.text, entry.document.data
        if not isinstance(data, dict) or _explained(entry.kind, text, data):
            continue
        if formatted(entry.kind, text) != text:
            yield Problem(entry.path, 1, 1, "the file is not in house style (indentation, quoting or spacing)",
                          "run `python -m macros fmt` and commit the result", severity="warning")


def _explained(kind: str, text: str, data: dict) -> bool:
    lines = text.splitlines()
    unknown = set(data) - set(field_names(kind))  # an unknown field is already an error of its own
    return (bool(unknown) or not lines or lines[0] != header(kind) or any(line != line.rstrip() for line in lines)
            or out_of_order(kind, list(data)) is not None)


RULE = Rule("unformatted", "Files are formatted the way `python -m macros fmt` writes them.", "file", check)
