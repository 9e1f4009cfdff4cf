"""A summary is what a reader on a phone sees first: past a couple of short sentences, it is detail."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem

COMFORTABLE = 250  # characters: about two short sentences, four lines on a phone


def check(entry: EntryFile) -> Iterable[Problem]:
    data = entry.document.data
    summary = data.get("summary") if isinstance(data, dict) else None
    if isinstance(summary, str) and len(summary) > COMFORTABLE:
        line, col = entry.document.position(("summary",), key=True)
        yield Problem(entry.path, line, col, f"the summary is long ({len(summary)} characters; aim for {COMFORTABLE} or fewer)",
                      "keep one or two short sentences and move the rest to `details:`")


RULE = Rule("long-summary", "Summaries stay short enough to read first on a phone.",
            scope="file", check=check, severity="warning", blocks_publishing=False, fixable=False)
