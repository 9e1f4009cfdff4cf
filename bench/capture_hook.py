"""MkDocs hook for the benchmark's floor: save each page's Markdown after the macros ran, with
its front matter (title, description, the theme's switches), so the floor builds the same pages."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority


@event_priority(-100)  # after mkdocs-macros has expanded every macro
def on_page_markdown(markdown: str, page, config, files) -> str:
    target = Path(os.environ["CRAMP_ATLAS_CAPTURE"]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {k: v for k, v in page.meta.items() if k != "render_macros"}
    if page.title:
        meta["title"] = page.title
    front = f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)}---\n\n" if meta else ""
    target.write_text(front + markdown, encoding="utf-8")
    return markdown
