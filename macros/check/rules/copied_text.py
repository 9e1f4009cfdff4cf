"""No eight words in a row from the seed text: write every sentence in your own words."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.copying import copied, seed_runs
from macros.check.rules import Rule
from macros.load import citations
from macros.load.documents import EntryFile
from macros.problems import Problem


def check(entry: EntryFile) -> Iterable[Problem]:
    seed = seed_runs()  # read once per process (and again when the seed changes)
    if not seed:
        return
    for pointer, text in texts(entry.document.data, ()):
        if entry.kind == "sources" and pointer == ("title",):
            continue  # a publication's title is quoted, not our wording
        if hits := copied(citations.plain(text), seed):  # a marker must not split a copied run
            line, col = entry.document.values.get(pointer, (1, 1))
            yield Problem(entry.path, line, col, f"these words copy the seed text: '{hits[0]}'",
                          "rewrite the sentence in your own words (the seed copies published pages)")


def texts(value: object, pointer: tuple) -> Iterable[tuple[tuple, str]]:
    """Every string in an entry, with the path of keys and indexes that leads to it."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from texts(item, (*pointer, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts(item, (*pointer, index))
    elif isinstance(value, str):
        yield pointer, value


RULE = Rule("copied-text", "No eight-word run of the seed text appears in the data.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
