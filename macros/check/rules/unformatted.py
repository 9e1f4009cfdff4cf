"""Files are in house style (what `.venv/bin/cramp-atlas fmt` writes), so diffs show only facts.

Only fires when no more specific style rule (header, key order, trailing spaces) explains the
difference: one mistake, one message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import ruamel.yaml

from macros.check import style
from macros.check.rules import Rule
from macros.check.style import formatted, header, out_of_order
from macros.load.documents import EntryFile
from macros.problems import Problem
from macros.schema.registry import field_names
from macros.settings import project

# Formatting a file means a full ruamel.yaml round trip (milliseconds each), so files already
# seen in house style are remembered by content hash: a second `check` skips them.
# (This outlives the file cache, which a change to any code in macros/ throws away; only a change
# to the formatter itself, or to ruamel.yaml, should make files be formatted again.)
CACHE = "formatted.txt"  # in the cache folder the settings name
FORMATTER = hashlib.sha1(Path(style.__file__).read_bytes() + ruamel.yaml.__version__.encode()).hexdigest()


def check(entry: EntryFile) -> Iterable[Problem]:
    text, data = entry.document.text, entry.document.data
    if not isinstance(data, dict) or _explained(entry.kind, text, data):
        return
    digest = hashlib.sha1(f"{FORMATTER}\n{entry.kind}\n{text}".encode()).hexdigest()
    known = _known()
    if digest in known:
        return
    if not _house_style(entry.kind, text):
        yield Problem(entry.path, 1, 1, "the file is not in house style (indentation, quoting or spacing)",
                      "run `.venv/bin/cramp-atlas fmt` and commit the result")
        return
    known.add(digest)
    _remember(digest)


def _house_style(kind: str, text: str) -> bool:
    try:
        return formatted(kind, text) == text
    except ValueError:  # ruamel builds dates: an impossible one (2026-02-30) is review-date's to explain
        return True


_KNOWN: dict[Path, set[str]] = {}  # per cache folder: read once per process, then added to


def _known() -> set[str]:
    store = project().cache_dir / CACHE
    if store not in _KNOWN:
        try:
            _KNOWN[store] = set(store.read_text(encoding="ascii").split())
        except OSError:
            _KNOWN[store] = set()
    return _KNOWN[store]


def _remember(digest: str) -> None:
    try:
        project().cache_dir.mkdir(parents=True, exist_ok=True)
        with (project().cache_dir / CACHE).open("a", encoding="ascii") as store:
            store.write(digest + "\n")  # appended: one line per file newly seen in house style
    except OSError:
        pass  # a read-only checkout only loses the speed-up


def _explained(kind: str, text: str, data: dict) -> bool:
    lines = text.splitlines()
    unknown = set(data) - set(field_names(kind))  # an unknown field is already an error of its own
    return (bool(unknown) or not lines or lines[0] != header(kind) or any(line != line.rstrip() for line in lines)
            or out_of_order(kind, list(data)) is not None)


RULE = Rule("unformatted", "Files are formatted the way `.venv/bin/cramp-atlas fmt` writes them.",
            scope="file", check=check, severity="warning", blocks_publishing=False, fixable=True, style_only=True)
