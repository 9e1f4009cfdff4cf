"""The body regions a stretch can work on: one file, data/regions.yaml, `id: label` a line, in
the order the stretches page and the guides show them. A new region is one line there (and its
stretches); the `unknown-region` rule checks every stretch's `region:` against it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from macros.load.documents import Document, LoadError, load_document
from macros.load.stamps import file_stamp
from macros.problems import Problem

FILE = "regions.yaml"


def read(root: Path) -> tuple[dict[str, str], Document | None, list[Problem]]:
    """The regions in root/regions.yaml, the file as read, and what is wrong with it."""
    path, display = root / FILE, f"{root.name}/{FILE}"
    if not path.is_file():
        return {}, None, [Problem(display, 1, 1, "the list of body regions is missing",
                                  "create it with one `id: Label` line per region, e.g. `calf: Calf`")]
    try:
        document = load_document(path, display)
    except LoadError as exc:
        return {}, None, [exc.problem]
    data = document.data if isinstance(document.data, dict) else {}
    problems = []
    for key, label in data.items():
        if not isinstance(label, str) or not label.strip():
            line, col = document.position((key,))
            problems.append(Problem(display, line, col, f"region '{key}' has no label",
                                    f"write the words readers see, e.g. `{key}: {str(key).replace('-', ' ').capitalize()}`"))
    if not data:
        problems.append(Problem(display, 1, 1, "no body regions are listed", "add one `id: Label` line per region"))
    return {str(k): v for k, v in data.items() if isinstance(v, str)}, document, problems


def regions(root: Path) -> dict[str, str]:
    """The regions, read again once the file changes: `mkdocs serve` must show an edited list."""
    return _regions(root, file_stamp(root / FILE))


@lru_cache(maxsize=16)
def _regions(root: Path, stamp: tuple[str, int, int]) -> dict[str, str]:
    return read(root)[0]
