"""Stable ids: every id the site has published keeps a working address.

data/published-ids.txt lists each published entry as `kind/id`, one a line. It is committed,
so the promise is checked the same way on a clean clone, in a pull request and in a tarball,
without asking git what main looked like. Lines are only ever added (`.venv/bin/cramp-atlas ids`).

An old id keeps working when an entry still has it (in any kind folder), or when an entry
names it in `redirect_from`; the redirect map below turns both into pages that forward.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from macros.entities import BY_NAME
from macros.load.documents import EntryFile

REGISTRY = "published-ids.txt"
HEADER = """\
# Every entry id the site has published, as kind/id. The check fails if one disappears
# without a redirect: keep the entry, or list the old id in `redirect_from:` of the entry
# that replaces it. Never delete a line. Add new ids with `.venv/bin/cramp-atlas ids`.
"""


@dataclass(frozen=True)
class Published:
    kind: str
    id: str
    line: int  # in the registry file, for messages


@dataclass(frozen=True)
class Current:
    """What the redirect logic needs to know about one entry in data/ now."""

    kind: str
    id: str
    redirect_from: tuple[str, ...] = ()

    @property
    def page(self) -> str:
        return page_of(self.kind, self.id)


def registry_path(data_root: Path) -> Path:
    return data_root / REGISTRY


def read_registry(data_root: Path) -> list[Published]:
    path = registry_path(data_root)
    if not path.is_file():
        return []
    published = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#") and "/" in line:
            kind, _, entry_id = line.partition("/")
            published.append(Published(kind, entry_id, number))
    return published


def write_registry(data_root: Path, current: Iterable[Current]) -> list[str]:
    """Add the ids of current entries to the registry; return the lines added."""
    known = {f"{p.kind}/{p.id}" for p in read_registry(data_root)}
    added = sorted({f"{c.kind}/{c.id}" for c in current} - known)
    lines = sorted(known | set(added))
    registry_path(data_root).write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return added


def page_of(kind: str, entry_id: str) -> str:
    return BY_NAME[kind].page(entry_id) if kind in BY_NAME else ""


def redirect_map(published: list[Published], current: list[Current]) -> dict[str, str]:
    """Old page -> page that answers for it now, for mkdocs-redirects (source .md paths)."""
    by_id = {c.id: c for c in current}
    old_kind = {p.id: p.kind for p in published}
    live_pages = {c.page for c in current}
    redirects: dict[str, str] = {}
    for entry in current:
        for old_id in entry.redirect_from:
            old_page = page_of(old_kind.get(old_id, entry.kind), old_id)
            if old_page and old_page not in live_pages:
                redirects[old_page] = entry.page
    for p in published:
        moved = by_id.get(p.id)
        old_page = page_of(p.kind, p.id)
        if moved and old_page and old_page not in live_pages:  # same id, now in another kind folder
            redirects[old_page] = moved.page
    return dict(sorted(redirects.items()))


def current_from_files(files: Iterable[EntryFile]) -> list[Current]:
    """The entries as loaded (before or after validation): kind, id and their old ids."""
    current = []
    for file in files:
        data = file.document.data if isinstance(file.document.data, dict) else {}
        old_ids = data.get("redirect_from")
        old_ids = tuple(i for i in old_ids if isinstance(i, str)) if isinstance(old_ids, list) else ()
        current.append(Current(file.kind, file.id, old_ids))
    return current
