"""Printing: every stretch card is one clean page on A4 and Letter, large print fits a sheet or
says "1 of 2", guides use paper well, and every other page prints as a clean titled sheet."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import sweep
from conftest import output_file, run

from macros.entities import REGIONS
from macros.model import dose as dose_words
from macros.model.atlas import Entry, load_atlas
from macros.publish.printing import address_parts, card_pdfs, card_sheets, guides
from macros.site.render import Renderer

ATLAS = load_atlas()
STRETCHES = ATLAS.of_kind("stretches")
# The stretches whose cards this run prints and reads: every one with --every-page; in the
# pull-request run those that between them show each variant of the card (tests/sweep.py: with and
# without warnings or avoid-if lines, one and two large-print sheets…) and those a change touches.
PRINTED = sweep.entries("stretches")
GUIDES = guides(ATLAS, REGIONS)


def sheets(stretch: Entry) -> int:
    """How many large-print sheets the card's page says it takes (with the warnings it prints)."""
    return card_sheets(ATLAS, stretch)


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def text(pdf: Path, page: int | None = None) -> str:
    where = ["-f", str(page), "-l", str(page)] if page else []
    # -raw: in the order the page draws it, so two columns side by side do not interleave
    out = subprocess.run(["pdftotext", "-raw", *where, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
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
@pytest.mark.parametrize("stretch", PRINTED, ids=[s.id for s in PRINTED])
def test_each_card_prints_on_exactly_one_page_with_nothing_cut(site: Path, stretch, paper: str) -> None:
    pdf = site / card_pdfs(stretch)[paper]
    assert pages(pdf) == 1
    printed = text(pdf)
    missing = [words for words in card_words(stretch) if squash(words) not in printed]
    assert not missing, f"not on the printed card: {missing}"
    for chrome in ("Search", "Table of contents", "Made with Material"):
        assert squash(chrome) not in printed


def raw_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("stretch", [s for s in PRINTED if s.avoid_if], ids=[s.id for s in PRINTED if s.avoid_if])
def test_a_card_screens_before_it_instructs_and_reads_cleanly(site: Path, stretch) -> None:
    printed = text(site / card_pdfs(stretch)["a4"])
    assert printed.index(squash("Do not do this stretch if")) < printed.index(squash(stretch.steps[0]))
    assert squash("Evidence: limited evidence") not in printed and squash("evidence evidence") not in printed


@pytest.mark.parametrize("paper", ["a4", "large", "large-letter"])
def test_the_printed_address_breaks_only_after_a_slash(site: Path, paper: str) -> None:
    for stretch in PRINTED:
        address = f"https://cramp-atlas.github.io/cramp-atlas/{stretch.site_path}"
        # The address as printed, with a line break allowed only between its pieces.
        pattern = r"\n?".join(re.escape(piece) for piece in address_parts(address))
        assert re.search(pattern, raw_text(site / card_pdfs(stretch)[paper])), f"{stretch.id}: address broken mid-word"


def test_an_address_breaks_after_slashes_but_never_after_the_scheme() -> None:
    assert address_parts("https://a.org/b-c/d/") == ["https://a.org/", "b-c/", "d/"]


def test_cards_are_a4_and_letter_sized(site: Path) -> None:
    sizes = {paper: subprocess.run(["pdfinfo", str(site / card_pdfs(PRINTED[0])[paper])],
                                   capture_output=True, text=True).stdout for paper in ("a4", "letter")}
    assert "595.92 x 842.88" in sizes["a4"] or "595 x 842" in sizes["a4"]
    assert "612 x 792" in sizes["letter"]


def body_text_height(pdf: Path) -> float:
    sizes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    heights = sorted(float(m.group(2)) - float(m.group(1)) for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', sizes))
    return heights[len(heights) // 2]


@pytest.mark.parametrize("paper", ["large", "large-letter"])
@pytest.mark.parametrize("stretch", PRINTED, ids=[s.id for s in PRINTED])
def test_large_print_is_one_sheet_or_says_1_of_2_and_repeats_the_title(site: Path, stretch, paper: str) -> None:
    pdf = site / card_pdfs(stretch)[paper]
    printed = text(pdf)
    missing = [words for words in card_words(stretch) if squash(words) not in printed]
    assert not missing, f"not on the printed card: {missing}"
    assert body_text_height(pdf) >= 18, "body text below 18 pt"
    if pages(pdf) == 1:
        assert squash("1 of 2") not in printed
    else:
        assert pages(pdf) == 2
        assert squash(f"{stretch.title} (1 of 2)") in text(pdf, 1)
        assert squash(f"{stretch.title} (2 of 2)") in text(pdf, 2)


@pytest.mark.every_page  # a count over all the cards, so only where all are printed
def test_large_print_cards_that_fit_one_sheet_keep_fitting(site: Path) -> None:
    one_sheet = {paper: {s.id for s in STRETCHES if pages(site / card_pdfs(s)[paper]) == 1} for paper in ("large", "large-letter")}
    # The PDF step measures each card and splits only one that overflows. Since every region has
    # warning signs of its own, most large-print cards need a second, titled sheet. The floors are
    # the counts measured in session 14 (A4 6 of 13, Letter 5 of 13): fewer is a layout regression.
    assert len(one_sheet["large"]) >= 6 and len(one_sheet["large-letter"]) >= 5, one_sheet


def print_in_browser(page, paper: str, large: bool) -> bytes:
    """What the reader's Print button gives: the page's own split, no measuring (print.js)."""
    page.emulate_media(media="print")
    page.evaluate("large => document.documentElement.classList.toggle('ca-large-print', large)", large)
    return page.pdf(format=paper, print_background=True)


def pdf_of(data: bytes, tmp_path: Path, name: str) -> Path:
    out = tmp_path / f"{name}.pdf"
    out.write_bytes(data)
    return out


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_browser_large_print_fits_one_sheet_when_the_card_says_it_does(server, browser, tmp_path: Path, paper: str) -> None:
    page = browser.new_page()
    for stretch in PRINTED:
        page.goto(server + stretch.site_path)
        pdf = pdf_of(print_in_browser(page, paper, True), tmp_path, stretch.id)
        assert pages(pdf) == sheets(stretch), f"{stretch.id}: the page's estimate is wrong on {paper}"
    page.close()


def test_large_print_figure_is_no_smaller_than_on_the_normal_card(server, browser) -> None:
    page = browser.new_page(viewport={"width": 718, "height": 1000})
    page.emulate_media(media="print")
    page.goto(server + f"stretches/{STRETCHES[0].id}/")
    normal = page.locator(".ca-print-card__figure svg").bounding_box()
    page.evaluate("document.documentElement.classList.add('ca-large-print')")
    large = page.locator(".ca-print-card__figure svg").bounding_box()
    assert large["width"] >= normal["width"] - 0.5 and large["height"] >= normal["height"] - 0.5, (normal, large)
    page.close()


def test_a_stretch_too_long_for_one_sheet_goes_on_to_a_titled_second(server, browser, tmp_path: Path) -> None:
    model = min(STRETCHES, key=sheets)  # a card of one sheet if any is left, else one of two
    steps = [f"Step {n}: {step}" for n, step in enumerate(model.steps * 2, 1)]
    scratch = Entry(model.kind, "scratch-stretch", model.path, {**model.fields, "title": "Scratch stretch with many steps",
                                                                 "steps": steps}, model.links, model.backlinks)
    assert sheets(scratch) == 2
    card = Renderer(ATLAS, site_url="https://example.org/").jinja.get_template("_print_card.html").module.card(scratch)
    page = browser.new_page()
    page.goto(server + model.site_path)
    page.evaluate("html => { document.querySelector('.ca-print-card').outerHTML = html; }", str(card))
    for paper in ("A4", "Letter"):
        pdf = pdf_of(print_in_browser(page, paper, True), tmp_path, f"scratch-{paper}")
        assert pages(pdf) == 2, paper
        assert squash("Scratch stretch with many steps (1 of 2)") in text(pdf, 1)
        assert squash("Scratch stretch with many steps (2 of 2)") in text(pdf, 2)
        assert squash(steps[-1]) in text(pdf), "a step was cut off"
    page.close()


def contents_numbers(pdf: Path) -> list[int]:
    """The page numbers the printed contents list (page 1; two columns in the booklet), in order."""
    layout = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    contents = layout.split("Contents", 1)[1].split("When to see a doctor\n", 1)[0]
    return sorted(int(n) for n in re.findall(r"(?<=\s)(\d{1,3})(?=\s{2,}|\s*$)", contents, re.MULTILINE))


@pytest.mark.parametrize("guide", GUIDES, ids=[g.slug for g in GUIDES])
def test_guide_has_a_front_sheet_with_contents_then_one_stretch_per_page(site: Path, guide) -> None:
    pdf = site / guide.pdf
    assert pages(pdf) == guide.front_pages + len(guide.stretches)
    assert squash(guide.title) in text(pdf, 1) and squash("Contents") in text(pdf, 1)
    assert squash("When to see a doctor") in text(pdf, guide.flags_page)
    for number, stretch in guide.contents():
        assert squash(stretch.title) in text(pdf, 1), f"{stretch.id} not in the contents"
        assert squash(stretch.title) in text(pdf, number), f"contents say page {number} for {stretch.id}"
    assert contents_numbers(pdf) == sorted([guide.flags_page] + [n for n, _ in guide.contents()])


def test_a_guide_printed_in_the_browser_keeps_its_page_plan_on_either_paper(server, browser, tmp_path: Path) -> None:
    """The PDFs are A4; a reader's Print button may use US Letter, the shorter sheet. The
    contents' page numbers hold only if the front fits the sheet there too."""
    page = browser.new_page()
    for guide in GUIDES:
        page.goto(server + guide.site_path)
        for paper in ("A4", "Letter"):
            pdf = pdf_of(print_in_browser(page, paper, False), tmp_path, f"{guide.slug}-{paper}")
            assert pages(pdf) == guide.front_pages + len(guide.stretches), f"{guide.slug} on {paper}"
    page.close()


@pytest.mark.parametrize("guide", GUIDES, ids=[g.slug for g in GUIDES])
def test_guide_contents_read_cleanly_with_a_thumbnail_per_stretch(built, guide) -> None:
    page = built.page(guide.site_path)
    lines = [" ".join(li.get_text(" ").split()) for li in page.select(".ca-toc li")]
    doubled = [line for line in lines for label in REGIONS.values() if f"({label})" in line or "((" in line]
    assert not doubled, f"contents lines repeat the region: {doubled}"
    assert len(page.select(".ca-toc .ca-toc__thumb svg.ca-pictogram")) == len(guide.stretches)


def ink_bottoms(pdf: Path) -> list[float]:
    """Per page, how far down the lowest ink is, as a share of the page height (20 dpi, grey)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-gray", "-r", "20", str(pdf), f"{folder}/p"], check=True)
        found = []
        for image in sorted(Path(folder).glob("p*.pgm")):
            _, size, _, pixels = image.read_bytes().split(b"\n", 3)
            width, height = map(int, size.split())
            inked = [y for y in range(height) if min(pixels[y * width:(y + 1) * width]) < 200]
            found.append((max(inked) + 1) / height if inked else 0.0)
        return found


@pytest.mark.parametrize("guide", GUIDES, ids=[g.slug for g in GUIDES])
def test_no_guide_page_is_more_than_half_empty_but_the_last(site: Path, guide) -> None:
    bottoms = ink_bottoms(site / guide.pdf)
    assert all(bottoms), f"an empty sheet: {bottoms}"
    half_empty = [number for number, bottom in enumerate(bottoms[:-1], 1) if bottom < 0.5]
    assert not half_empty, f"pages {half_empty} are more than half empty: {bottoms}"


def test_a_region_guide_warns_only_about_what_belongs_to_its_region(site: Path) -> None:
    by_slug = {guide.slug: guide for guide in GUIDES}
    calf, hamstring = by_slug["calf-stretches"], by_slug["hamstring-stretches"]
    front = text(site / calf.pdf, calf.flags_page)
    assert squash(ATLAS.get("cramp-longer-than-ten-minutes").title) in front
    for unrelated in ("twitching-for-weeks", "soreness-severe-or-long"):
        assert squash(ATLAS.get(unrelated).title) not in front, unrelated
    # Calf pain on walking (a blood-flow sign) is about the calf only.
    assert squash(ATLAS.get("calf-pain-when-walking").title) not in text(site / hamstring.pdf, hamstring.flags_page)
    # A guide warns about exactly what its cards warn about: one choice, made in one place.
    for guide in GUIDES:
        on_cards = {f.id for s in guide.stretches for f in ATLAS.stretch_warnings(s)}
        assert {f.id for f in guide.flags} == on_cards, guide.slug
        flags_page = text(site / guide.pdf, guide.flags_page)
        missing = [f.id for f in guide.flags if squash(f.title) not in flags_page]
        assert not missing, f"{guide.slug}: not on its doctor page: {missing}"


def test_a_screenshot_of_a_printed_card_is_kept_for_people_to_look_at(site: Path) -> None:
    pdf = site / card_pdfs(PRINTED[0])["a4"]
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


def test_pdf_only_with_an_unknown_stretch_names_it_and_where_ids_come_from(site: Path) -> None:
    result = run([sys.executable, "-m", "macros", "pdf", "--site", str(site), "--only", "standing-calf-strech"])
    assert result.code == 1 and "Traceback" not in result.out, result.out
    assert ("error: no stretch with the id standing-calf-strech — name a file in data/stretches/ without .yaml"
            in result.out), result.out


# One entry of every page type, and the pages that are not entries: (address, title, summary).
PAGE_TYPES = [(kind, ATLAS.of_kind(kind)[0]) for kind in ("terms", "causes", "prevention", "red-flags", "myths", "sources")]


def page_cases() -> list[tuple[str, str, str]]:
    cases = [(entry.site_path, entry.title, entry.summary if kind != "sources" else entry.authors[0]) for kind, entry in PAGE_TYPES]
    return cases + [("stretches/", "Stretches", "Each stretch has numbered steps"),
                    ("", "What happened to my muscle?", ATLAS.get("muscle-cramp").title)]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("address,title,summary", page_cases(), ids=[c[0] or "home" for c in page_cases()])
def test_every_page_type_prints_as_a_clean_titled_sheet(server, browser, tmp_path: Path, address, title, summary, paper) -> None:
    page = browser.new_page()
    page.goto(server + address)
    pdf = pdf_of(print_in_browser(page, paper, False), tmp_path, "page")
    page.close()
    printed = text(pdf)
    assert squash(title) in printed and squash(summary) in printed, f"{address}: title or summary not printed"
    assert squash(f"cramp-atlas.github.io/cramp-atlas/{address}") in printed, "no page address on paper"
    assert squash("Not medical advice") in printed
    for chrome in ("Skip to content", "Table of contents", "Made with Material", "Type to start searching"):
        assert squash(chrome) not in printed, chrome
    assert all(ink_bottoms(pdf)), "an empty sheet"
