"""MkDocs hook for the benchmark's floor: the same search index as the real site (Pagefind,
written after the build by the macros module there), so the floor differs by the data layer only."""

from __future__ import annotations

from pathlib import Path

from macros.site import search


def on_post_build(config) -> None:
    search.index(Path(config["site_dir"]))
