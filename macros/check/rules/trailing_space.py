"""Spaces at the end of a line are invisible in review and make noisy diffs."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem


def check(entry: EntryFile) -> Iterable[Problem]:
    for number, line in enumerate(entry.document.text.splitlines(), 1):
        if line != line.rstrip():
            yield Problem(entry.path, number, len(line.rstrip()) + 1, "spaces at the end of the line",
                          "delete them (or run `.venv/bin/cramp-atlas fmt`)")


RULE = Rule("trailing-space", "No line ends in spaces or tabs.",
            scope="file", check=check, severity="warning", blocks_publishing=False, fixable=True)
