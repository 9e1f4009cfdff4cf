"""Run every rule over the loaded data and collect all problems in one pass."""

from __future__ import annotations

from pathlib import Path

from .entities import KINDS
from .filecache import FileCache
from .load import EntryFile, Tree, load_tree
from .problems import Problem
from .rules import Rule, all_rules


def read(data_dir: Path, cache: FileCache | None = None) -> Tree:
    kinds = [kind.name for kind in KINDS]
    return load_tree(data_dir, kinds, cache.parse) if cache else load_tree(data_dir, kinds)


# Rules about how a file is written, not what it says: `check` and CI run them, a site build
# (which only needs to know the data is right) skips them.
STYLE_ONLY = {"unformatted"}


def validate(tree: Tree, style: bool = True, cache: FileCache | None = None) -> list[Problem]:
    cache = cache or FileCache.off()
    problems = list(tree.problems)
    for rule in all_rules():
        if not style and rule.name in STYLE_ONLY:
            continue
        problems.extend(_per_file(rule, tree, cache) if rule.scope == "file" else _per_tree(rule, tree))
    return sorted(set(problems))


def _per_tree(rule: Rule, tree: Tree) -> list[Problem]:
    try:
        return list(rule.check(tree))
    except Exception as exc:  # noqa: BLE001 — a crashing rule is reported; the other rules still run
        return [Problem.crash(tree.root.name + "/", rule.name, exc)]


def _run(rule: Rule, tree: Tree, files: list[EntryFile]) -> dict[str, list[Problem]]:
    """A file rule's findings per file; a file the rule crashes on gets an internal error instead."""
    found: dict[str, list[Problem]] = {entry.path: [] for entry in files}
    try:
        for problem in rule.check(Tree(tree.root, files, [], [])):
            found.setdefault(problem.path, []).append(problem)
        return found
    except Exception as exc:  # noqa: BLE001 — the same, for a file rule
        if len(files) == 1:
            return {files[0].path: [Problem.crash(files[0].path, rule.name, exc)]}
    for entry in files:  # one at a time, to find the file(s) it fails on
        found.update(_run(rule, tree, [entry]))
    return found


def _per_file(rule: Rule, tree: Tree, cache: FileCache) -> list[Problem]:
    """A file rule's findings: remembered for unchanged files, run only on the others."""
    found = {entry.path: cache.findings(entry, rule.name) for entry in tree.files}
    fresh = [entry for entry in tree.files if found[entry.path] is None]
    if fresh:
        new = _run(rule, tree, fresh)
        for entry in fresh:
            if not any(problem.internal for problem in new[entry.path]):  # re-run a crash next time
                cache.record(entry, rule.name, new[entry.path])
        found.update(new)
    return [problem for problems in found.values() for problem in problems or []]


def check(data_dir: Path, style: bool = True) -> tuple[Tree, list[Problem]]:
    cache = FileCache()
    tree = read(data_dir, cache)
    problems = validate(tree, style, cache)
    cache.save()
    return tree, problems
