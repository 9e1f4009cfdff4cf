"""New entries' ids are recorded in data/published-ids.txt, so the stable-ids rule can guard them.

One warning for all of them, on the registry itself: adding an entry stays a one-file change
with no second message about that file, and a bulk import gets one line, not one per entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.published import REGISTRY, read_registry, registry_path
from macros.check.rules import Rule
from macros.load.documents import Tree
from macros.problems import Problem

SHOWN = 5  # ids named in the message; the rest are counted


def check(tree: Tree) -> Iterable[Problem]:
    if not registry_path(tree.root).is_file():
        return
    known = {p.id for p in read_registry(tree.root)}
    new = sorted(f.id for f in tree.files if f.id not in known)
    if new:
        named = ", ".join(new[:SHOWN]) + (f" and {len(new) - SHOWN} more" if len(new) > SHOWN else "")
        yield Problem(f"{tree.root.name}/{REGISTRY}", 1, 1, f"{len(new)} id(s) not yet recorded as published: {named}",
                      "run `.venv/bin/cramp-atlas ids` to record them, so their addresses stay stable")


RULE = Rule("unrecorded-id", "Every id is recorded as published.",
            scope="tree", check=check, severity="warning", blocks_publishing=False, fixable=False)
