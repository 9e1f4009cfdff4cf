"""One in-memory atlas: every entry, its resolved links and its back-links. Built once per process.

Engines that re-import the macros module for every page (Zensical) keep this module in
sys.modules, so the cache below survives them; it is keyed on the data files' mtimes, so
`mkdocs serve` picks up edits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .entities import BY_NAME, KINDS, TIERS, Kind
from .load import EntryFile
from .problems import DataError
from .schemas import field_names, references
from .validate import check

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The data folder: data/ beside mkdocs.yml, or CRAMP_ATLAS_DATA (tests and benchmarks)."""
    return Path(os.environ.get("CRAMP_ATLAS_DATA", PROJECT_ROOT / "data")).resolve()


@dataclass(eq=False)
class Entry:
    kind: Kind
    id: str
    path: str  # as messages show it, e.g. data/stretches/calf-wall-stretch.yaml
    fields: dict[str, Any]
    links: dict[str, list[Entry]] = field(default_factory=dict)  # field -> entries it names
    backlinks: dict[str, list[Entry]] = field(default_factory=dict)  # kind -> entries naming this one

    # Site paths are named site_*/page_* so they never shadow a data field (sources have `url`).
    @property
    def site_path(self) -> str:
        return f"{self.kind.section}/{self.id}/"

    @property
    def page_path(self) -> str:
        return f"{self.kind.section}/{self.id}.md"

    def __getattr__(self, name: str) -> Any:
        # Templates read fields as attributes; a name the schema does not know is a template bug.
        if name in field_names(self.__dict__["kind"].name):
            return self.__dict__["fields"].get(name)
        raise AttributeError(f"{self.__dict__['kind'].singular} has no field '{name}'")

    def linked(self, field_name: str) -> list[Entry]:
        return self.links.get(field_name, [])

    def referenced_by(self, kind: str) -> list[Entry]:
        return self.backlinks.get(kind, [])

    @property
    def red_flags_all(self) -> list[Entry]:
        """Red flags this entry names, plus those that name it: either way, they apply here."""
        flags = self.linked("red_flags") + self.referenced_by("red-flags")
        return list(dict.fromkeys(flags))


@dataclass
class Atlas:
    entries: dict[str, Entry]

    def of_kind(self, kind: str) -> list[Entry]:
        return list(self._by_kind.get(kind, ()))

    @cached_property
    def _by_kind(self) -> dict[str, list[Entry]]:
        """Entries grouped by kind once: pages ask for a kind's entries many times per build."""
        grouped: dict[str, list[Entry]] = {}
        for entry in self.entries.values():
            grouped.setdefault(entry.kind.name, []).append(entry)
        return grouped

    def stretch_warnings(self, stretch: Entry) -> list[Entry]:
        """The red flags a stretch shows: those it names, then those about its body region,
        most urgent first. A flag without `regions` is shown only where an entry names it."""
        regional = [f for f in self.of_kind("red-flags") if stretch.region in (f.regions or ())]
        flags = list(dict.fromkeys(stretch.linked("red_flags") + regional))
        return sorted(flags, key=lambda f: list(TIERS).index(f.tier))

    def get(self, entry_id: str) -> Entry:
        try:
            return self.entries[entry_id]
        except KeyError:
            raise KeyError(f"no entry with id '{entry_id}' in data/") from None


def build(files: list[EntryFile]) -> Atlas:
    """Turn validated files into entries sorted by title, with links both ways."""
    ordered = sorted(files, key=lambda f: (str(f.document.data.get("title", "")).lower(), f.id))
    entries = {f.id: Entry(BY_NAME[f.kind], f.id, f.path, f.document.data) for f in ordered}
    for entry in entries.values():
        for field_name in references(entry.kind.name):
            named = [entries[i] for i in entry.fields.get(field_name) or []]
            entry.links[field_name] = named
            for other in named:
                bucket = other.backlinks.setdefault(entry.kind.name, [])
                if entry not in bucket:
                    bucket.append(entry)
    return Atlas(entries)


_CACHE: dict[tuple, Atlas] = {}


def load_atlas(root: Path | None = None) -> Atlas:
    """The validated atlas for this data folder, parsed once while its files are unchanged."""
    root = root or data_dir()
    stamp = _stamp(root)
    if stamp not in _CACHE:
        tree, problems = check(root, style=False)
        # A placeholder left by `python -m macros new` is only a warning in `check`, but never published.
        errors = [p for p in problems if p.severity == "error" or "placeholder" in p.message]
        if errors:
            raise DataError(problems)
        _CACHE.clear()
        _CACHE[stamp] = build(tree.files)
    return _CACHE[stamp]


def _stamp(root: Path) -> tuple:
    # Zensical asks for the atlas once per page, so this walk is kept to one stat per file.
    found = []
    for folder, _, names in os.walk(root):  # a missing folder yields nothing: check explains it
        for name in names:
            info = os.stat(path := os.path.join(folder, name))
            found.append((path, info.st_mtime_ns, info.st_size))
    return (str(root), tuple(sorted(found)))


__all__ = ["KINDS", "Atlas", "Entry", "build", "data_dir", "load_atlas"]
