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
    renderer = _renderer(atlas, env.conf)
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
    def home(compared: list[str], first_aid: str) -> str:
        return renderer.home(here(), compared, first_aid)

    @env.macro
    def schema_reference() -> str:
        return renderer.schema_reference(here(), data_dir())

    @env.macro
    def guide(slug: str) -> str:
        return renderer.guide(slug, here())

    data_page.register(env, renderer, here)


_RENDERERS: dict[tuple[int, str, str], Renderer] = {}


def _renderer(atlas: Any, conf: Any) -> Renderer:
    """One renderer (and one set of compiled templates) per atlas and site, however often
    define_env runs: Zensical's macros extension runs it again for every page."""
    key = (id(atlas), conf.get("site_url") or "", conf.get("repo_url") or "")
    if key not in _RENDERERS:
        _RENDERERS.clear()  # the data changed (mkdocs serve): drop the old atlas's renderer
        _RENDERERS[key] = Renderer(atlas, open_data.trail(conf), key[1])
    return _RENDERERS[key]


def on_post_build(env: Any) -> None:
    """Publish the atlas as data (site/data/, site/schema/) with every build."""
    open_data.export_site(env.conf)


def _fail(exc: DataError) -> None:
    # A PluginError makes MkDocs print the message and exit 1, without a traceback.
    from mkdocs.exceptions import PluginError

    raise PluginError(str(exc)) from None
