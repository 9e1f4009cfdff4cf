"""Text left from `.venv/bin/cramp-atlas new` must be replaced before the entry can be published.

A warning in `check`, so a fresh skeleton passes while you fill it in; the site build refuses
any entry that still has one (macros/model/atlas.py), so a placeholder never reaches a reader.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.check.style import PLACEHOLDER
from macros.load.documents import EntryFile
from macros.problems import Problem
from macros.schema.registry import describe


def check(entry: EntryFile) -> Iterable[Problem]:
    for pointer, (line, col) in sorted(entry.document.values.items(), key=lambda item: item[1]):
        value = _at(entry.document.data, pointer)
        if isinstance(value, str) and (PLACEHOLDER in value or value.startswith(PLACEHOLDER.lower() + "-")):
            what = describe(entry.kind, tuple(p for p in pointer if not isinstance(p, int)))
            yield Problem(entry.path, line, col, f"'{pointer_name(pointer)}' still has the placeholder '{value}'",
                          f"replace it: {what}" if what else "replace it with the real value")


def _at(data: object, pointer: tuple) -> object:
    for part in pointer:
        try:
            data = data[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def pointer_name(pointer: tuple) -> str:
    return "".join(f"[{p + 1}]" if isinstance(p, int) else f".{p}" for p in pointer).lstrip(".")


RULE = Rule("placeholder", "No text is left from the `new` scaffold.",
            scope="file", check=check, severity="warning", blocks_publishing=True, fixable=False)
