"""MkDocs hook (mkdocs.yml `hooks:`): the theme's templates are compiled once, not on every build."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig


def on_env(env: Environment, config: MkDocsConfig, **_: object) -> Environment:
    """MkDocs makes a new Jinja environment for the theme on every build (every save in the
    preview, some twenty builds in a test run) and compiles Material's templates into it afresh;
    they get the same kind of cache as the data layer's own templates."""
    # Here, not at the top: MkDocs loads hooks before the macros plugin loads the project's `macros`.
    from macros.settings import project
    from macros.site.render import bytecode_cache

    env.bytecode_cache = bytecode_cache(project().cache_dir / "theme-jinja")
    return env
