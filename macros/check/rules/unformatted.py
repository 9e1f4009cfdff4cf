"""Files are in house style (what `.venv/bin/cramp-atlas fmt` writes), so diffs show only facts.

Only fires when no more specific style rule (header, key order, trailing spaces) explains the
difference: one mistake, one message.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.check.style import header, in_house_style, out_of_order
from macros.load.documents import EntryFile
from macros.problems import Problem
from macros.schema.registry import field_names


def check(entry: EntryFile) -> Iterable[Problem]:
    text, data = entry.document.text, entry.document.data
    if not isinstance(data, dict) or _explained(entry.kind, text, data):
        return
    if not _house_style(entry.kind, text):
        yield Problem(entry.path, 1, 1, "the file is not in house style (indentation, quoting or spacing)",
                      "run `.venv/bin/cramp-atlas fmt` and commit the result")


def _house_style(kind: str, text: str) -> bool:
    try:
        return in_house_style(kind, text)
    except ValueError:  # ruamel builds dates: an impossible one (2026-02-30) is review-date's to explain
        return True


def _explained(kind: str, text: str, data: dict) -> bool:
    lines = text.splitlines()
    unknown = set(data) - set(field_names(kind))  # an unknown field is already an error of its own
    return (bool(unknown) or not lines or lines[0] != header(kind) or any(line != line.rstrip() for line in lines)
            or out_of_order(kind, list(data)) is not None)


RULE = Rule("unformatted", "Files are formatted the way `.venv/bin/cramp-atlas fmt` writes them.",
            scope="file", check=check, severity="warning", blocks_publishing=False, fixable=True, style_only=True)
