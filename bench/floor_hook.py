"""MkDocs hook for the benchmark's floor: the same search index as the real site (Pagefind,
written after the build by the macros module there), and the same compiled-once theme templates
(macros/site/theme_cache.py), so the floor differs by the data layer only."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache

from macros.site import search


def on_env(env: Environment, config, **_: object) -> Environment:
    folder = Path(config["config_file_path"]).parent / ".cache" / "theme-jinja"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env


def on_post_build(config) -> None:
    search.index(Path(config["site_dir"]))
