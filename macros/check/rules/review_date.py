"""Dates are real calendar dates and not in the future; publication years are not after this year."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem
from macros.schema.registry import schema
from macros.settings import today

WHEN = {"last_reviewed": "the date the entry was checked", "checked_on": "the day you matched the record"}


def date_fields(kind: str) -> list[str]:
    """Top-level fields the schema declares as dates (common.json#/$defs/date)."""
    return [name for name, prop in schema(kind)["properties"].items()
            if str(prop.get("$ref", "")).endswith("/$defs/date")]


def check(entry: EntryFile) -> Iterable[Problem]:
    now = today()
    data = entry.document.data
    if not isinstance(data, dict):
        return
    for name in date_fields(entry.kind):
        if isinstance(data.get(name), str):
            yield from _date(entry, name, data[name], now)
    year = data.get("year")
    if entry.kind == "sources" and isinstance(year, int) and not isinstance(year, bool) and year > now.year:
        line, col = entry.document.position(("year",))
        yield Problem(entry.path, line, col, f"year {year} is after this year ({now.year})",
                      "write the year the work was published")


def _date(entry: EntryFile, name: str, value: str, now: dt.date) -> Iterable[Problem]:
    line, col = entry.document.position((name,))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        if impossible := _impossible(value):
            yield Problem(entry.path, line, col, f"{name} {value} is not a day on the calendar ({impossible})",
                          "write a real date as YYYY-MM-DD")
        return  # otherwise the schema rule already explains the format
    if day > now:
        what = WHEN.get(name, "the date it was checked")
        yield Problem(entry.path, line, col, f"{name} {value} is in the future",
                      f"write {what}, at the latest {now.isoformat()}")


def _impossible(value: str) -> str:
    """Why a YYYY-MM-DD that the schema's pattern lets through is no real day, or ''."""
    try:
        year, month, day = (int(part) for part in value.split("-"))
    except ValueError:
        return ""
    if not 1 <= month <= 12 or year < 1:
        return ""
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days" if day > days else ""


RULE = Rule("review-date", "Dates are real and not in the future; years are not after this year.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
