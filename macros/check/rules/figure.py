"""A stretch's figure must show the stretch: limbs in sight, contacts drawn touching, a figure
that fills its frame. The geometry is macros/check/pictogram.py's; this rule says where to fix it."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.pictogram import problems
from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem


def check(entry: EntryFile) -> Iterable[Problem]:
    data = entry.document.data
    if entry.kind != "stretches" or not isinstance(data, dict) or not isinstance(data.get("pose"), dict):
        return
    try:
        found = problems(data["pose"])
    except (KeyError, TypeError, ValueError, IndexError):
        return  # a malformed pose is the schema-shape rule's to report
    for field, what, fix in found:
        where = ("pose", field) if field in data["pose"] else ("pose",)
        line, col = entry.document.position(where, key=True)
        yield Problem(entry.path, line, col, f"the figure looks wrong: {what}", fix)


RULE = Rule("figure", "A stretch's figure shows the stretch: limbs visible, contacts touching, frame filled.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
