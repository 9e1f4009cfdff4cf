"""Remember each data file's parse and per-file findings between runs, keyed by its content.

A contributor runs `check` again and again while editing one or two files; re-parsing and
re-validating thousands of unchanged files each time is what made `check` slow at scale. A file
is looked up by a hash of its path and bytes, under a stamp of everything else a finding can
depend on (the code and schemas in macros/, the seed text, today's date), so a change to any of
those throws the whole store away rather than risk a stale message.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from macros.load.documents import Document, EntryFile, LoadError, parse_document
from macros.problems import Problem
from macros.settings import project, today

PACKAGE = Path(__file__).resolve().parents[1]
STORE = "files.pickle"  # in the cache folder (settings: CRAMP_ATLAS_CACHE, else .cache/)


@dataclass
class Seen:
    """What one file came to last time: its document (or why it could not be read) and findings."""

    document: Document | None
    load_problem: Problem | None = None
    findings: dict[str, list[Problem]] = field(default_factory=dict)  # file rule id -> its problems


def _stamp() -> str:
    parts = [sys.version, today().isoformat()]  # review dates are judged against today
    sources = sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".json") and "__pycache__" not in p.parts)
    seed = project().seed
    digest = hashlib.sha1("\n".join(parts).encode())
    for path in [*sources, seed]:
        digest.update(path.as_posix().encode())
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


class FileCache:
    """The store for one run: read once at the start, written once at the end with what was used."""

    def __init__(self, store: Path | None = None, enabled: bool = True):
        self.store = (store or project().cache_dir / STORE) if enabled else None
        self.stamp = _stamp() if self.store else ""
        self.before = self._read()
        self.now: dict[str, Seen] = {}
        self.keys: dict[str, str] = {}  # display path -> key, for the files of this run
        self.changed = False

    @classmethod
    def off(cls) -> FileCache:
        return cls(enabled=False)

    def parse(self, raw: bytes, display_path: str) -> Document:
        """parse_document, answered from the store when the file has not changed."""
        key = hashlib.sha1(display_path.encode() + b"\0" + raw).hexdigest()
        self.keys[display_path] = key
        seen = self.before.get(key)
        if seen is None:
            try:
                seen = Seen(parse_document(raw, display_path))
            except LoadError as exc:
                seen = Seen(None, exc.problem)
            self.changed = True
        self.now[key] = seen
        if seen.document is None:
            assert seen.load_problem is not None
            raise LoadError(seen.load_problem)
        return seen.document

    def findings(self, entry: EntryFile, rule: str) -> list[Problem] | None:
        seen = self.now.get(self.keys.get(entry.path, ""))
        return None if seen is None else seen.findings.get(rule)

    def record(self, entry: EntryFile, rule: str, problems: list[Problem]) -> None:
        if (seen := self.now.get(self.keys.get(entry.path, ""))) is not None:
            seen.findings[rule] = problems
            self.changed = True

    def save(self) -> None:
        if not self.store or not (self.changed or self.now.keys() != self.before.keys()):
            return
        try:
            self.store.parent.mkdir(parents=True, exist_ok=True)
            # Written aside and renamed, so a check running at the same time never reads half a file.
            with tempfile.NamedTemporaryFile(dir=self.store.parent, delete=False) as out:
                pickle.dump((self.stamp, self.now), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(out.name, self.store)
        except OSError:
            pass  # a read-only checkout only loses the speed-up

    def _read(self) -> dict[str, Seen]:
        if not self.store:
            return {}
        try:
            # Only this program writes the store, in the project's own ignored .cache/ folder.
            with self.store.open("rb") as stored:
                stamp, seen = pickle.load(stored)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, AttributeError, ImportError, TypeError):
            return {}
        return seen if stamp == self.stamp else {}
