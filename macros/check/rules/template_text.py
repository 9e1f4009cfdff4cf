"""Data text never holds template delimiters ({{ }}, {% %}, {# #}).

The pages are rendered by a template engine (Jinja, through mkdocs-macros or Zensical). Data
values are passed to it as values, never as template source (macros/site/pages.py), so braces are
harmless to the build; this rule keeps it that way for any future path, and tells the
contributor at once instead of leaving a surprise for the reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import Document, EntryFile, Pointer, Position, strings
from macros.problems import Problem

DELIMITERS = ("{{", "{%", "{#", "}}", "%}", "#}")
_FOUND = re.compile("|".join(re.escape(d) for d in DELIMITERS))


def check(entry: EntryFile) -> Iterable[Problem]:
    doc = entry.document
    for pointer, value, is_key in strings(doc.data):
        found = _FOUND.search(value)
        if found is None:
            continue
        line, col = _where(doc, pointer, is_key, found.group())
        what = "a field name" if is_key else f"'{_name(pointer)}'"
        yield Problem(doc.path, line, col, f"{what} contains '{found.group()}', which the site's template engine reads as code",
                      f"take out the '{found.group()}': use words, or round brackets instead of curly braces")


def _where(doc: Document, pointer: Pointer, is_key: bool, delimiter: str) -> Position:
    """The delimiter's own line and column when it is written as-is near the value, else the value's."""
    line, col = doc.position(pointer, key=is_key)
    lines = doc.text.splitlines()
    for number in range(line, min(line + 200, len(lines) + 1)):
        start = col - 1 if number == line else 0
        at = lines[number - 1].find(delimiter, start)
        if at >= 0:
            return number, at + 1
    return line, col


def _name(pointer: Pointer) -> str:
    return "".join(f"[{p + 1}]" if isinstance(p, int) else f".{p}" for p in pointer).lstrip(".") or "the file"


RULE = Rule("template-text", "No template delimiters ({{, {%, {#) in data text.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
