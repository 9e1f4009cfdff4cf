"""Cramp Atlas: data/ -> load -> validate -> model -> render. See README.md for the map."""

from .plugin import define_env, on_post_build

__all__ = ["define_env", "on_post_build"]
