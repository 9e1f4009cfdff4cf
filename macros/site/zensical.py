"""`.venv/bin/cramp-atlas zensical`: build the same mkdocs.yml with Zensical.

Zensical reads mkdocs.yml and runs our macros module, but not mkdocs-gen-files. So the entry
pages are written as stubs into a copy of docs/ under .zensical/, next to a copy of the config
that points there, and Zensical builds that. The copy also lists the old addresses of renamed
entries under the redirects plugin's `redirect_maps`, which Zensical reads itself (MkDocs gets
them from define_env). The open data export and the search index run after it, as `on_post_build`
does for MkDocs.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from macros.model.atlas import begin
from macros.settings import PROJECT_ROOT, project, project_config
from macros.site.open_data import redirects
from macros.site.pages import stubs

WORK = ".zensical"


def prepare(root: Path) -> Path:
    """The config file for Zensical: docs/ plus every stub, theme and macros as for MkDocs."""
    work = root / WORK
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(root / "docs", work / "docs")
    session = begin()
    for page_path, text, _ in stubs(session.atlas):
        target = work / "docs" / page_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config = copy.deepcopy(project_config())
    config["plugins"] = with_redirects(config.get("plugins") or [], redirects(session))
    config["docs_dir"] = "docs"
    config["site_dir"] = "site"  # Zensical wants it inside the config's folder; moved afterwards
    config["theme"]["custom_dir"] = str((root / config["theme"]["custom_dir"]).resolve())
    config["watch"] = [str((root / w).resolve()) for w in config.get("watch", [])]
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def with_redirects(plugins: list[Any], found: dict[str, str]) -> list[Any]:
    """The plugin list with the data's redirects under `redirects: {redirect_maps: …}`."""
    listed = []
    for plugin in plugins:
        name, options = (plugin, {}) if isinstance(plugin, str) else next(iter(plugin.items()))
        options = options or {}
        if name == "redirects":
            options = {**options, "redirect_maps": {**found, **(options.get("redirect_maps") or {})}}
        listed.append({name: options} if options else name)
    return listed


def build(site_dir: Path, root: Path = PROJECT_ROOT) -> int:
    config = prepare(root)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    zensical = Path(sys.executable).parent / "zensical"
    done = subprocess.run([str(zensical), "build", "--clean", "--config-file", str(config)], cwd=root, env=env)
    if done.returncode != 0:
        return done.returncode
    shutil.rmtree(site_dir, ignore_errors=True)
    shutil.move(str(config.parent / "site"), str(site_dir))
    from macros.publish.export import write_export
    from macros.site.search import index

    write_export(site_dir, settings=project())
    index(site_dir)
    return 0
