"""MkDocs hook (mkdocs.yml `hooks:`): the preview builds again only the pages a save changed.

The preview (`mkdocs serve --dirty`, make serve) keeps up with typing this way. In a dirty
build MkDocs asks each page's file whether it changed since its HTML was written
(File.is_modified, by modification time) and skips the rest; gen-files writes every generated
page afresh, so by time all of them look changed. But a finished page (finished_pages.py) is
fully determined by its text, mkdocs.yml and the theme: entry pages are not in the navigation (`not_in_nav`), and a
change to an entry changes the text of every page that shows it (its title in a link, say). So
`on_files` remembers a digest of each finished page's text as last built into this site folder
and answers "unchanged" for a page whose digest is the same and whose HTML is still there.
Hand-made pages run macros over the whole atlas and are built every time. A full build
(`mkdocs build`, CI) never asks is_modified, so it builds everything.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils.meta import get_data

# MkDocs warns on every dirty build that navigation and links may be stale, and --strict turns
# that warning into a failed build. For this site they are not (see the docstring), so exactly
# that warning is dropped and the preview keeps --strict for every other one.
DIRTY_WARNING = "A 'dirty' build is being performed"


class _ExactDirtyBuilds(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


for _engine in ("mkdocs", "properdocs"):  # ProperDocs, the maintained MkDocs 1.x, logs it the same way
    _build_log = logging.getLogger(f"{_engine}.commands.build")
    # By name: serve loads this hook again for every rebuild, each time with a new class.
    if not any(type(f).__name__ == _ExactDirtyBuilds.__name__ for f in _build_log.filters):
        _build_log.addFilter(_ExactDirtyBuilds())


def _record(config: MkDocsConfig) -> Path:
    """Where the digests of the pages last built into this site folder are kept: outside it, so
    a build never publishes them."""
    key = hashlib.sha1(str(Path(config.site_dir).resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "cramp-atlas-built-pages" / f"{key}.json"


def _setting(config: MkDocsConfig) -> str:
    """What every page's HTML also depends on: mkdocs.yml and the theme's overrides."""
    digest = hashlib.sha1(Path(config.config_file_path).read_bytes())
    custom = config.theme.custom_dir
    for path in sorted(Path(custom).rglob("*")) if custom else []:
        if path.is_file():
            digest.update(path.as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _finished_digest(file: File, setting: str) -> str | None:
    # Here, not at the top: MkDocs loads hooks before the macros plugin loads the project's `macros`.
    from macros.site.finished_pages import FINISHED_HTML

    text = file.content_string
    _, meta = get_data(text)
    if meta.get(FINISHED_HTML) is not True:
        return None
    return hashlib.sha1(f"{setting}\n{text}".encode()).hexdigest()


@event_priority(-100)  # after gen-files has written the generated pages
def on_files(files: Files, config: MkDocsConfig) -> Files:
    record = _record(config)
    try:
        before = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    setting, now = _setting(config), {}
    for file in files.documentation_pages():
        digest = _finished_digest(file, setting)
        if digest is None:  # a hand-made page: its macros may show any entry, so always built
            file.is_modified = _changed
            continue
        now[file.dest_uri] = digest
        unchanged = before.get(file.dest_uri) == digest and Path(file.abs_dest_path).is_file()
        file.is_modified = _unchanged if unchanged else _changed  # asked only by a dirty build
    config["cramp_atlas_built_pages"] = (record, now)
    return files


def _unchanged() -> bool:
    return False


def _changed() -> bool:
    return True


def on_post_build(config: MkDocsConfig) -> None:
    """Only a build that finished is remembered: after a failed one, every page is built again."""
    record, now = config["cramp_atlas_built_pages"]
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(now), encoding="utf-8")
