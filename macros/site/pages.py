"""The pages the data makes: one per entry and one per printable guide, rendered once per build.

Each page is front matter (title, description) and its finished HTML, rendered here by the
session's one renderer; `render_macros: false` tells the macros layer of either engine to leave
the page as it is, so no engine compiles it as a template or re-runs the macros module for it.
MkDocs gets the pages from mkdocs-gen-files (macros/site/gen_pages.py); Zensical, which does not
run gen-files, gets them written into a copy of docs/ by `.venv/bin/cramp-atlas zensical`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import yaml

from macros.entities import REGIONS
from macros.model.atlas import Entry, Session
from macros.publish.printing import guides
from macros.schema.registry import schema
from macros.site import open_data
from macros.site.finished_pages import FINISHED_HTML  # marks a body MkDocs' hook passes by Markdown
from macros.site.render import Renderer

# Braces as character references: MkDocs' and Zensical's macros layers render a page title that
# contains `{{`, `{%` or `{#` as Jinja, so a title with no brace can never be template source.
ID = re.compile(schema("common")["$defs"]["id"]["pattern"])
_INERT = str.maketrans({"{": "&#123;", "}": "&#125;"})


def inert(text: str) -> str:
    """Data text as the theme prints it raw into <title> and <meta>: HTML-escaped, no braces."""
    return html.escape(text).translate(_INERT)


# libyaml's safe dumper when PyYAML has it: the pure-Python one cost a build more than a tenth of
# its data layer. Either writes YAML that reads back as the same values.
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(title: str, description: str, **extra: object) -> str:
    """The page's front matter (YAML from the safe dumper, data values inert)."""
    meta = {"title": inert(title), "description": inert(description), **extra}
    text = yaml.dump(meta, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return "---\n" + text + "---\n"


def stub(title: str, description: str, call: str, **extra: object) -> str:
    """Front matter and one macro call naming an id or slug, never data text (hand-made pages)."""
    return f"{front_matter(title, description, **extra)}\n{{{{ {call} }}}}\n"


def finished(title: str, description: str, body: str, **extra: object) -> str:
    """Front matter and the rendered page, marked for the macros layer to leave alone: the body
    holds data text (escaped for HTML), which must never be read as template source."""
    meta = {"render_macros": False, FINISHED_HTML: True, **extra}
    return f"{front_matter(title, description, **meta)}\n{body}\n"


def renderer(session: Session) -> Renderer:
    """The session's one renderer (one set of compiled templates per build)."""
    settings = session.settings
    return session.keep("renderer", lambda: Renderer(session.atlas, open_data.trail(session), settings.site_url,
                                                     settings.cache_dir))


def entry_text(entry: Entry, pages: Renderer) -> str:
    if not ID.fullmatch(entry.id):  # the file-name rule refuses such a file before any build
        raise ValueError(f"entry id {entry.id!r} is not lower-case words joined by hyphens")
    # The entry template writes the page's JSON-LD; the theme's generic one stays off (overrides/).
    return finished(entry.title, entry.fields.get("summary") or entry.title,
                    pages.entry_page(entry.id, entry.site_path), structured_data="entry")


def rendered(session: Session) -> Iterator[tuple[str, str, Entry | None]]:
    """(page path under docs/, its finished text, the entry it shows or None for a guide), one
    at a time, so a build holds one page's HTML, not the whole site's."""
    pages = renderer(session)
    atlas = session.atlas
    for entry in atlas.entries.values():
        yield entry.page_path, entry_text(entry, pages), entry
    for guide in guides(atlas, REGIONS):
        description = f"Printable {guide.title.lower()}: one stretch per page."
        # A guide repeats its stretches' pages for paper: the site search (overrides/main.html)
        # leaves it out and leads to the stretch pages instead.
        yield guide.page_path, finished(guide.title, description, pages.guide(guide.slug, guide.site_path),
                                        search={"exclude": True}), None
