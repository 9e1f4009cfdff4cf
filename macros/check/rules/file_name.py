"""A file name is its entry's id: lower-case words joined by hyphens."""

from __future__ import annotations

import re
from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem
from macros.schema.registry import id_pattern


def suggest(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "entry-name"


def check(entry: EntryFile) -> Iterable[Problem]:
    if not id_pattern().match(entry.id):
        yield Problem(entry.path, 1, 1, f"'{entry.id}' is not a valid id (the file name is the id)",
                      f"rename the file to {suggest(entry.id)}.yaml")


RULE = Rule("file-name", "File names are valid ids.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
