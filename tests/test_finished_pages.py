"""A macro's finished HTML block goes past Markdown set aside (macros/site/finished_pages.py) and
comes out of it exactly as Markdown would have passed it through; a lost block is an error."""

from __future__ import annotations

from types import SimpleNamespace

import markdown
import pytest

from macros.settings import project_config
from macros.site import finished_pages
from macros.site.render import markdown_safe

# Built like a section's list: nested blocks, a table, a code sample whose line breaks markdown_safe keeps.
BLOCK = markdown_safe("""<section class="ca-section" data-pagefind-ignore>
  <h2 id="calf">Calf &amp; foot</h2>
  <ul class="ca-cards"><li><a href="../x/">X</a> <em>two</em></li></ul>

  <table class="ca-fields"><tbody><tr><td><code>id</code></td></tr></tbody></table>
  <pre><code>title: Calf
summary: x</code></pre>
</section>""")
PAGE_MARKDOWN = "# Stretches\n\nEach one *helps* a muscle.\n\n{block}\n\nAnd after it, text.\n"


def converted(text: str) -> str:
    extensions = project_config()["markdown_extensions"]
    names = [e if isinstance(e, str) else next(iter(e)) for e in extensions]
    settings = {next(iter(e)): next(iter(e.values())) for e in extensions if isinstance(e, dict)}
    return markdown.Markdown(extensions=names, extension_configs=settings).convert(text)


def page() -> SimpleNamespace:
    return SimpleNamespace(meta={}, file=SimpleNamespace(src_uri="stretches/index.md"), present_anchor_ids={"stretches"})


def test_a_block_set_aside_comes_out_as_markdown_would_pass_it_through() -> None:
    shown = page()
    stand_in = finished_pages.set_aside(shown, BLOCK)
    assert len(stand_in) < 60
    html = finished_pages.on_page_content(converted(PAGE_MARKDOWN.format(block=stand_in)), page=shown)
    assert html == converted(PAGE_MARKDOWN.format(block=BLOCK))
    assert BLOCK in html
    assert shown.present_anchor_ids == {"stretches", "calf"}  # for MkDocs' check of links to #calf


def test_a_block_markdown_lost_stops_the_build() -> None:
    shown = page()
    finished_pages.set_aside(shown, BLOCK)
    with pytest.raises(RuntimeError, match=r"stretches/index.md: 1 finished block\(s\) did not come back"):
        finished_pages.on_page_content(converted("Nothing of it here."), page=shown)
