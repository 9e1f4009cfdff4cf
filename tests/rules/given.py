"""Small inputs for the rule unit tests: entry files parsed from YAML strings by the real loader."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from pathlib import Path

from macros.check.rules import by_id
from macros.load.documents import EntryFile, Tree, parse_document
from macros.problems import Problem


def entry(kind: str, yaml: str, id: str = "example", root: str = "data") -> EntryFile:
    """An entry file data/<kind>/<id>.yaml holding `yaml` (dedented), read as `check` reads it."""
    text = textwrap.dedent(yaml).lstrip("\n")
    return EntryFile(kind, id, parse_document(text.encode(), f"{root}/{kind}/{id}.yaml"))


def tree(*files: EntryFile, root: Path = Path("data"), stray: Iterable[str] = ()) -> Tree:
    return Tree(root, list(files), [], list(stray))


def findings(rule_id: str, target: EntryFile | Tree) -> list[Problem]:
    """What the rule says, through the same call the runner makes (stamped with its id)."""
    return by_id()[rule_id].findings(target)


def seen(rule_id: str, target: EntryFile | Tree) -> list[tuple[str, str, int, str]]:
    """(rule, path, line, message) of each finding: what a unit test asserts."""
    return [(p.rule, p.path, p.line, p.message) for p in findings(rule_id, target)]


def data_folder(tmp_path: Path, name: str, text: str) -> Path:
    """A real data/ folder holding one project file (regions.yaml, published-ids.txt), for tree rules."""
    root = tmp_path / "data"
    root.mkdir()
    (root / name).write_text(text, encoding="utf-8")
    return root
