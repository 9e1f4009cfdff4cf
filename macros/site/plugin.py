"""mkdocs-macros entry point: begin the build's session, then register one macro per page part."""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from macros.model.atlas import Session, begin
from macros.problems import DataError
from macros.settings import Settings
from macros.site import data_page, open_data, pages
from macros.site import search as site_search
from macros.site.finished_pages import SETS_BLOCKS_ASIDE, set_aside


def define_env(env: Any) -> None:
    BEHIND_THE_RELOAD.wait()  # the last preview build's open data and search index are written
    session = begin(Settings.from_config(env.conf))
    try:
        _ = session.atlas  # every problem, as the contributor's messages, before any page
    except DataError as exc:
        _fail(exc)
    # The atlas stays out of env.variables: mkdocs-macros deep-copies variables, and the
    # atlas is a graph with back-links (cycles). One renderer (one set of compiled templates)
    # per session, however often define_env runs: Zensical runs it again for every hand-made page.
    renderer = pages.renderer(session)
    open_data.configure_redirects(env.conf, session)

    def here() -> str:
        return env.page.url if env.page else ""

    part = parts(env)

    @part
    def entry_page(entry_id: str) -> str:
        return renderer.entry_page(entry_id, here())

    @part
    def section(kind: str) -> str:
        return renderer.section(kind, here())

    @part
    def glossary_table() -> str:
        return renderer.glossary_table(here())

    @part
    def grading_policy() -> str:
        return renderer.grading_policy(here())

    @part
    def home(compared: list[str], first_aid: str) -> str:
        return renderer.home(here(), compared, first_aid)

    @part
    def schema_reference() -> str:
        return renderer.schema_reference(here(), session.settings.data)

    @part
    def guide(slug: str) -> str:
        return renderer.guide(slug, here())

    data_page.register(part, renderer, here)


Macro = Callable[..., str]


def parts(env: Any) -> Callable[[Macro], Macro]:
    """env.macro for a macro that writes a finished HTML block. Where the finished-pages hook is
    in the build (MkDocs, ProperDocs) the block goes past Markdown set aside (finished_pages.py);
    elsewhere (Zensical) it is written in place, and Markdown passes it through as it is."""
    sets_aside = bool(env.conf.get(SETS_BLOCKS_ASIDE))

    def part(macro: Macro) -> Macro:
        @functools.wraps(macro)
        def written(*args: Any, **kwargs: Any) -> str:
            html = macro(*args, **kwargs)
            return set_aside(env.page, html) if sets_aside and env.page is not None else html

        return env.macro(written)

    return part


def on_post_build(env: Any) -> None:
    """Publish the atlas as data (site/data/, site/schema/) and index the pages for the site
    search (site/pagefind/) with every build. In the preview (make serve) that is done just after
    the build, while the browser already shows the saved change: the pages a save touches never
    wait on the data files and the index, which take about a fifth of a preview build."""
    session = begin(Settings.from_config(env.conf))
    conf = env.conf
    if session.settings.preview:
        BEHIND_THE_RELOAD.start(lambda: _publish(conf, session, fail=_log))
    else:
        _publish(conf, session, fail=_fail)


def _publish(conf: Any, session: Session, fail: Callable[[str], None]) -> None:
    open_data.export_site(conf, session)
    try:
        site_search.index(Path(conf["site_dir"]), remember=session.settings.preview)
    except site_search.SearchIndexError as exc:
        fail(str(exc))


class Behind:
    """One piece of work at a time after a preview build; the next build waits for it first."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None

    def start(self, work: Callable[[], None]) -> None:
        self.wait()
        # Not a daemon: a process that ends (a build run with the preview's setting) finishes it first.
        self.thread = threading.Thread(target=work, name="cramp-atlas-publish", daemon=False)
        self.thread.start()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None


# The one process-wide worker: MkDocs loads the plugin afresh for every preview build, and the
# work of one build must finish before the next begins.
BEHIND_THE_RELOAD = Behind()


def _log(message: str) -> None:
    logging.getLogger("mkdocs.plugins.cramp_atlas").error(message)  # the preview's terminal


def _fail(problem: DataError | str) -> None:
    # A PluginError makes MkDocs print the message and exit 1, without a traceback.
    from mkdocs.exceptions import PluginError

    raise PluginError(str(problem)) from None
