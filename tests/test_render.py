"""What render hands Markdown: one raw HTML block, with a code example's blank lines kept."""

from __future__ import annotations

import html as html_text

import markdown

from macros.site.render import markdown_safe

EXAMPLE = "<div>\n\n<p>Example</p>\n\n<pre><code>title: Calf\n\nsummary: >-\n  Two lines\n</code></pre>\n</div>\n"


def test_a_blank_line_inside_pre_survives_markdown() -> None:
    html = markdown.markdown(markdown_safe(EXAMPLE), extensions=["md_in_html"])
    code = html[html.index("<code>") + len("<code>"):html.index("</code>")]
    assert html_text.unescape(code) == "title: Calf\n\nsummary: >-\n  Two lines\n"


def test_blank_lines_between_elements_are_dropped_so_markdown_keeps_the_block_whole() -> None:
    safe = markdown_safe(EXAMPLE)
    assert all(line.strip() for line in safe.splitlines())
    assert "<p><p>" not in markdown.markdown(safe, extensions=["md_in_html"])
