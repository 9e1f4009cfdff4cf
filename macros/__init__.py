"""Cramp Atlas: data/ -> load -> validate -> model -> render. See README.md for the map.

mkdocs-macros looks up `define_env` (and `on_post_build`) on this package. They are fetched on
first use, so `import macros.check.runner` (the checker, the command line) never loads the site
layer: Jinja, Markdown, QR codes.
"""

from __future__ import annotations

from typing import Any

__all__ = ["define_env", "on_post_build"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from macros.site import plugin

        return getattr(plugin, name)
    raise AttributeError(f"module 'macros' has no attribute '{name}'")
