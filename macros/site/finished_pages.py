"""MkDocs hook (mkdocs.yml `hooks:`): the pages the data layer renders itself skip Python-Markdown.

An entry's or guide's page reaches MkDocs as finished HTML (macros/site/pages.py `finished`,
marked `finished_html: true`). Markdown has nothing to do with such a body: its raw-HTML blocks
pass through unchanged, and it has no Markdown headings for the table of contents. Yet reading
them costs Markdown an html.parser pass over every tag, about a fifth of the whole build. So
the body is set aside before Markdown and put back when the page is written, and the page comes
out the same.

Hand-made pages in docs/ are Markdown and convert as usual, but the large parts their macros
write (a section's entries, the field tables, the bibliography) are finished HTML too, and raw
HTML blocks as far as Markdown goes: each is set aside the same way (`set_aside`), a one-tag
stand-in in its place, and put back in the page's HTML just after Markdown. That pass over them
was most of what the hand-made pages cost, and the preview builds them on every save.

Zensical does not run MkDocs hooks: there the macros write their HTML in place, and it converts
the same pages itself, with the same result (tests/test_zensical.py).
"""

from __future__ import annotations

import hashlib
import re

from mkdocs.config.defaults import MkDocsConfig
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


# The config key that says this hook is in the build, so the macros may set their parts aside.
SETS_BLOCKS_ASIDE = "cramp_atlas_sets_blocks_aside"
BLOCK = '<div data-ca-finished-block="{}"></div>'  # a raw HTML block Markdown passes through as is
BLOCK_STAND_IN = re.compile(r'<div data-ca-finished-block="(\d+)"></div>')
# The anchors in a block, for MkDocs' link validation, which reads them from the raw HTML it is
# given. The blocks are our autoescaped templates' markup: an attribute is always written
# ` id="…"`, and a quote in text or in a value is a character reference, never a bare `"`.
ANCHOR = re.compile(r'\sid="([^"]+)"')


@event_priority(100)  # before the macros plugin's on_config, which runs define_env
def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    config[SETS_BLOCKS_ASIDE] = True
    return config


def set_aside(page: Page, html: str) -> str:
    """The stand-in for a macro's finished HTML block on this page; on_page_content puts it back."""
    blocks = page.__dict__.setdefault("finished_blocks", [])
    blocks.append(html)
    return BLOCK.format(len(blocks) - 1)


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
    blocks = page.__dict__.pop("finished_blocks", None)
    if blocks:
        html, count = BLOCK_STAND_IN.subn(lambda found: blocks[int(found[1])], html)
        if count != len(blocks):  # Markdown changed or lost a stand-in: say so loudly
            raise RuntimeError(f"{page.file.src_uri}: {len(blocks) - count} finished block(s) did not come back")
        if getattr(page, "present_anchor_ids", None) is not None:  # set by MkDocs as Markdown ran
            page.present_anchor_ids.update(anchor for block in blocks for anchor in ANCHOR.findall(block))
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
