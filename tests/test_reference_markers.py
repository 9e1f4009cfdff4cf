"""Reference markers: each statement's [n] is a link that lands on the exact source it names.

A marker is written `[@source-id]` after a statement in `details:` (macros/load/citations.py). On the
page it is a superscript number linking to that source's item in the entry's reference list; no
reader-facing output (pages, search index, open data, print PDFs) ever shows the raw syntax.
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import Site, check, output_file

from macros.load import citations
from macros.model.atlas import load_atlas

RAW = citations.OPENING  # "[@"


def marked_entries() -> list:
    return [e for e in load_atlas().entries.values()
            if e.kind.fact and citations.OPENING in (e.fields.get(citations.FIELD) or "")]


def test_the_real_data_cites_statement_by_statement() -> None:
    """The markers are in use: entries whose details draw on several sources mark each statement."""
    marked = marked_entries()
    assert len(marked) >= 30, [e.id for e in marked]
    for entry in marked:
        cited = {key for m in citations.markers(entry.details) for key in m.keys}
        assert cited <= set(entry.fields["sources"]), entry.id


@pytest.mark.parametrize("entry", marked_entries(), ids=lambda e: e.id)
def test_each_marker_is_a_numbered_link_to_the_source_it_names(built: Site, entry) -> None:
    page = built.page(entry.site_path)
    items = page.select("section.ca-sources ol > li")
    expected = [key for m in citations.markers(entry.details) for key in m.keys]
    links = page.select("sup.ca-ref > a")
    assert [a["href"] for a in links] == [f"#source-{key}" for key in expected]
    for link, key in zip(links, expected):
        target = page.find(id=link["href"][1:])
        assert target is not None and target in items, f"{link['href']} lands nowhere on the page"
        number = items.index(target) + 1
        assert link.get_text() == f"[{number}]", "the number is the item's place in the list"
        source = load_atlas().get(key)
        assert target.select_one("a")["href"].rstrip("/").endswith(f"sources/{key}"), "the item is that source"
        year = str(source.year) if source.year else "n.d."  # an undated web page is cited "n.d."
        assert year in link["title"] and source.authors[0] in link["title"]


@pytest.mark.parametrize("entry", marked_entries(), ids=lambda e: e.id)
def test_a_reader_meets_the_markers_numbered_in_order(built: Site, entry) -> None:
    """[1] comes before [2]: the list follows the order the details first cite each source,
    whatever order `sources:` lists them in (13 of 39 marked entries list them otherwise)."""
    shown = [int(a.get_text().strip("[]")) for a in built.page(entry.site_path).select("sup.ca-ref > a")]
    firsts = list(dict.fromkeys(shown))
    assert firsts == list(range(1, len(firsts) + 1)), shown


def reader_text(html: Path) -> str:
    """What a reader or a search engine reads: the page text and its JSON-LD, without code samples
    (CONTRIBUTING documents the syntax in code) or the theme's scripts."""
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    structured = " ".join(s.get_text() for s in soup.select('script[type="application/ld+json"]'))
    for code in soup.select("code, pre, script, style"):
        code.decompose()
    return soup.get_text(" ") + structured


def test_no_page_shows_the_raw_marker_syntax(built: Site) -> None:
    shown = [p.relative_to(built.root).as_posix() for p in built.looked_at() if RAW in reader_text(p)]
    assert not shown


def test_search_index_and_open_data_never_carry_the_raw_syntax(site: Path) -> None:
    # Pagefind's index: one gzip-compressed fragment per page, holding the text it searches.
    fragments = sorted((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert fragments
    assert not [f.name for f in fragments if RAW in gzip.decompress(f.read_bytes()).decode("utf-8", "replace")]
    for path in sorted((site / "data").glob("*")):
        assert RAW not in path.read_text(encoding="utf-8"), path.name


def test_open_data_keeps_who_said_what_as_statements(site: Path) -> None:
    atlas = json.loads((site / "data" / "atlas.json").read_text(encoding="utf-8"))
    records = {e["id"]: e for entries in atlas["entries"].values() for e in entries}
    for entry in marked_entries():
        record = records[entry.id]
        statements = record["statements"]
        assert " ".join(s["text"] for s in statements) == " ".join(record["fields"]["details"].split())
        assert [k for s in statements for k in s["sources"]] == [
            k for m in citations.markers(entry.details) for k in m.keys]


def test_print_pdfs_never_carry_the_raw_syntax(site: Path) -> None:
    pdfs = sorted((site / "print").rglob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert RAW not in text, pdf.name


def test_a_tapped_marker_scrolls_its_source_into_view_on_a_phone(server: str, phone) -> None:
    phone.goto(server + "glossary/exercise-associated-muscle-cramp/")
    marker = phone.locator("sup.ca-ref a").nth(1)
    href = marker.get_attribute("href")
    marker.tap()
    phone.wait_for_timeout(300)
    assert phone.url.endswith(href)
    target = phone.locator(href)
    box, height = target.bounding_box(), phone.viewport_size["height"]
    assert box and 0 <= box["y"] < height, "the source is on screen, below the sticky header"
    phone.screenshot(path=str(output_file("reference-marker-phone.png")))


MARKED = "terms/doms.yaml"


@pytest.mark.parametrize("old,new,message,hint", [
    ("[@cheung-2003-doms]", "[@cheung-2003-dom]",
     "reference marker cites 'cheung-2003-dom', but there is no source with that id", "did you mean 'cheung-2003-doms'?"),
    ("[@cheung-2003-doms]", "[@miller-2022-eamc-review]",
     "reference marker cites 'miller-2022-eamc-review', which is not in this entry's `sources:`",
     "add 'miller-2022-eamc-review' to `sources:`"),
    ("[@cheung-2003-doms]", "[@Cheung 2003]", "reference marker item 'Cheung 2003' is not a source id",
     "write [@source-id]"),
    ("[@cheung-2003-doms]", "[@cheung-2003-doms", "an unfinished reference marker", "write it as [@source-id]"),
])
def test_a_bad_marker_is_reported_at_its_line_and_column(scratch_data: Path, old, new, message, hint) -> None:
    path = scratch_data / MARKED
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if new in row)
    col = path.read_text(encoding="utf-8").splitlines()[line - 1].index(new) + 1
    result = check(scratch_data)
    assert result.code == 1, result.out
    expected = f"data/{MARKED}:{line}:{col}: error[reference-marker]: {message}"
    reported = [row for row in result.out.splitlines() if row.startswith(f"data/{MARKED}:")]
    assert len(reported) == 1 and reported[0].startswith(expected), result.out
    assert hint in reported[0].split(" — ", 1)[1]


def test_a_marker_outside_details_is_refused(scratch_data: Path) -> None:
    path = scratch_data / MARKED
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("gone within a week.", "gone within a week. [@cheung-2003-doms]", 1), encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 1
    assert "error[reference-marker]: a reference marker in 'summary' — markers go only in `details:`" in result.out
