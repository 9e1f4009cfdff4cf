"""MkDocs hook for the benchmark's floor: save each page's Markdown after the macros ran."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.plugins import event_priority


@event_priority(-100)  # after mkdocs-macros has expanded every macro
def on_page_markdown(markdown: str, page, config, files) -> str:
    target = Path(os.environ["CRAMP_ATLAS_CAPTURE"]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: {page.title!r}\n---\n\n" if page.title else ""
    target.write_text(front + markdown, encoding="utf-8")
    return markdown
