"""MkDocs hook for the benchmark's floor: the same search index as the real site (Pagefind,
written after the build by the macros module there), and the same compiled-once theme templates
(macros/site/theme_cache.py), so the floor differs by the data layer only."""

from __future__ import annotations

from pathlib import Path

from macros.site import search
from macros.site.theme_cache import on_env  # noqa: F401  (a hook event MkDocs looks up by name)


def on_post_build(config) -> None:
    search.index(Path(config["site_dir"]))
