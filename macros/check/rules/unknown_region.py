"""Every stretch names a body region listed in data/regions.yaml, so it lands in a guide."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

from macros.check.rules import Rule
from macros.load.documents import Tree
from macros.load.regions import read
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    known, _, problems = read(tree.root)
    yield from problems
    if not known:
        return
    for entry in tree.files:
        data = entry.document.data
        region = data.get("region") if entry.kind == "stretches" and isinstance(data, dict) else None
        if isinstance(region, str) and region not in known and not region.startswith("TODO"):  # the placeholder rule's
            line, col = entry.document.position(("region",))
            close = get_close_matches(region, list(known), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            yield Problem(entry.path, line, col, f"'{region}' is not a body region in {tree.root.name}/regions.yaml",
                          f"{hint}use one of {', '.join(known)}, or add a line `{region}: <label readers see>` there")


RULE = Rule("unknown-region", "Every stretch's region is listed in data/regions.yaml.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
