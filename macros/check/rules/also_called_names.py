"""`also_called` lists other names for the thing ("charley horse", "DOMS"): a page shows them as
"Also called" and the site search weighs them like the title. A question or a reader's search
phrase there ("how to stop a cramp", "cramp wakes me up") reads oddly on the page and games the
search's query set (issue 15): it belongs in data/questions/ or in the entry's own words.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem

QUESTION_WORDS = {"how", "what", "why", "when", "where", "who", "which", "does", "do", "did", "is", "are",
                  "am", "can", "could", "should", "will", "would"}
FIRST_PERSON = {"i", "im", "ive", "me", "my", "mine"}  # a reader speaking, not a name


def not_a_name(name: str) -> str | None:
    """Why `name` reads as a question or a search phrase, or None when it reads as a name."""
    words = name.lower().replace("’", "'").replace("'", "").split()
    if name.rstrip().endswith("?") or (words and words[0] in QUESTION_WORDS):
        return "a question"
    if FIRST_PERSON & set(words):
        return "a reader's phrase"
    return None


def check(entry: EntryFile) -> Iterable[Problem]:
    data = entry.document.data
    names = data.get("also_called") if isinstance(data, dict) else None
    if not isinstance(names, list):
        return
    for index, name in enumerate(names):
        if isinstance(name, str) and (why := not_a_name(name)):
            line, col = entry.document.position(("also_called", index))
            yield Problem(entry.path, line, col, f"also_called '{name}' is {why}, not another name for this",
                          "list names people use for it (\"charley horse\", \"DOMS\"); put a question in "
                          "data/questions/ and everyday wording in the summary")


RULE = Rule("also-called-names", "Also-called lists names, not questions or search phrases.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
