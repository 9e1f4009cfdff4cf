"""One figure, one value: entries that state the same figure (how long a cramp lasts…) agree,
and the minutes an entry writes in its text are among the figures it declares."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile, Tree
from macros.problems import Problem

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30}
MINUTES = re.compile(r"\b(\d+|" + "|".join(WORDS) + r")\s+minutes?\b", re.IGNORECASE)
TEXT_FIELDS = ("title", "summary", "action", "steps", "attributes")  # what pages repeat; details may cite a study


def _states_cramp_figures(entry: EntryFile) -> bool:
    """Entries whose minutes a reader compares: red flags, first aid, and cramp or spasm terms."""
    data = entry.document.data
    return entry.kind in ("red-flags", "first-aid") or (entry.kind == "terms" and data.get("group") in ("cramp", "spasm"))


def check(tree: Tree) -> Iterable[Problem]:
    stated: dict[str, list[tuple[int, EntryFile]]] = {}  # figure -> every (value, entry) that states it
    for entry in tree.files:
        if not isinstance(entry.document.data, dict):
            continue
        figures = entry.document.data.get("figures")
        figures = figures if isinstance(figures, dict) else {}
        for name, value in figures.items():
            if isinstance(value, int):  # anything else the schema reports
                stated.setdefault(name, []).append((value, entry))
        if _states_cramp_figures(entry):
            yield from _stated_minutes(entry, {v for v in figures.values() if isinstance(v, int)})
    for name, values in stated.items():
        yield from _disagreements(name, values)


def _disagreements(name: str, values: list[tuple[int, EntryFile]]) -> Iterable[Problem]:
    """Every entry that differs from the value most entries give (the first one on a tie)."""
    counts = Counter(value for value, _ in values)
    agreed = max(counts, key=lambda v: (counts[v], -[x for x, _ in values].index(v)))
    where = next(entry.path for value, entry in values if value == agreed)
    for value, entry in values:
        if value != agreed:
            line, col = entry.document.position(("figures", name))
            yield Problem(entry.path, line, col, f"figure '{name}' is {value} here but {agreed} in {where}",
                          f"use {agreed}, or change every entry that states it together")


def _stated_minutes(entry: EntryFile, declared: set[int]) -> Iterable[Problem]:
    """Minutes written in what pages repeat must be figures the entry declares."""
    for field, text in _texts(entry.document.data):
        for match in MINUTES.finditer(text):
            number = match[1].lower()
            minutes = int(number) if number.isdigit() else WORDS[number]
            if minutes not in declared:
                line, col = entry.document.position((field,) if isinstance(field, str) else field)
                yield Problem(entry.path, line, col,
                              f"the text says '{match[0]}', which is not one of this entry's figures",
                              "declare the figure under `figures:` (e.g. cramp_get_help_after_minutes: 10), "
                              "using the value other entries give it")


def _texts(data: dict) -> Iterable[tuple[str | tuple, str]]:
    for field in TEXT_FIELDS:
        value = data.get(field)
        if isinstance(value, str):
            yield field, value
        elif isinstance(value, list):
            yield from (((field, i), v) for i, v in enumerate(value) if isinstance(v, str))
        elif isinstance(value, dict):
            yield from (((field, k), v) for k, v in value.items() if isinstance(v, str))


RULE = Rule("figures-agree", "A figure stated by several entries has one value everywhere.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
