"""mkdocs-gen-files script: one page per entry, so adding an entry is adding one YAML file.

Each page is written finished (macros/site/pages.py): rendered once here, never again per page.

The "edit this page" link points at the entry's YAML file, where a contributor makes the change.
"""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs_gen_files

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # gen-files runs this by path

from macros.model.atlas import current
from macros.site.pages import rendered

# The session define_env began for this build (the macros plugin's on_config runs first).
for page_path, text, entry in rendered(current()):
    with mkdocs_gen_files.open(page_path, "w") as page:
        page.write(text)
    if entry is not None:
        mkdocs_gen_files.set_edit_path(page_path, f"../{entry.path}")
