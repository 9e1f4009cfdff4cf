"""MkDocs hook (mkdocs.yml `hooks:`): the pages the data layer renders itself skip Python-Markdown,
the preview builds again only those whose text changed, and the theme's templates are compiled
once, not on every build.

An entry's or guide's page reaches MkDocs as finished HTML (macros/site/pages.py `finished`,
marked `finished_html: true`). Markdown has nothing to do with such a body: its raw-HTML blocks
pass through unchanged, and it has no Markdown headings for the table of contents. Yet reading
them costs Markdown an html.parser pass over every tag, about a fifth of the whole build. So
the body is set aside before Markdown and put back when the page is written, and the page comes
out the same.

Hand-made pages in docs/ are Markdown and convert as usual. Zensical does not run MkDocs hooks;
it converts the same finished pages itself, with the same result (tests/test_zensical.py).

The preview (`mkdocs serve --dirty`, make serve) keeps up with typing the same way. In a dirty
build MkDocs asks each page's file whether it changed since its HTML was written
(File.is_modified, by modification time) and skips the rest; gen-files writes every generated
page afresh, so by time all of them look changed. But a finished page is fully determined by its
text, mkdocs.yml and the theme: entry pages are not in the navigation (`not_in_nav`), and a
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

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

# The front-matter key macros/site/pages.py `finished` sets. Its own key, not `render_macros:
# false`, which a hand-made Markdown page may also set (to show template syntax as text) and
# which must not make it skip Markdown. Defined here, and imported there, because MkDocs loads
# this hook before the macros plugin loads the project's `macros`: an import of `macros` from
# here would pick the installed package, not the project being built (a copy, a tarball).
FINISHED_HTML = "finished_html"

# A paragraph Markdown turns into <p>…</p> and nothing else: letters only, no markup.
STAND_IN = "CrampAtlasFinishedPageBody"


def is_finished(page: Page) -> bool:
    return page.meta.get(FINISHED_HTML) is True


@event_priority(-100)  # after every plugin that reads or changes a page's Markdown
def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    if not is_finished(page):
        return markdown
    page.finished_digest = _digest(markdown)  # the body itself stays in its file until the page is built
    return STAND_IN


@event_priority(100)  # before any plugin reads the page's HTML
def on_page_content(html: str, page: Page, **_: object) -> str:
    if getattr(page, "finished_digest", None) is not None and html.strip() != f"<p>{STAND_IN}</p>":
        # A Markdown extension changed the stand-in: say so loudly.
        raise RuntimeError(f"{page.file.src_uri}: the finished body's stand-in came back as {html[:80]!r}")
    return html


# MkDocs holds every page's HTML from the first page read to the last page written; a finished
# body is read back from its file only while its page is written, so the build does not grow
# with the whole site (bench/results: peak memory at 10x data).
def on_page_context(context: dict, page: Page, **_: object) -> dict:
    expected = getattr(page, "finished_digest", None)
    if expected is None:
        return context
    body, _meta = get_data(page.file.content_string)
    if _digest(body) != expected:  # the file is not what Markdown was given: say so loudly
        raise RuntimeError(f"{page.file.src_uri}: the finished body changed while the page was built")
    page.content = body.strip("\n")  # as Markdown hands back a raw-HTML body: no blank lines round it
    return context


def on_post_page(output: str, page: Page, **_: object) -> str:
    if getattr(page, "finished_digest", None) is not None:
        page.content = STAND_IN  # written: let the body go
    return output


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


# --- the preview: unchanged finished pages are not built again ------------------------------

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


# --- the theme's templates, compiled once --------------------------------------------------


def on_env(env: Environment, config: MkDocsConfig, **_: object) -> Environment:
    """MkDocs makes a new Jinja environment for the theme on every build (every save in the
    preview, some twenty builds in a test run) and compiles Material's templates into it afresh.
    Jinja checks each cached template against its source's checksum, so an edited override is
    compiled again; the cache sits beside the data layer's own (macros/site/render.py)."""
    from macros.settings import project  # here, not at the top: see FINISHED_HTML

    folder = project().cache_dir / "theme-jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only checkout only loses the speed-up
        return env
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
