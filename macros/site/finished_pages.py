"""MkDocs hook (mkdocs.yml `hooks:`): the pages the data layer renders itself skip Python-Markdown.

An entry's or guide's page reaches MkDocs as finished HTML (macros/site/pages.py `finished`,
marked `finished_html: true`). Markdown has nothing to do with such a body: its raw-HTML blocks
pass through unchanged, and it has no Markdown headings for the table of contents. Yet reading
them costs Markdown an html.parser pass over every tag, about a fifth of the whole build. So
the body is set aside before Markdown and put back when the page is written, and the page comes
out the same.

Hand-made pages in docs/ are Markdown and convert as usual. Zensical does not run MkDocs hooks;
it converts the same finished pages itself, with the same result (tests/test_zensical.py).
"""

from __future__ import annotations

import hashlib

from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

# The front-matter key macros/site/pages.py `finished` sets. Its own key, not `render_macros:
# false`, which a hand-made Markdown page may also set (to show template syntax as text) and
# which must not make it skip Markdown. Defined here, and imported there, because MkDocs loads
# this hook before the macros plugin loads the project's `macros`: an import of `macros` from
# here would pick the installed package, not the project being built (a copy, a tarball).
FINISHED_HTML = "finished_html"

# A paragraph Markdown turns into <p>…</p> and nothing else: letters only, no markup.
STAND_IN = "CrampAtlasFinishedPageBody"


def is_finished(page: Page) -> bool:
    return page.meta.get(FINISHED_HTML) is True


@event_priority(-100)  # after every plugin that reads or changes a page's Markdown
def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    if not is_finished(page):
        return markdown
    page.finished_digest = _digest(markdown)  # the body itself stays in its file until the page is built
    return STAND_IN


@event_priority(100)  # before any plugin reads the page's HTML
def on_page_content(html: str, page: Page, **_: object) -> str:
    if getattr(page, "finished_digest", None) is not None and html.strip() != f"<p>{STAND_IN}</p>":
        # A Markdown extension changed the stand-in: say so loudly.
        raise RuntimeError(f"{page.file.src_uri}: the finished body's stand-in came back as {html[:80]!r}")
    return html


# MkDocs holds every page's HTML from the first page read to the last page written; a finished
# body is read back from its file only while its page is written, so the build does not grow
# with the whole site (bench/results: peak memory at 10x data).
def on_page_context(context: dict, page: Page, **_: object) -> dict:
    expected = getattr(page, "finished_digest", None)
    if expected is None:
        return context
    body, _meta = get_data(page.file.content_string)
    if _digest(body) != expected:  # the file is not what Markdown was given: say so loudly
        raise RuntimeError(f"{page.file.src_uri}: the finished body changed while the page was built")
    page.content = body.strip("\n")  # as Markdown hands back a raw-HTML body: no blank lines round it
    return context


def on_post_page(output: str, page: Page, **_: object) -> str:
    if getattr(page, "finished_digest", None) is not None:
        page.content = STAND_IN  # written: let the body go
    return output


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()
