"""A new entry's id is recorded in data/published-ids.txt, so the stable-ids rule can guard it.

A warning, not an error: adding an entry stays a one-file change, and the reminder says how to
record the id (the lead or CI runs it before publishing).
"""

from __future__ import annotations

from typing import Iterable

from ..load import Tree
from ..problems import Problem
from ..published import REGISTRY, read_registry, registry_path
from . import Rule


def check(tree: Tree) -> Iterable[Problem]:
    if not registry_path(tree.root).is_file():
        return
    known = {p.id for p in read_registry(tree.root)}
    for entry in sorted(tree.files, key=lambda f: f.path):
        if entry.id not in known:
            yield Problem(entry.path, 1, 1, f"id '{entry.id}' is not yet in {tree.root.name}/{REGISTRY}",
                          "run `python -m macros ids` to record it, so its address stays stable once published",
                          severity="warning")


RULE = Rule("unrecorded-id", "Every id is recorded as published.", "tree", check)
