"""mkdocs-gen-files script: one page per entry, so adding an entry is adding one YAML file.

Each page is written finished (macros/site/pages.py): rendered once here, never again per page.

The "edit this page" link points at the entry's YAML file, where a contributor makes the change.
It is set on the page's file (File.edit_uri, which MkDocs itself turns into the link), and the
page is taken out of gen-files' edit paths, which would otherwise blank the link (gen-files'
set_edit_path sets it only as each page is built, and warns about a page that was not: the
preview does not build again a page that did not change, see preview_pages.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs_gen_files

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # gen-files runs this by path

from macros.model.atlas import current
from macros.site.pages import rendered

# The session define_env began for this build (the macros plugin's on_config runs first).
data_files = {}
for page_path, text, entry in rendered(current()):
    with mkdocs_gen_files.open(page_path, "w") as page:
        page.write(text)
    if entry is not None:
        data_files[page_path] = f"../{entry.path}"  # from docs/, as edit_uri is
editor = mkdocs_gen_files.FilesEditor.current()
for file in editor.files:
    if file.src_uri in data_files:
        file.edit_uri = data_files[file.src_uri]
        del editor.edit_paths[file.src_uri]
