"""ProperDocs, the maintained continuation of MkDocs 1.x, builds the same mkdocs.yml into the
same pages with the same text, and publishes the same open data."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BIN, Site, made_once, run
from test_zensical import reader_text


@pytest.fixture(scope="session")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_once(tmp_path_factory, "properdocs-site",
                     lambda out: run([str(BIN / "properdocs"), "build", "--strict", "--site-dir", str(out)]))[0]


def test_properdocs_builds_the_same_pages_with_the_same_text(built: Site, properdocs_site: Path) -> None:
    pages = [p.relative_to(built.root) for p in built.html_files()]
    assert {p.relative_to(properdocs_site) for p in Site(properdocs_site).html_files()} == set(pages)
    read = [p.relative_to(built.root) for p in built.looked_at()]  # the text of the pages this run looks at
    assert [str(p) for p in read if reader_text(built.root / p) != reader_text(properdocs_site / p)] == []


def test_properdocs_publishes_the_open_data(properdocs_site: Path) -> None:
    assert (properdocs_site / "data" / "atlas.json").is_file()
    assert (properdocs_site / "schema" / "stretches.json").is_file()
