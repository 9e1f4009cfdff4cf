"""Spaces at the end of a line are invisible in review and make noisy diffs."""

from __future__ import annotations

from collections.abc import Iterable

from ..load import Tree
from ..problems import Problem
from . import Rule


def check(tree: Tree) -> Iterable[Problem]:
    for entry in tree.files:
        for number, line in enumerate(entry.document.text.splitlines(), 1):
            if line != line.rstrip():
                yield Problem(entry.path, number, len(line.rstrip()) + 1, "spaces at the end of the line",
                              "delete them (or run `python -m macros fmt`)", severity="warning")


RULE = Rule("trailing-space", "No line ends in spaces or tabs.", "file", check)
