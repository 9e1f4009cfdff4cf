"""Dates are real calendar dates and not in the future; publication years are not after this year."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from ..load import EntryFile, Tree
from ..problems import Problem
from ..schemas import schema
from ..settings import today
from . import Rule


def date_fields(kind: str) -> list[str]:
    """Top-level fields the schema declares as dates (common.json#/$defs/date)."""
    return [name for name, prop in schema(kind)["properties"].items()
            if str(prop.get("$ref", "")).endswith("/$defs/date")]


def check(tree: Tree) -> Iterable[Problem]:
    now = today()
    for entry in tree.files:
        data = entry.document.data
        if not isinstance(data, dict):
            continue
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
        what = "the entry was checked" if name == "last_reviewed" else "it was checked"
        yield Problem(entry.path, line, col, f"{name} {value} is in the future",
                      f"write the date {what}, at the latest {now.isoformat()}")


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


RULE = Rule("review-date", "Dates are real and not in the future; years are not after this year.", "file", check)
