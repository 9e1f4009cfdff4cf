"""MkDocs hook (mkdocs.yml `hooks:`): the theme's templates are compiled once, not on every build."""

from __future__ import annotations

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig


def on_env(env: Environment, config: MkDocsConfig, **_: object) -> Environment:
    """MkDocs makes a new Jinja environment for the theme on every build (every save in the
    preview, some twenty builds in a test run) and compiles Material's templates into it afresh.
    Jinja checks each cached template against its source's checksum, so an edited override is
    compiled again; the cache sits beside the data layer's own (macros/site/render.py)."""
    # Here, not at the top: MkDocs loads hooks before the macros plugin loads the project's `macros`.
    from macros.settings import project

    folder = project().cache_dir / "theme-jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only checkout only loses the speed-up
        return env
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
