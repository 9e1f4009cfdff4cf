"""`make serve` as a contributor uses it: a page open in the browser, a data file saved, and the
page showing the change by itself (the watcher sees the save, the dirty build rebuilds the page,
livereload reloads it). How fast is the bench's business (bench/preview.py); this is whether."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import copy_project, edit, previewing

from macros.model.atlas import load_atlas
from macros.settings import project_config

TERM = load_atlas().get("doms")


def test_a_saved_data_file_shows_on_the_open_page_by_itself(browser, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    env = {"PYTHONPATH": str(project), "CRAMP_ATLAS_CACHE": str(tmp_path / "cache")}
    log = tmp_path / "serve.log"
    page = browser.new_page()
    with previewing(project, env, log) as base:  # as make serve: livereload on
        page.goto(base + TERM.site_path)
        heading = page.locator("article h1")
        assert heading.inner_text() == TERM.title
        edit(project / "data", TERM.data_file, f"\ntitle: {TERM.title}\n", "\ntitle: Soreness a day or two later\n")
        heading.filter(has_text="Soreness a day or two later").wait_for(timeout=60_000)
    page.close()
    said = log.read_text(encoding="utf-8")
    watched = re.search(r"Watching paths for changes: (.*)", said)
    assert watched and set(re.findall(r"'([^']+)'", watched[1])) == WATCHED, said


# What MkDocs watches itself (the docs and mkdocs.yml), and what mkdocs.yml's `watch:` adds.
WATCHED = {"mkdocs.yml", "docs", *project_config()["watch"]}
