"""`make serve` as a contributor uses it: a page open in the browser, a data file saved, and the
page showing the change by itself (the watcher sees the save, the dirty build rebuilds the page,
livereload reloads it). How fast is the bench's business (bench/preview.py); this is whether."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from conftest import BIN, QUIET, copy_project, edit, free_port
from playwright.sync_api import Error as BrowserError

from macros.model.atlas import load_atlas
from macros.settings import project_config

TERM = load_atlas().get("doms")


def test_a_saved_data_file_shows_on_the_open_page_by_itself(browser, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    port = free_port()
    env = {**os.environ, **QUIET, "CRAMP_ATLAS_PREVIEW": "1", "PYTHONPATH": str(project),
           "CRAMP_ATLAS_CACHE": str(tmp_path / "cache")}
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--strict", "--dirty", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)  # as make serve
    page = browser.new_page()
    try:
        url = f"http://127.0.0.1:{port}/cramp-atlas/{TERM.site_path}"
        for _ in range(240):  # the first build, then the page
            try:
                page.goto(url)
                break
            except BrowserError:  # not listening yet
                page.wait_for_timeout(500)
        else:
            raise AssertionError("mkdocs serve never answered: see serve.log")
        heading = page.locator("article h1")
        assert heading.inner_text() == TERM.title
        edit(project / "data", TERM.data_file, f"\ntitle: {TERM.title}\n", "\ntitle: Soreness a day or two later\n")
        heading.filter(has_text="Soreness a day or two later").wait_for(timeout=60_000)
    finally:
        page.close()
        server.terminate()
        server.wait(timeout=30)
        log.close()
    said = (tmp_path / "serve.log").read_text(encoding="utf-8")
    watched = re.search(r"Watching paths for changes: (.*)", said)
    assert watched and set(re.findall(r"'([^']+)'", watched[1])) == WATCHED, said


# What MkDocs watches itself (the docs and mkdocs.yml), and what mkdocs.yml's `watch:` adds.
WATCHED = {"mkdocs.yml", "docs", *project_config()["watch"]}
