"""Each data file names its schema on the first line, so editors autocomplete and underline mistakes."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.check.style import header
from macros.load.documents import EntryFile
from macros.problems import Problem


def check(entry: EntryFile) -> Iterable[Problem]:
    wanted = header(entry.kind)
    first = entry.document.text.split("\n", 1)[0].rstrip()
    if first != wanted:
        yield Problem(entry.path, 1, 1, "the first line does not name the schema for editors",
                      f"make the first line `{wanted}` (or run `.venv/bin/cramp-atlas fmt`)")


RULE = Rule("schema-header", "The first line points editors at the kind's JSON Schema.",
            scope="file", check=check, severity="warning", blocks_publishing=False, fixable=True)
