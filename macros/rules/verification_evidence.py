"""`verified: true` is evidence, not a flag: it says what record was matched, and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..load import EntryFile, Tree
from ..problems import Problem
from . import Rule

NEEDED = ("checked_against", "checked_on")


def _check(entry: EntryFile, today: dt.date) -> Iterable[Problem]:
    data = entry.document.data
    if entry.kind != "sources" or not isinstance(data, dict) or data.get("verified") is not True:
        return
    missing = [name for name in NEEDED if not data.get(name)]
    if missing:
        line, col = entry.document.position(("verified",), key=True)
        named = " and ".join(f"`{name}:`" for name in missing)
        yield Problem(entry.path, line, col, f"`verified: true` without {named}",
                      "add `checked_against: <https address of the PubMed, PMC, DOI, publisher or "
                      "health-service page you matched>` and `checked_on: YYYY-MM-DD` (the day you "
                      "checked), or set `verified: false` with a `verification_note:`")
    checked_on = data.get("checked_on")
    if isinstance(checked_on, str):
        try:
            day = dt.date.fromisoformat(checked_on)
        except ValueError:
            return  # the schema rule explains the date format
        if day > today:
            line, col = entry.document.position(("checked_on",))
            yield Problem(entry.path, line, col, f"checked_on {checked_on} is in the future",
                          f"write the day you matched the record, at the latest {today.isoformat()}")


def check(tree: Tree) -> Iterable[Problem]:
    today = dt.date.today()
    for entry in tree.files:
        yield from _check(entry, today)


RULE = Rule("verification-evidence",
            "A verified source names the record it was checked against and the day, not in the future.",
            "file", check)
