"""Fields come in the schema's order, so every file reads the same way and diffs stay small."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.check.style import out_of_order
from macros.load.documents import EntryFile
from macros.problems import Problem


def check(entry: EntryFile) -> Iterable[Problem]:
    data = entry.document.data
    if not isinstance(data, dict):
        return
    found = out_of_order(entry.kind, list(data))
    if found:
        key, after = found
        line, col = entry.document.position((key,), key=True)
        yield Problem(entry.path, line, col, f"field '{key}' should come before '{after}'",
                      "run `.venv/bin/cramp-atlas fmt` to put the fields in the agreed order")


RULE = Rule("key-order", "Fields follow the order the schema lists them in.",
            scope="file", check=check, severity="warning", blocks_publishing=False, fixable=True)
