"""Review trail: last reviewed (data), last changed and commit (git, read once), history link; no-git builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import BIN, QUIET, ROOT, Run, Site, copy_project, made_once

STRETCH = "data/stretches/standing-calf-stretch.yaml"
REPO_URL = "https://github.com/cramp-atlas/cramp-atlas"


def last_commit(path: str) -> tuple[str, str]:
    out = subprocess.run(["git", "log", "-1", "--format=%H %cs", "--", path], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    return out[0], out[1]


def test_an_entry_page_shows_last_reviewed_last_changed_commit_and_history_link(built: Site) -> None:
    commit, date = last_commit(STRETCH)
    page = built.page("stretches/standing-calf-stretch/")
    trail = page.select_one(".ca-trail")
    text = " ".join(trail.get_text(" ").split())
    reviewed = yaml.safe_load((ROOT / STRETCH).read_text(encoding="utf-8"))["last_reviewed"]
    assert f"Last reviewed {reviewed}" in " ".join(page.select_one(".ca-meta").get_text(" ").split())
    assert f"Last changed {date} in commit {commit[:7]}" in text
    hrefs = [a["href"] for a in trail.select("a")]
    assert f"{REPO_URL}/commit/{commit}" in hrefs
    assert f"{REPO_URL}/commits/main/{STRETCH}" in hrefs


def test_a_source_page_shows_when_it_last_changed(built: Site) -> None:
    commit, date = last_commit("data/sources/nhs-leg-cramps.yaml")
    text = built.page("sources/nhs-leg-cramps/").select_one(".ca-trail").get_text(" ")
    assert date in text and commit[:7] in text


def test_git_is_asked_once_per_build_not_once_per_page(second_build: Path) -> None:
    calls = second_build / "git-calls"
    # mkdocs-macros runs its own `git log -1` for page variables; ours name a path after `--`.
    logs = [line for line in calls.read_text().split("\n") if " log " in f" {line} " and " -- " in line]
    pages = len(list((second_build / "site").rglob("index.html")))
    assert len(logs) == 1, f"git log ran {len(logs)} times for {pages} pages"


def build_from_a_tarball(tree: Path) -> Run:
    """The project copied without .git, as from a release tarball, and built there."""
    copy_project(tree)
    env = {**os.environ, **QUIET, "GIT_CEILING_DIRECTORIES": str(tree.parent)}
    env.pop("CRAMP_ATLAS_DATA", None)
    done = subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=tree, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return Run(done.returncode, done.stdout)


@pytest.fixture(scope="session")
def tarball_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tree, log = made_once(tmp_path_factory, "cramp-atlas", build_from_a_tarball)
    return tree / "site", log


def test_a_build_without_git_works_and_says_so_once(tarball_build: tuple[Path, str]) -> None:
    site, log = tarball_build
    assert log.count("no git history") == 1, log
    page = Site(site).page("stretches/standing-calf-stretch/")
    trail = " ".join(page.select_one(".ca-trail").get_text(" ").split())
    reviewed = yaml.safe_load((ROOT / STRETCH).read_text(encoding="utf-8"))["last_reviewed"]
    assert f"Last reviewed {reviewed}" in " ".join(page.select_one(".ca-meta").get_text(" ").split())
    assert "Last changed" not in trail and "Not yet committed" not in trail


def test_a_build_without_git_exports_a_null_commit_with_a_note(tarball_build: tuple[Path, str]) -> None:
    site, _ = tarball_build
    atlas = json.loads((site / "data" / "atlas.json").read_text(encoding="utf-8"))
    assert atlas["commit"] is None
    assert "without git" in atlas["commit_note"]
    assert all(e["last_changed"] is None for kind in atlas["entries"].values() for e in kind)


def test_the_export_command_writes_the_same_files_without_a_build(tmp_path: Path, site: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "macros", "export", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for name in ("atlas.json", "stretches.csv"):
        assert (tmp_path / "data" / name).read_text(encoding="utf-8") == (site / "data" / name).read_text(encoding="utf-8")
