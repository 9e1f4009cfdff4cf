"""Each reference marker in `details:` names a source this entry cites, and markers sit nowhere else.

A marker (`[@source-id]`, see macros/load/citations.py) becomes a numbered link to the entry's reference
list, so a marker whose id is not in `sources:` would link to nothing."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

from macros.check.rules import Rule
from macros.check.rules.copied_text import texts
from macros.check.rules.placeholder import pointer_name
from macros.entities import BY_NAME
from macros.load import citations
from macros.load.documents import EntryFile, Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    known = {entry.id for entry in tree.files if entry.kind == "sources"}
    for entry in tree.files:
        data = entry.document.data
        if entry.kind == "sources" or not isinstance(data, dict):
            continue
        cited = [v for v in data.get("sources") or [] if isinstance(v, str)]
        for pointer, text in texts(data, ()):
            if citations.OPENING not in text:
                continue
            if pointer != (citations.FIELD,):
                yield _problem(entry, pointer, text, 0, f"a reference marker in '{pointer_name(pointer)}'",
                               f"markers go only in `{citations.FIELD}:`; move the statement and its marker there, "
                               "or delete the marker (this field's sources are the entry's `sources:`)")
                continue
            yield from _in_details(entry, text, cited, known)


def _in_details(entry: EntryFile, text: str, cited: list[str], known: set[str]) -> Iterable[Problem]:
    for offset in citations.unclosed(text):
        yield _problem(entry, (citations.FIELD,), text, offset, "an unfinished reference marker",
                       "write it as [@source-id], or [@first-id; @second-id] for two sources")
    for marker in citations.markers(text):
        for key in marker.keys:
            if key in cited:
                continue
            if citations.malformed(key):
                message, hint = (f"reference marker item '{key}' is not a source id",
                                 "write [@source-id] with the file name of a source, or [@first-id; @second-id]")
            elif key in known:
                message, hint = (f"reference marker cites '{key}', which is not in this entry's `sources:`",
                                 f"add '{key}' to `sources:`, or cite one of: {', '.join(cited)}")
            else:
                close = get_close_matches(key, cited, n=1, cutoff=0.6)
                message = f"reference marker cites '{key}', but there is no {BY_NAME['sources'].singular} with that id"
                hint = (f"did you mean '{close[0]}'?" if close
                        else f"cite one of this entry's sources: {', '.join(cited)}")
            yield _problem(entry, (citations.FIELD,), text, marker.start, message, hint)


def _problem(entry: EntryFile, pointer: tuple, text: str, offset: int, message: str, hint: str) -> Problem:
    line, col = _locate(entry, pointer, text.count(citations.OPENING, 0, offset))
    return Problem(entry.path, line, col, message, hint)


def _locate(entry: EntryFile, pointer: tuple, nth: int) -> tuple[int, int]:
    """Line and column of the value's nth "[@" in the file (folding never splits or adds one)."""
    line, col = entry.document.position(pointer)
    lines = entry.document.text.splitlines()
    seen = 0
    for number in range(line, len(lines) + 1):
        start = col - 1 if number == line else 0
        found = lines[number - 1].find(citations.OPENING, start)
        while found != -1:
            if seen == nth:
                return number, found + 1
            seen += 1
            found = lines[number - 1].find(citations.OPENING, found + 1)
    return line, col


RULE = Rule("reference-marker", "Reference markers in details name one of the entry's sources.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
