"""Run every rule over the loaded data and collect all problems in one pass.

The runner, not the rule, walks the data: a file rule is handed one entry file at a time (and its
findings are remembered per file), a tree rule the whole tree. A rule that raises is reported as
an internal error for that file (or the tree) and that rule only; every other finding still shows.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from macros.check.rules import Rule, all_rules
from macros.entities import KINDS
from macros.load.documents import EntryFile, Tree, load_tree
from macros.load.filecache import FileCache
from macros.problems import Problem


def read(data_dir: Path, cache: FileCache | None = None) -> Tree:
    kinds = [kind.name for kind in KINDS]
    return load_tree(data_dir, kinds, cache.parse) if cache else load_tree(data_dir, kinds)


def chosen(style: bool = True, only: Collection[str] = (), ignore: Collection[str] = ()) -> list[Rule]:
    """The rules a run applies: all of them, or only those named; style-only ones only with style."""
    return [rule for rule in all_rules()
            if (style or not rule.style_only) and (not only or rule.id in only) and rule.id not in ignore]


def validate(tree: Tree, style: bool = True, cache: FileCache | None = None,
             only: Collection[str] = (), ignore: Collection[str] = ()) -> list[Problem]:
    cache = cache or FileCache.off()
    problems = list(tree.problems)
    for rule in chosen(style, only, ignore):
        problems.extend(_per_file(rule, tree, cache) if rule.scope == "file" else _per_tree(rule, tree))
    return sorted(set(problems))


def _contained(rule: Rule, target: EntryFile | Tree, where: str) -> list[Problem]:
    """The rule's findings, or one internal error at `where` if it raises: the other rules (and,
    for a file rule, the other files) still run."""
    try:
        return rule.findings(target)
    except Exception as exc:  # noqa: BLE001 — a crashing rule is reported, not fatal
        return [Problem.crash(where, rule.id, exc)]


def _per_tree(rule: Rule, tree: Tree) -> list[Problem]:
    return _contained(rule, tree, tree.root.name + "/")


def _per_file(rule: Rule, tree: Tree, cache: FileCache) -> list[Problem]:
    """A file rule's findings: remembered for unchanged files, run only on the others."""
    found: list[Problem] = []
    for entry in tree.files:
        problems = cache.findings(entry, rule.id)
        if problems is None:
            problems = _contained(rule, entry, entry.path)
            if not any(problem.internal for problem in problems):  # re-run a crash next time
                cache.record(entry, rule.id, problems)
        found.extend(problems)
    return found


def check(data_dir: Path, style: bool = True, only: Collection[str] = (),
          ignore: Collection[str] = ()) -> tuple[Tree, list[Problem]]:
    cache = FileCache()
    tree = read(data_dir, cache)
    problems = validate(tree, style, cache, only, ignore)
    cache.save()
    return tree, problems
