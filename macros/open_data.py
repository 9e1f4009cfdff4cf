"""Open data wiring for the build: review trail, redirects from data, the export after the build.

Called from the macros module (plugin.py), so any engine that runs the macros layer gets the
same behaviour; `python -m macros export` writes the same files without a build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .export import write_export
from .history import History, Trail, branch_of, history_for
from .model import Atlas, _stamp, data_dir, load_atlas
from .published import Current, read_registry, redirect_map


def history() -> History:
    """Git history of data/, read once while the data files are unchanged."""
    root = data_dir()
    return history_for(root, _stamp(root))


def trail(conf: Any) -> Trail:
    return Trail(history(), (conf.get("repo_url") or "").rstrip("/") or None, branch_of(conf.get("edit_uri")))


def current(atlas: Atlas) -> list[Current]:
    return [Current(e.kind.name, e.id, tuple(e.fields.get("redirect_from") or ())) for e in atlas.entries.values()]


def configure_redirects(conf: Any, atlas: Atlas) -> None:
    """Feed mkdocs-redirects the old pages of renamed or moved entries (it reads them in on_files)."""
    plugin = conf["plugins"].get("redirects") if conf.get("plugins") else None
    # Only MkDocs runs the redirects plugin (an object with .config); Zensical hands us plain dicts,
    # and calls define_env once per page, so the map is not worked out for nothing there.
    if plugin is None or not hasattr(plugin, "config"):
        return
    redirects = redirect_map(read_registry(data_dir()), current(atlas))
    # A new dict: the option's default {} is shared between config loads under `mkdocs serve`.
    plugin.config["redirect_maps"] = {**redirects, **(plugin.config.get("redirect_maps") or {})}


def export_site(conf: Any) -> list[Path]:
    return write_export(Path(conf["site_dir"]), load_atlas(), history(), dict(conf))
