"""Run every rule over the loaded data and collect all problems in one pass."""

from __future__ import annotations

from pathlib import Path

from .entities import KINDS
from .load import Tree, load_tree
from .problems import Problem
from .rules import all_rules


def read(data_dir: Path) -> Tree:
    return load_tree(data_dir, [kind.name for kind in KINDS])


def validate(tree: Tree) -> list[Problem]:
    problems = list(tree.problems)
    for rule in all_rules():
        problems.extend(rule.check(tree))
    return sorted(set(problems))


def check(data_dir: Path) -> tuple[Tree, list[Problem]]:
    tree = read(data_dir)
    return tree, validate(tree)
