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

from macros.entities import REGIONS  # noqa: E402
from macros.model import Entry, load_atlas  # noqa: E402
from macros.printing import guides  # noqa: E402


def stub(title: str, description: str, call: str, **extra: str) -> str:
    # The theme writes title and description into <title> and <meta> without escaping them.
    meta = {"title": html.escape(title), "description": html.escape(description), **extra}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{{{{ {call} }}}}\n"


def entry_stub(entry: Entry) -> str:
    # The entry template writes the page's JSON-LD; the theme's generic one stays off (overrides/).
    return stub(entry.title, entry.summary or entry.title, f"entry_page({entry.id!r})", structured_data="entry")


atlas = load_atlas()
for entry in atlas.entries.values():
    with mkdocs_gen_files.open(entry.page_path, "w") as page:
        page.write(entry_stub(entry))
    mkdocs_gen_files.set_edit_path(entry.page_path, f"../{entry.path}")
for guide in guides(atlas, REGIONS):
    with mkdocs_gen_files.open(guide.page_path, "w") as page:
        page.write(stub(guide.title, f"Printable {guide.title.lower()}: one stretch per page.", f"guide({guide.slug!r})"))
