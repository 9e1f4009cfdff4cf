"""A dose range ({min, max}) has its lowest number first: the schema cannot compare two values."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem


def check(entry: EntryFile) -> Iterable[Problem]:
    dose = entry.document.data.get("dose") if isinstance(entry.document.data, dict) else None
    if entry.kind != "stretches" or not isinstance(dose, dict):
        return
    for purpose, block in dose.items():
        for name in ("hold", "repetitions"):
            value = block.get(name) if isinstance(block, dict) else None
            if not isinstance(value, dict):
                continue
            low, high = value.get("min"), value.get("max")
            if isinstance(low, int) and isinstance(high, int) and low >= high:
                line, col = entry.document.position(("dose", purpose, name))
                yield Problem(entry.path, line, col,
                              f"'dose.{purpose}.{name}' is a range from {low} to {high}, but min must be below max",
                              f"write {{min: {min(low, high)}, max: {max(low, high)}}}, or one number if they are the same")


RULE = Rule("dose-range", "A dose range's min is below its max.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
