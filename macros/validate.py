"""Run every rule over the loaded data and collect all problems in one pass."""

from __future__ import annotations

from pathlib import Path

from .entities import KINDS
from .load import Tree, load_tree
from .problems import Problem
from .rules import all_rules


def read(data_dir: Path) -> Tree:
    return load_tree(data_dir, [kind.name for kind in KINDS])


# Rules about how a file is written, not what it says: `check` and CI run them, a site build
# (which only needs to know the data is right) skips them.
STYLE_ONLY = {"unformatted"}


def validate(tree: Tree, style: bool = True) -> list[Problem]:
    problems = list(tree.problems)
    for rule in all_rules():
        if style or rule.name not in STYLE_ONLY:
            problems.extend(rule.check(tree))
    return sorted(set(problems))


def check(data_dir: Path, style: bool = True) -> tuple[Tree, list[Problem]]:
    tree = read(data_dir)
    return tree, validate(tree, style)
