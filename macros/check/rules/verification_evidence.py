"""`verified: true` is evidence, not a flag: it says what record was matched, and when."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem

NEEDED = ("checked_against", "checked_on")


def check(entry: EntryFile) -> Iterable[Problem]:
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
    # A checked_on in the future is review-date's: it judges every date field.


RULE = Rule("verification-evidence", "A verified source names the record it was checked against and the day.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
