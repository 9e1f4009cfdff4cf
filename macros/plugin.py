"""mkdocs-macros entry point: load the atlas once, then register one macro per page part."""

from __future__ import annotations

from typing import Any

from . import data_page, open_data
from .model import data_dir, load_atlas
from .problems import DataError
from .render import Renderer


def define_env(env: Any) -> None:
    try:
        atlas = load_atlas()
    except DataError as exc:
        _fail(exc)
    # The atlas stays out of env.variables: mkdocs-macros deep-copies variables, and the
    # atlas is a graph with back-links (cycles).
    renderer = Renderer(atlas, open_data.trail(env.conf), env.conf.get("site_url") or "")
    open_data.configure_redirects(env.conf, atlas)

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
    def home(compared: list[str]) -> str:
        return renderer.home(here(), compared)

    @env.macro
    def schema_reference() -> str:
        return renderer.schema_reference(here(), data_dir())

    @env.macro
    def guide(slug: str) -> str:
        return renderer.guide(slug, here())

    data_page.register(env, renderer, here)


def on_post_page_macros(env: Any) -> None:
    """Glossary abbreviations get a tooltip on every page (Material's content.tooltips + abbr)."""
    terms = load_atlas().of_kind("terms")  # cached: no re-parse
    lines = [f"*[{t.abbreviation}]: {t.title}" for t in terms if t.abbreviation]
    env.markdown += "\n\n" + "\n".join(lines) + "\n"


def on_post_build(env: Any) -> None:
    """Publish the atlas as data (site/data/, site/schema/) with every build."""
    open_data.export_site(env.conf)


def _fail(exc: DataError) -> None:
    # A PluginError makes MkDocs print the message and exit 1, without a traceback.
    from mkdocs.exceptions import PluginError

    raise PluginError(str(exc)) from None
