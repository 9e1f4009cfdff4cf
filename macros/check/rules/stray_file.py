"""Files in data/ that would be silently ignored: a wrong folder or a .yml ending."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

from macros.check.rules import Rule
from macros.entities import KINDS
from macros.load.documents import Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    folders = ", ".join(f"{tree.root.name}/{kind.name}/" for kind in KINDS)
    for display in tree.stray:
        path = PurePosixPath(display)
        if path.suffix == ".yml":
            hint = f"rename it to {path.with_suffix('.yaml').name}"
        else:
            hint = f"move it into one of {folders} as <id>.yaml"
        yield Problem(display, 1, 1, "this file is not read as an entry, so it would be lost", hint)


RULE = Rule("stray-file", "Every file in data/ is an entry the site will show.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
