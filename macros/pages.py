"""The page stubs of the site: one per entry and one per printable guide.

Each stub is a title, a description and one macro call; the macros layer renders the rest.
MkDocs gets them from mkdocs-gen-files (macros/gen_pages.py); Zensical, which does not run
gen-files, gets them written into a copy of docs/ by `python -m macros zensical`.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

import yaml

from .entities import REGIONS
from .model import Atlas, Entry
from .printing import guides


def stub(title: str, description: str, call: str, **extra: str) -> str:
    # The theme writes title and description into <title> and <meta> without escaping them.
    meta = {"title": html.escape(title), "description": html.escape(description), **extra}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{{{{ {call} }}}}\n"


def entry_stub(entry: Entry) -> str:
    # The entry template writes the page's JSON-LD; the theme's generic one stays off (overrides/).
    return stub(entry.title, entry.fields.get("summary") or entry.title, f"entry_page({entry.id!r})", structured_data="entry")


def stubs(atlas: Atlas) -> Iterator[tuple[str, str, Entry | None]]:
    """(page path under docs/, its text, the entry it shows or None for a guide)."""
    for entry in atlas.entries.values():
        yield entry.page_path, entry_stub(entry), entry
    for guide in guides(atlas, REGIONS):
        description = f"Printable {guide.title.lower()}: one stretch per page."
        yield guide.page_path, stub(guide.title, description, f"guide({guide.slug!r})"), None
