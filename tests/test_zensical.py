"""The same mkdocs.yml built by Zensical gives the same pages with the same text as MkDocs,
and the old addresses of renamed entries forward there too (Zensical reads `redirect_maps`)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, Site, is_redirect, made_once, run


def reader_text(html: Path) -> str:
    """What a reader reads in the main column; code blocks compared without highlighting spans."""
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article") or soup.body
    for anchor in article.select("a.headerlink"):
        anchor.decompose()
    for code in article.select("pre"):
        code.replace_with(code.get_text(""))
    return " ".join(article.get_text(" ").split())


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_once(tmp_path_factory, "zensical-site",
                     lambda out: run([sys.executable, "-m", "macros", "zensical", "--site", str(out)]))[0]


def test_zensical_builds_the_same_pages(built: Site, zensical_site: Path) -> None:
    mkdocs_pages = {str(p.relative_to(built.root)) for p in built.html_files()}
    zensical_pages = {str(p.relative_to(zensical_site)) for p in Site(zensical_site).html_files()}
    assert zensical_pages == mkdocs_pages


def test_every_page_reads_the_same_in_both_engines(built: Site, zensical_site: Path) -> None:
    different = [str(page.relative_to(built.root)) for page in built.looked_at()
                 if reader_text(page) != reader_text(zensical_site / page.relative_to(built.root))]
    assert not different


def test_zensical_build_publishes_the_open_data_too(zensical_site: Path) -> None:
    assert (zensical_site / "data" / "atlas.json").is_file()
    assert (zensical_site / "schema" / "stretches.json").is_file()


def test_both_engines_write_the_same_files(built: Site, zensical_site: Path) -> None:
    mkdocs_pages = {p.relative_to(built.root) for p in built.root.rglob("*.html")}
    assert mkdocs_pages == {p.relative_to(zensical_site) for p in zensical_site.rglob("*.html")}


def test_zensical_forwards_the_old_address_of_a_renamed_entry(tmp_path: Path) -> None:
    from test_stable_ids import NEW, OLD, rename

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    rename(data, OLD, NEW, redirect=True)
    out = tmp_path / "site"
    result = run([sys.executable, "-m", "macros", "zensical", "--site", str(out)], data=data)
    assert result.code == 0, result.out
    old_page = out / "stretches" / OLD / "index.html"
    assert old_page.is_file(), "no redirect page at the old address"
    assert f'content="0; url=../{NEW}/"' in old_page.read_text(encoding="utf-8")
    assert is_redirect(old_page) and (out / "stretches" / NEW / "index.html").is_file()


def test_zensical_is_handed_every_page_rendered_and_runs_no_macros(tmp_path: Path) -> None:
    """Zensical's macros extension runs define_env and compiles a Jinja environment for every
    page: the build renders each page once instead and leaves the macros plugin out."""
    import yaml

    from macros.model.atlas import begin
    from macros.settings import project_config
    from macros.site.pages import rendered
    from macros.site.zensical import render_hand_pages, with_redirects

    config = project_config()
    names = [p if isinstance(p, str) else next(iter(p)) for p in with_redirects(config["plugins"], {})]
    assert "macros" in [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    assert "macros" not in names and "redirects" in names
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    render_hand_pages(docs, config)
    left = [str(p.relative_to(docs)) for p in docs.rglob("*.md")
            if "{{" in p.read_text(encoding="utf-8") or "{%" in p.read_text(encoding="utf-8")]
    assert left == []
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert home.startswith("---\ntitle: ") and 'href="glossary/muscle-cramp/"' in home
    for page_path, text, _ in rendered(begin()):
        front = yaml.safe_load(text.split("---\n")[1])
        assert front["render_macros"] is False, page_path
