"""mkdocs-gen-files script: one page per entry, so adding an entry is adding one YAML file.

Each page is a stub (title, description, one macro call); the macros layer renders it. The
"edit this page" link points at the entry's YAML file, where a contributor makes the change.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import mkdocs_gen_files
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # gen-files runs this by path

from macros.model import Entry, load_atlas  # noqa: E402


def stub(entry: Entry) -> str:
    # The theme writes title and description into <title> and <meta> without escaping them.
    meta = {"title": html.escape(entry.title), "description": html.escape(entry.summary or entry.title)}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{{{{ entry_page({entry.id!r}) }}}}\n"


for entry in load_atlas().entries.values():
    with mkdocs_gen_files.open(entry.page_path, "w") as page:
        page.write(stub(entry))
    mkdocs_gen_files.set_edit_path(entry.page_path, f"../{entry.path}")
