"""A red flag's `if_worse` names red flags that are more urgent than itself."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.entities import labels
from macros.load.documents import Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    urgency = {tier: rank for rank, tier in enumerate(labels("TIERS"))}  # emergency = 0, most urgent
    tiers = {e.id: e.document.data.get("tier") for e in tree.files
             if e.kind == "red-flags" and isinstance(e.document.data, dict)}
    for entry in tree.files:
        if entry.kind != "red-flags" or not isinstance(entry.document.data, dict):
            continue
        own = urgency.get(entry.document.data.get("tier"), len(urgency))
        for index, other in enumerate(entry.document.data.get("if_worse") or []):
            if other in tiers and urgency.get(tiers[other], len(urgency)) >= own:
                line, col = entry.document.position(("if_worse", index))
                yield Problem(entry.path, line, col,
                              f"'if_worse' names '{other}', which is not more urgent than this red flag",
                              "name a red flag with a more urgent tier (emergency before same-day before routine)")


RULE = Rule("escalation", "A red flag's if_worse points to more urgent red flags.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
