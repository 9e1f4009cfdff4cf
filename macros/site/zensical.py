"""`.venv/bin/cramp-atlas zensical`: build the same mkdocs.yml with Zensical.

Zensical reads mkdocs.yml and can run our macros module, but not mkdocs-gen-files; and its macros
extension runs define_env and compiles a fresh Jinja environment for every page. So every page is
rendered here, once: the entry pages as for MkDocs (macros/site/pages.py), the hand-made pages of
docs/ by the same macros MkDocs' macros plugin calls, into a copy of docs/ under .zensical/, next
to a copy of the config that points there, without the macros plugin, and Zensical builds that. The copy also lists the old addresses of renamed
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
from jinja2 import Environment, StrictUndefined

from macros.model.atlas import begin
from macros.settings import PROJECT_ROOT, project, project_config
from macros.site.open_data import redirects
from macros.site.pages import rendered

WORK = ".zensical"
FRONT_MATTER = "---\n"


class PageEnv:
    """What define_env uses of the macros plugin's `env`: the config, the page, `@env.macro`."""

    def __init__(self, conf: dict[str, Any]):
        self.conf = conf
        self.page: Any = None
        self.macros: dict[str, Any] = {}

    def macro(self, function: Any) -> Any:
        self.macros[function.__name__] = function
        return function


class Page:
    def __init__(self, url: str):
        self.url = url


def address(page_path: str) -> str:
    """A docs/ page's address as MkDocs gives it (directory URLs): 'data.md' -> 'data/'."""
    stem = page_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def render_hand_pages(docs: Path, config: dict[str, Any]) -> None:
    """The macro calls of the hand-made pages, rendered as MkDocs' macros plugin renders them
    (the body only, a plain Jinja environment, strict about undefined names; beside the macros,
    the two variables pages use: `config` and `page`)."""
    from macros.site.plugin import define_env

    env = PageEnv({k: v for k, v in config.items() if k != "plugins"})
    define_env(env)
    jinja = Environment(undefined=StrictUndefined)  # no autoescape, as the plugin: the macros return HTML
    for path in sorted(docs.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        front, body = "", text
        if text.startswith(FRONT_MATTER) and (end := text.find("\n---\n", len(FRONT_MATTER) - 1)) != -1:
            front, body = text[:end + 5], text[end + 5:]
        if "{{" in body or "{%" in body:
            env.page = Page(address(path.relative_to(docs).as_posix()))
            shown = jinja.from_string(body).render(**env.macros, config=env.conf, page=env.page)
            path.write_text(front + shown, encoding="utf-8")


def prepare(root: Path) -> Path:
    """The config file for Zensical: docs/ with every page rendered, the theme as for MkDocs."""
    work = root / WORK
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(root / "docs", work / "docs")
    session = begin()
    _ = session.atlas  # data that may not be published stops here, with the contributor's messages
    config = copy.deepcopy(project_config())
    # Before the entry pages are written: those hold data text, never to be read as a template.
    render_hand_pages(work / "docs", config)
    for page_path, text, _ in rendered(session):
        target = work / "docs" / page_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config["plugins"] = with_redirects(config.get("plugins") or [], redirects(session))
    config["docs_dir"] = "docs"
    config["site_dir"] = "site"  # Zensical wants it inside the config's folder; moved afterwards
    config["theme"]["custom_dir"] = str((root / config["theme"]["custom_dir"]).resolve())
    config["watch"] = [str((root / w).resolve()) for w in config.get("watch", [])]
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def with_redirects(plugins: list[Any], found: dict[str, str]) -> list[Any]:
    """The plugin list with the data's redirects under `redirects: {redirect_maps: …}`, and
    without the macros plugin."""
    listed = []
    for plugin in plugins:
        name, options = (plugin, {}) if isinstance(plugin, str) else next(iter(plugin.items()))
        options = options or {}
        if name == "macros":  # every page is rendered already
            continue
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
