"""Every topic in a coverage table is answered by entries that exist, or declared out of scope."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

from macros.check.rules import Rule
from macros.load.documents import EntryFile, Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    ids = {entry.id for entry in tree.files if entry.kind not in ("sources", "coverage")}
    for entry in tree.files:
        if entry.kind == "coverage" and isinstance(entry.document.data, dict):
            yield from _topics(entry, ids, tree.root.name)


def _topics(entry: EntryFile, ids: set[str], root: str) -> Iterable[Problem]:
    for index, topic in enumerate(entry.document.data.get("topics") or []):
        if not isinstance(topic, dict):
            continue  # the schema reports the shape
        answers, reason = topic.get("answered_by"), topic.get("out_of_scope")
        if not answers and not reason:
            line, col = entry.document.position(("topics", index))
            yield Problem(entry.path, line, col,
                          f"topic '{topic.get('topic', '?')}' is neither answered nor declared out of scope",
                          "add `answered_by: [<entry id>]` naming the atlas entries that answer it, "
                          "or `out_of_scope: <why the atlas leaves it out>`")
        elif answers and reason:
            line, col = entry.document.position(("topics", index, "out_of_scope"), key=True)
            yield Problem(entry.path, line, col,
                          f"topic '{topic.get('topic', '?')}' is both answered and declared out of scope",
                          "keep `answered_by` if the atlas answers it, otherwise keep only `out_of_scope`")
        for position, value in enumerate(answers if isinstance(answers, list) else []):
            if isinstance(value, str) and value not in ids and not value.startswith("todo-"):
                # a `todo-` id is a scaffold placeholder: the placeholder rule reports it
                line, col = entry.document.position(("topics", index, "answered_by", position))
                close = get_close_matches(value, sorted(ids), n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'?" if close else f"use the file name (without .yaml) of an entry in {root}/"
                yield Problem(entry.path, line, col, f"'answered_by' names '{value}', but there is no entry with that id", hint)


RULE = Rule("coverage-answers", "Each coverage topic is answered by existing entries or declared out of scope.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
