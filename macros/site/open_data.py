"""Open data wiring for the build: review trail, redirects from data, the export after the build.

Called from the macros module (plugin.py), so any engine that runs the macros layer gets the
same behaviour; `.venv/bin/cramp-atlas export` writes the same files without a build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from macros.check.published import Current, read_registry, redirect_map
from macros.model.atlas import Atlas, Session
from macros.model.history import Trail
from macros.publish.export import write_export


def trail(session: Session) -> Trail:
    return Trail(session.history, session.settings.repo_url, session.settings.branch)


def present(atlas: Atlas) -> list[Current]:
    return [Current(e.kind.name, e.id, tuple(e.fields.get("redirect_from") or ())) for e in atlas.entries.values()]


def redirects(session: Session) -> dict[str, str]:
    """Old page -> new page of every renamed or moved entry, from the data (source .md paths)."""
    return redirect_map(read_registry(session.settings.data), present(session.atlas))


def configure_redirects(conf: Any, session: Session) -> None:
    """Feed mkdocs-redirects the old pages of renamed or moved entries (it reads them in on_files)."""
    plugin = conf["plugins"].get("redirects") if conf.get("plugins") else None
    # Only MkDocs runs the redirects plugin (an object with .config); Zensical hands us plain dicts,
    # and reads redirect_maps from the config file itself (`.venv/bin/cramp-atlas zensical` writes them).
    if plugin is None or not hasattr(plugin, "config"):
        return
    # A new dict: the option's default {} is shared between config loads under `mkdocs serve`.
    plugin.config["redirect_maps"] = {**redirects(session), **(plugin.config.get("redirect_maps") or {})}


def export_site(conf: Any, session: Session) -> list[Path]:
    return write_export(Path(conf["site_dir"]), session.atlas, session.history, session.settings)
