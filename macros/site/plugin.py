"""mkdocs-macros entry point: begin the build's session, then register one macro per page part."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from macros.model.atlas import begin
from macros.problems import DataError
from macros.settings import Settings
from macros.site import data_page, open_data, pages
from macros.site import search as site_search


def define_env(env: Any) -> None:
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

    @env.macro
    def entry_page(entry_id: str) -> str:
        return renderer.entry_page(entry_id, here())

    @env.macro
    def section(kind: str) -> str:
        return renderer.section(kind, here())

    @env.macro
    def glossary_table() -> str:
        return renderer.glossary_table(here())

    @env.macro
    def grading_policy() -> str:
        return renderer.grading_policy(here())

    @env.macro
    def home(compared: list[str], first_aid: str) -> str:
        return renderer.home(here(), compared, first_aid)

    @env.macro
    def schema_reference() -> str:
        return renderer.schema_reference(here(), session.settings.data)

    @env.macro
    def guide(slug: str) -> str:
        return renderer.guide(slug, here())

    data_page.register(env, renderer, here)


def on_post_build(env: Any) -> None:
    """Publish the atlas as data (site/data/, site/schema/) and index the pages for the site
    search (site/pagefind/) with every build."""
    open_data.export_site(env.conf, begin(Settings.from_config(env.conf)))
    try:
        site_search.index(Path(env.conf["site_dir"]))
    except site_search.SearchIndexError as exc:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(exc)) from None


def _fail(exc: DataError) -> None:
    # A PluginError makes MkDocs print the message and exit 1, without a traceback.
    from mkdocs.exceptions import PluginError

    raise PluginError(str(exc)) from None
