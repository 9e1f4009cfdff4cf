"""Which pages and cards a test run looks at.

`make test` (the pull-request run) looks at a sample that shows every template in every variant
the data uses, plus every page a change touches. `make test-all` (`pytest --every-page`: on every
push to main and every night) looks at every page and every card. The sample is chosen from the
data, not by hand, so it stays complete as kinds and fields are added, and its size follows the
schema (how many optional parts and labelled values there are), not the number of entries.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from macros.model.atlas import Atlas, Entry, load_atlas
from macros.publish.printing import card_sheets
from macros.schema.registry import schema

ROOT = Path(__file__).resolve().parent.parent
BRANCHES = ("origin/main", "main")  # what a pull request is compared with, in that order
EVERY_PAGE = False  # set from `pytest --every-page` (conftest.py) before any test module is read
# Entries that tests open by name in a browser: looked at (and their cards printed) in every run,
# so their pages are complete (a stretch page without its PDFs logs a 404, test_no_third_party).
NAMED_IN_TESTS = ("standing-calf-stretch", "bent-knee-calf-stretch", "chin-to-chest-stretch")


def filled(value: object) -> bool:
    return value not in (None, "", [], {})


def labelled(node: dict) -> bool:
    """A field whose values the templates label and style (an enum with x-labels, e.g. a grade)."""
    if "$ref" in node:
        name, _, pointer = node["$ref"].partition("#")
        node = schema(name.removesuffix(".json"))
        for step in filter(None, pointer.split("/")):
            node = node[step]
    return "x-labels" in node


def traits(entry: Entry) -> set[str]:
    """What of its template an entry's page shows: each optional part it has or lacks, each
    labelled value it carries, and for a stretch whether its large-print card takes two sheets."""
    kind = schema(entry.kind.name)
    required = set(kind.get("required", []))
    found = set()
    for name, node in kind.get("properties", {}).items():
        value = entry.fields.get(name)
        if name not in required:
            found.add(f"{name} {'given' if filled(value) else 'left out'}")
        if labelled(node) and filled(value):
            found.add(f"{name}={value}")
    if entry.kind.name == "stretches":
        found.add(f"large print on {card_sheets(atlas(), entry)} sheet(s)")
    return found


def covering(entries: list[Entry]) -> list[Entry]:
    """Few entries that between them show every trait any entry of the kind shows: greedily the
    one adding most traits not yet shown, ties to the first in the atlas's order (deterministic).
    The first chosen is the richest entry, the one that fills most of its template."""
    wanted = set().union(*(traits(e) for e in entries)) if entries else set()
    chosen: list[Entry] = []
    while wanted:
        best = max(entries, key=lambda e: len(traits(e) & wanted))
        chosen.append(best)
        wanted -= traits(best)
    return chosen


@cache
def atlas() -> Atlas:
    return load_atlas()


@cache
def sample() -> tuple[Entry, ...]:
    """Per kind, the entries that cover its template's variants (see covering)."""
    kinds = dict.fromkeys(e.kind.name for e in atlas().entries.values())
    return tuple(e for kind in kinds for e in covering(atlas().of_kind(kind)))


def git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


@cache
def changed_files() -> frozenset[str]:
    """Files under data/ that differ from where this branch left main (committed or not, and new
    files); nothing without git or without a main to compare with (a tarball, a shallow clone)."""
    base = next((b.strip() for b in (git("merge-base", "HEAD", branch) for branch in BRANCHES) if b), None)
    if base is None:
        return frozenset()
    changed = (git("diff", "--name-only", base, "--", "data/") or "").split()
    new = (git("ls-files", "--others", "--exclude-standard", "--", "data/") or "").split()
    return frozenset(changed + new)


def touched(entries: Iterable[Entry], files: frozenset[str]) -> list[Entry]:
    """Entries whose data file changed, and the entries whose pages show them (links both ways)."""
    direct = [e for e in entries if f"data/{e.data_file}" in files]
    near = [other for e in direct for group in (*e.links.values(), *e.backlinks.values()) for other in group]
    return list(dict.fromkeys([*direct, *near]))


def entries(kind: str | None = None) -> list[Entry]:
    """The entries this run looks at, in the atlas's order: all with --every-page, else the sample
    and those a change touches."""
    every = list(atlas().entries.values())
    if not EVERY_PAGE:
        chosen = {e.id for e in (*sample(), *touched(every, changed_files()))} | set(NAMED_IN_TESTS)
        every = [e for e in every if e.id in chosen]
    return [e for e in every if kind is None or e.kind.name == kind]


def pages(site: Path, reader_pages: list[Path]) -> list[str]:
    """Addresses (relative to the site, e.g. 'glossary/doms/index.html') of the reader pages this
    run looks at: every page with --every-page; else every page that is not an entry's (home,
    sections, guides, about…: their number follows the kinds and regions, not the entries) and the
    pages of entries()."""
    found = [p.relative_to(site).as_posix() for p in reader_pages]
    if EVERY_PAGE:
        return found
    entry_pages = {f"{e.site_path}index.html" for e in atlas().entries.values()}
    looked_at = {f"{e.site_path}index.html" for e in entries()}
    return [page for page in found if page not in entry_pages or page in looked_at]


def template_pages(site: Path, reader_pages: list[Path]) -> list[str]:
    """One page per template: each page that is not an entry's, but one guide for all the
    printable guides (they share guide.html), and the richest entry of each kind."""
    entry_pages = {f"{e.site_path}index.html" for e in atlas().entries.values()}
    richest = {}
    for entry in sample():
        richest.setdefault(entry.kind.name, f"{entry.site_path}index.html")
    found, guide = [], None
    for page in (p.relative_to(site).as_posix() for p in reader_pages):
        if page in entry_pages:
            continue
        if page.startswith("print/"):
            if guide:
                continue
            guide = page
        found.append(page)
    return found + list(richest.values())
