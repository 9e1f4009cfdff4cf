"""Reference markers: `[@source-id]` after a statement in `details:` says which source it comes from.

The syntax is Pandoc's citation key in square brackets; one marker may name several sources,
`[@first-id; @second-id]`. Pages show each marker as a superscript number linking to the entry's
reference list (as Wikipedia does); every other output (open data, readability, the copy check)
reads the text with the markers taken out, so no reader ever sees the raw syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

FIELD = "details"  # the one field that may carry markers: the others are short, one-source statements
OPENING = "[@"  # what starts a marker; anywhere else it is a mistake the checker points at
# Whitespace before a marker goes with it, so "a statement. [@x]" and "a statement.[@x]" read the same.
MARKER = re.compile(r"\s*\[@(?P<keys>[^\[\]]*)\]")
KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # a source id, as file names are written


@dataclass(frozen=True)
class Marker:
    start: int  # offset of "[@" in the text
    keys: list[str]  # the ids as written, without "@"; an item that is not an id stays, so it is reported


def _keys(match: re.Match[str]) -> list[str]:
    return [key.strip().removeprefix("@").strip() for key in match["keys"].split(";")]


def markers(text: str) -> Iterator[Marker]:
    for match in MARKER.finditer(text):
        yield Marker(match.start() + match[0].index(OPENING), _keys(match))


def malformed(key: str) -> bool:
    return not KEY.fullmatch(key)


def unclosed(text: str) -> list[int]:
    """Offsets of each "[@" that does not begin a whole marker (a missing "]", say)."""
    whole = {m.start for m in markers(text)}
    return [i.start() for i in re.finditer(re.escape(OPENING), text) if i.start() not in whole]


def plain(text: str) -> str:
    """The text as a reader means it: markers, and the space before them, removed."""
    return MARKER.sub("", text)


def paragraphs(text: str) -> list[list[tuple[str, list[str]]]]:
    """Blank-line paragraphs, each a list of (text, source ids cited right after that text)."""
    found = []
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if not paragraph:
            continue
        pieces, last = [], 0
        for match in MARKER.finditer(paragraph):
            pieces.append((paragraph[last:match.start()], _keys(match)))
            last = match.end()
        if last < len(paragraph) or not pieces:
            pieces.append((paragraph[last:], []))
        found.append(pieces)
    return found


def statements(text: str) -> list[dict[str, object]]:
    """The plain text cut after each marker, with the sources that marker names (for open data)."""
    return [{"text": piece.strip(), "sources": keys}
            for paragraph in paragraphs(text) for piece, keys in paragraph if piece.strip()]
