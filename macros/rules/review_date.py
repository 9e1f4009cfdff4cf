"""last_reviewed is a real calendar date, and not in the future."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..load import Tree
from ..problems import Problem
from . import Rule


def check(tree: Tree) -> Iterable[Problem]:
    today = dt.date.today()
    for entry in tree.files:
        data = entry.document.data
        value = data.get("last_reviewed") if isinstance(data, dict) else None
        if not isinstance(value, str):
            continue
        line, col = entry.document.position(("last_reviewed",))
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            continue  # the schema rule already explains the format
        if day > today:
            yield Problem(entry.path, line, col, f"last_reviewed {value} is in the future",
                          f"write the date the entry was checked, at the latest {today.isoformat()}")


RULE = Rule("review-date", "Review dates are not in the future.", "file", check)
