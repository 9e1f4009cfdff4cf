"""One in-memory atlas: every entry, its resolved links and its back-links, built once per build.

A `Session` holds everything one build reads (settings, schemas, the atlas, git history) and
whatever the site layer makes from them. `begin` starts one for each build; it hands back the
last session while no file that session read has changed (one stat per file), because Zensical
runs the macros module once per page, and starts a new one otherwise, so `mkdocs serve` never
rebuilds with yesterday's schema or data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from macros.check import rules
from macros.check.runner import check
from macros.entities import BY_NAME, KINDS, Kind, labels
from macros.load.documents import EntryFile
from macros.load.stamps import Stamp, file_stamp, folder_stamp
from macros.model.history import History, read_history
from macros.problems import DataError, Problem
from macros.schema import registry as schemas
from macros.schema.registry import has_field, references
from macros.settings import PROJECT_ROOT, Settings, project

T = TypeVar("T")


def data_dir() -> Path:
    """The data folder: data/ beside mkdocs.yml, or CRAMP_ATLAS_DATA (tests and benchmarks)."""
    return project().data


@dataclass(eq=False, repr=False)
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
        return self.kind.address(self.id)

    @property
    def page_path(self) -> str:
        return self.kind.page(self.id)

    @property
    def data_file(self) -> str:
        return self.kind.data_file(self.id)

    def __getattr__(self, name: str) -> Any:
        # Templates read fields as attributes; a name the schema does not know is a template bug.
        if has_field(self.__dict__["kind"].name, name):
            return self.__dict__["fields"].get(name)
        raise AttributeError(f"{self.__dict__['kind'].singular} has no field '{name}'")

    def __repr__(self) -> str:
        # Short on purpose: the default repr walks links and back-links, which make the whole
        # atlas one graph, and a failing test's report would spend minutes printing it.
        return f"<{self.kind.singular} {self.id}>"

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

    @cached_property
    def _flags_by_region(self) -> dict[str, list[Entry]]:
        """Red flags by the body regions they name, once: every stretch page, card and guide asks."""
        found: dict[str, list[Entry]] = {}
        for flag in self.of_kind("red-flags"):
            for region in flag.regions or ():
                found.setdefault(region, []).append(flag)
        return found

    @cached_property
    def _flag_rank(self) -> dict[Entry, int]:
        return {flag: n for n, flag in enumerate(self.of_kind("red-flags"))}

    def stretch_warnings(self, *stretches: Entry) -> list[Entry]:
        """The warning signs printed and shown with these stretches (a card, a region guide, the
        booklet, a stretch page): the red flags they name, then those about their body regions,
        most urgent first. A flag without `regions` is shown only where an entry names it, and a
        self-care note is not a warning. The one place that chooses, so a guide warns about
        exactly what its cards warn about."""
        regions = {stretch.region for stretch in stretches}
        named = [flag for stretch in stretches for flag in stretch.linked("red_flags")]
        about = {flag for region in regions for flag in self._flags_by_region.get(region, ())}
        regional = sorted(about, key=self._flag_rank.__getitem__)  # in the atlas's order, not all flags scanned
        flags = [f for f in dict.fromkeys(named + regional) if f.tier != "self-care"]
        order = list(labels("TIERS"))
        return sorted(flags, key=lambda f: order.index(f.tier))

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


def blocks_publishing(problem: Problem) -> bool:
    # The rule says so (a placeholder left by `new` is only a warning in `check`, but never
    # published); a file that cannot be read, or a crashing rule, always blocks.
    rule = rules.by_id().get(problem.rule)
    return rule.blocks_publishing if rule and not problem.internal else problem.severity == "error"


@dataclass(eq=False)
class Session:
    """One build's reading of the world; what it made is kept on it, never in a module."""

    settings: Settings
    schemas: schemas.Schemas
    stamp: Stamp  # the data, schema and seed files as this session read them
    kept: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def atlas(self) -> Atlas:
        """The validated atlas; DataError (every problem) if the data may not be published."""
        tree, problems = check(self.settings.data, style=False)
        if any(blocks_publishing(p) for p in problems):
            raise DataError(problems)
        return build(tree.files)

    @cached_property
    def history(self) -> History:
        """Git history of the data folder: one `git log` per session."""
        return read_history(self.settings.data)

    def keep(self, name: str, make: Callable[[], T]) -> T:
        """What a later stage makes once per build (the site layer's renderer, say)."""
        if name not in self.kept:
            self.kept[name] = make()
        return self.kept[name]


def inputs_stamp(settings: Settings) -> Stamp:
    """Everything a session reads from disk, one stat per file."""
    return (*folder_stamp(settings.data, schemas.SCHEMA_DIR), file_stamp(settings.seed))


_latest: Session | None = None  # the one pointer that outlives a build: to be compared, not trusted


def begin(settings: Settings | None = None) -> Session:
    """The session for a build starting now: the last one if nothing it read has changed."""
    global _latest
    settings = settings or project()
    stamp = inputs_stamp(settings)
    if _latest is None or _latest.settings != settings or _latest.stamp != stamp:
        _latest = Session(settings, schemas.Schemas(), stamp)
    schemas.use(_latest.schemas)
    return _latest


def current() -> Session:
    """The session of the build under way (gen-files' script runs after define_env began it)."""
    return _latest if _latest is not None else begin()


def load_atlas(root: Path | None = None) -> Atlas:
    """The validated atlas of this data folder (default: the settings' one), for commands and tests."""
    return begin(project().with_data(root)).atlas


__all__ = ["KINDS", "PROJECT_ROOT", "Atlas", "Entry", "Session", "begin", "build", "current", "data_dir",
           "load_atlas"]
