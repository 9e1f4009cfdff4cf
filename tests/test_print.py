"""Printing: every stretch card is one clean page on A4 and Letter, and the booklet adds up."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import output_file, run

from macros import dose as dose_words
from macros.entities import REGIONS
from macros.model import load_atlas
from macros.printing import FRONT_PAGES, card_pdfs, guides

STRETCHES = load_atlas().of_kind("stretches")


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def text(pdf: Path, page: int | None = None) -> str:
    where = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *where, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return squash(out)


def squash(words: str) -> str:
    """Compare text as a reader would: case, line breaks and hyphenation at line ends ignored."""
    return re.sub(r"[^a-z0-9]+", "", words.lower())


def card_words(stretch) -> list[str]:
    dose = [words for d in stretch.dose.values()
            for words in (dose_words.hold(d), dose_words.repetitions(d), d.get("how_often", ""))]
    flags = [flag.title for flag in stretch.linked("red_flags")]
    return [stretch.title, *stretch.steps, *dose, *stretch.cautions, *(stretch.avoid_if or []), *flags,
            "Stop and see a doctor if", "Not medical advice", f"stretches/{stretch.id}/"]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("stretch", STRETCHES, ids=[s.id for s in STRETCHES])
def test_each_card_prints_on_exactly_one_page_with_nothing_cut(site: Path, stretch, paper: str) -> None:
    pdf = site / card_pdfs(stretch)[paper]
    assert pages(pdf) == 1
    printed = text(pdf)
    missing = [words for words in card_words(stretch) if squash(words) not in printed]
    assert not missing, f"not on the printed card: {missing}"
    for chrome in ("Search", "Table of contents", "Made with Material"):
        assert squash(chrome) not in printed


def test_cards_are_a4_and_letter_sized(site: Path) -> None:
    sizes = {paper: subprocess.run(["pdfinfo", str(site / card_pdfs(STRETCHES[0])[paper])],
                                   capture_output=True, text=True).stdout for paper in ("a4", "letter")}
    assert "595.92 x 842.88" in sizes["a4"] or "595 x 842" in sizes["a4"]
    assert "612 x 792" in sizes["letter"]


def test_large_print_card_has_all_the_text_in_bigger_type(site: Path) -> None:
    stretch = STRETCHES[0]
    large, normal = site / card_pdfs(stretch)["large"], site / card_pdfs(stretch)["a4"]
    assert pages(large) >= pages(normal)
    printed = text(large)
    assert all(squash(words) in printed for words in card_words(stretch))
    sizes = subprocess.run(["pdftotext", "-bbox", str(large), "-"], capture_output=True, text=True).stdout
    heights = sorted(float(m.group(2)) - float(m.group(1)) for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', sizes))
    assert heights[len(heights) // 2] >= 18, "body text below 18 pt"


def test_booklet_has_a_cover_contents_red_flags_then_one_stretch_per_page(site: Path) -> None:
    booklet = next(g for g in guides(load_atlas(), REGIONS) if g.slug == "stretch-booklet")
    pdf = site / booklet.pdf
    assert pages(pdf) == FRONT_PAGES + len(STRETCHES)
    assert squash("Cramp Atlas stretch booklet") in text(pdf, 1)
    contents = text(pdf, 2)
    assert squash("When to see a doctor") in text(pdf, booklet.flags_page)
    for number, stretch in booklet.contents():
        assert squash(f"{stretch.title}") in contents
        assert squash(stretch.title) in text(pdf, number), f"contents say page {number} for {stretch.id}"
    listed = re.findall(r"(\d+)$", subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"],
                                                  capture_output=True, text=True).stdout, re.MULTILINE)
    assert [int(n) for n in listed] == [booklet.flags_page] + [n for n, _ in booklet.contents()]


def test_each_region_has_its_own_guide(site: Path) -> None:
    for guide in guides(load_atlas(), REGIONS)[1:]:
        assert pages(site / guide.pdf) == FRONT_PAGES + len(guide.stretches), guide.slug


def test_a_screenshot_of_a_printed_card_is_kept_for_people_to_look_at(site: Path) -> None:
    pdf = site / card_pdfs(STRETCHES[0])["a4"]
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(output_file("printed-card"))], check=True)
    assert output_file("printed-card.png").stat().st_size > 10_000


def test_browser_print_hides_the_site_chrome(server, browser) -> None:
    page = browser.new_page()
    page.emulate_media(media="print")
    page.goto(server + f"stretches/{STRETCHES[0].id}/")
    assert page.locator(".ca-print-card").is_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search", ".ca-print-controls", ".ca-sources"):
        assert not page.locator(chrome).first.is_visible(), chrome
    page.emulate_media(media="screen")
    assert not page.locator(".ca-print-card").is_visible()
    assert page.locator(".ca-figure svg").first.is_visible()
    page.close()


def test_every_stretch_has_a_figure_with_alt_text(built) -> None:
    for stretch in STRETCHES:
        svg = built.page(stretch.site_path).select_one(".ca-figure svg[role=img]")
        assert svg is not None and svg.title.get_text().strip() == stretch.illustration_alt.strip(), stretch.id


def test_pdf_command_without_chromium_says_how_to_install_it(site: Path, monkeypatch) -> None:
    monkeypatch.setenv("CRAMP_ATLAS_CHROMIUM", "/nonexistent/chromium")
    result = run([sys.executable, "-m", "macros", "pdf", "--site", str(site)])
    assert result.code == 1
    assert "apt-get install chromium" in result.out and "Traceback" not in result.out
