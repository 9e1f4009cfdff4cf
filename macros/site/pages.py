"""The page stubs of the site: one per entry and one per printable guide.

Each stub is a title, a description and one macro call; the macros layer renders the rest.
MkDocs gets them from mkdocs-gen-files (macros/site/gen_pages.py); Zensical, which does not run
gen-files, gets them written into a copy of docs/ by `.venv/bin/cramp-atlas zensical`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import yaml

from macros.entities import REGIONS
from macros.model.atlas import Atlas, Entry
from macros.publish.printing import guides
from macros.schema.registry import schema

# Braces as character references: MkDocs' and Zensical's macros layers render a page title that
# contains `{{`, `{%` or `{#` as Jinja, so a title with no brace can never be template source.
ID = re.compile(schema("common")["$defs"]["id"]["pattern"])
_INERT = str.maketrans({"{": "&#123;", "}": "&#125;"})


def inert(text: str) -> str:
    """Data text as the theme prints it raw into <title> and <meta>: HTML-escaped, no braces."""
    return html.escape(text).translate(_INERT)


def stub(title: str, description: str, call: str, **extra: object) -> str:
    """Front matter (yaml.safe_dump, values inert) and the one macro call; the call names only
    an id or slug, never data text, so nothing from data/ becomes page source."""
    meta = {"title": inert(title), "description": inert(description), **extra}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{{{{ {call} }}}}\n"


def entry_stub(entry: Entry) -> str:
    if not ID.fullmatch(entry.id):  # the file-name rule refuses such a file before any build
        raise ValueError(f"entry id {entry.id!r} is not lower-case words joined by hyphens")
    # The entry template writes the page's JSON-LD; the theme's generic one stays off (overrides/).
    return stub(entry.title, entry.fields.get("summary") or entry.title, f"entry_page({entry.id!r})", structured_data="entry")


def stubs(atlas: Atlas) -> Iterator[tuple[str, str, Entry | None]]:
    """(page path under docs/, its text, the entry it shows or None for a guide)."""
    for entry in atlas.entries.values():
        yield entry.page_path, entry_stub(entry), entry
    for guide in guides(atlas, REGIONS):
        description = f"Printable {guide.title.lower()}: one stretch per page."
        # A guide repeats its stretches' pages for paper: the site search (overrides/main.html)
        # leaves it out and leads to the stretch pages instead.
        yield guide.page_path, stub(guide.title, description, f"guide({guide.slug!r})", search={"exclude": True}), None
