"""MkDocs hook (mkdocs.yml `hooks:`): the preview builds again only the pages a save changed, and
sees the save sooner than MkDocs alone would (`on_serve`, at the end).

The preview (`mkdocs serve --dirty`, make serve) keeps up with typing this way. In a dirty
build MkDocs asks each page's file whether it changed since its HTML was written
(File.is_modified, by modification time) and skips the rest; gen-files writes every generated
page afresh, so by time all of them look changed. But a finished page (finished_pages.py) is
fully determined by its text, mkdocs.yml and the theme: entry pages are not in the navigation (`not_in_nav`), and a
change to an entry changes the text of every page that shows it (its title in a link, say). So
a dirty build remembers a digest of each finished page's text as it built it into this site
folder, and answers "unchanged" for a page whose digest is the same and whose HTML is still
there. Hand-made pages run macros over the whole atlas and are built every time. A full build
(`mkdocs build`, CI) never asks is_modified, so it builds everything and reads nothing here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from functools import cached_property, partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
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


class Built:
    """The finished pages of one dirty build into one site folder, and those of the last one:
    worked out only when MkDocs asks whether a page changed, so a full build reads no page here."""

    def __init__(self, config: MkDocsConfig) -> None:
        self.config = config
        self.answers: dict[str, bool] = {}  # page -> changed; MkDocs asks twice per page
        self.now: dict[str, str] = {}  # page -> digest of the finished text built this time

    @cached_property
    def record(self) -> Path:
        """Outside the site folder, so a build never publishes it."""
        key = hashlib.sha1(str(Path(self.config.site_dir).resolve()).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / "cramp-atlas-built-pages" / f"{key}.json"

    @cached_property
    def before(self) -> dict[str, str]:
        try:
            return json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    @cached_property
    def setting(self) -> str:
        """What every page's HTML also depends on: mkdocs.yml and the theme's overrides."""
        digest = hashlib.sha1(Path(self.config.config_file_path).read_bytes())
        custom = self.config.theme.custom_dir
        for path in sorted(Path(custom).rglob("*")) if custom else []:
            if path.is_file():
                digest.update(path.as_posix().encode() + path.read_bytes())
        return digest.hexdigest()

    def changed(self, file: File) -> bool:
        if file.dest_uri not in self.answers:
            self.answers[file.dest_uri] = self._changed(file)
        return self.answers[file.dest_uri]

    def _changed(self, file: File) -> bool:
        # Here, not at the top: MkDocs loads hooks before the macros plugin loads the project's `macros`.
        from macros.site.finished_pages import FINISHED_HTML

        text = file.content_string
        if get_data(text)[1].get(FINISHED_HTML) is not True:
            return True  # a hand-made page: its macros may show any entry, so always built
        digest = self.now[file.dest_uri] = hashlib.sha1(f"{self.setting}\n{text}".encode()).hexdigest()
        return self.before.get(file.dest_uri) != digest or not Path(file.abs_dest_path).is_file()

    def remember(self) -> None:
        """Only a dirty build that finished is remembered: after a failed one, every page is built again."""
        if self.now:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            self.record.write_text(json.dumps(self.now), encoding="utf-8")


@event_priority(-100)  # after gen-files has added the generated pages
def on_files(files: Files, config: MkDocsConfig) -> Files:
    built = config["cramp_atlas_built_pages"] = Built(config)
    for file in files.documentation_pages():
        file.is_modified = partial(built.changed, file)  # asked only by a dirty build
    return files


def on_post_build(config: MkDocsConfig) -> None:
    config["cramp_atlas_built_pages"].remember()


# How often the preview looks for a saved file. MkDocs polls every 0.5 s, so a save waited a
# quarter of a second on average before its rebuild began, over a third of what the rebuild
# takes (save to page shown, median of 11 saves: 1.13 s before, 0.98 s after). Ten looks a
# second at docs/, data/, macros/ and overrides/ keep an idle preview at about 6% of a core, 3%
# before. Polling still, not inotify, as MkDocs chose: it also sees saves on network and
# container mounts.
POLL_SECONDS = 0.1


@event_priority(-100)  # after every other plugin's watch, so each is carried over
def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    """The same server, watching the same paths, polled every POLL_SECONDS. MkDocs sets the
    interval only where it makes the server, so the hook makes it again (of the engine's own
    class: ProperDocs has its own copy), before it listens."""
    host, port = server.server_address[:2]
    faster = type(server)(builder=server.builder, host=host, port=port, root=server.root,
                          mount_path=server.mount_path, polling_interval=POLL_SECONDS)
    faster.error_handler = server.error_handler
    for emitter in sorted(server.observer.emitters, key=lambda e: e.watch.raw_path):
        faster.watch(emitter.watch.raw_path, recursive=emitter.watch.is_recursive)  # a file, not its folder
    server.server_close()
    return faster
