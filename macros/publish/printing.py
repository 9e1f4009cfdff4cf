"""What a printed stretch card needs beyond the data: a figure, a QR code, the page's address,
how many sheets a large-print card takes, and the page plan of a guide (front matter with the
contents and the guide's red flags, then one stretch per page)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import segno

from macros.check.pictogram import Drawing, draw
from macros.entities import DOSES, labels
from macros.model import dose as dose_words
from macros.model.atlas import Atlas, Entry

PDF_DIR = "print"  # under site/: PDFs written by `.venv/bin/cramp-atlas pdf`
# Cover, contents and red flags share one sheet while they fit; past this many lines the red
# flags get a sheet of their own (measured on A4 at 12 pt: about 45 short lines a sheet).
ONE_SHEET_FRONT = 16
# Large print (18 pt, line height 1.1: 7 mm a line): lines one US Letter sheet holds (the
# shorter paper), and characters a line holds in the column beside the figure, under it and
# across the page. Calibrated against printed cards, with room to spare; `.venv/bin/cramp-atlas pdf`
# measures each card in Chromium instead, so the PDFs split only a card that truly does not fit.
LARGE_SHEET_LINES, BESIDE, UNDER, ACROSS, FIGURE_LINES = 34.5, 28, 22, 52, 10
DOSE_LABEL = max(DOSES.values(), key=len)


def drawing(stretch: Entry) -> Drawing:
    return draw(stretch.pose)


@cache  # each card's code is drawn on its page, in its region guide and in the booklet
def qr_path(url: str) -> tuple[int, str]:
    """A QR code as one SVG path: (size in modules, path data). Numbers only, safe to template."""
    code = segno.make(url, error="m", micro=False)
    rows = list(code.matrix_iter(scale=1, border=0))
    parts = [f"M{x} {y}h1v1h-1z" for y, row in enumerate(rows) for x, dark in enumerate(row) if dark]
    return len(rows), "".join(parts)


def absolute(site_url: str, site_path: str) -> str:
    return site_url.rstrip("/") + "/" + site_path.lstrip("/")


def address_parts(address: str) -> list[str]:
    """An address in the pieces a printed line may break between: after a slash, never inside
    a word or at a hyphen, and never between `https://` and the host."""
    scheme, _, rest = address.partition("://")
    pieces = [piece + "/" for piece in rest.split("/")]
    pieces[-1] = pieces[-1].removesuffix("/")
    pieces[0] = f"{scheme}://{pieces[0]}" if rest else address
    return [piece for piece in pieces if piece]


def _lines(texts: list[str], width: int) -> int:
    return sum(-(-len(text) // width) for text in texts)


def large_print_sheets(stretch: Entry) -> int:
    """1 if the card fits one sheet in large print, else 2 (the second repeats the title).

    An estimate from the text's length, checked against the printed PDFs by tests/test_print.py."""
    return 1 if large_print_lines(stretch) <= LARGE_SHEET_LINES else 2


def large_print_lines(stretch: Entry) -> float:
    """Estimated lines of the one-sheet large-print layout (atlas.css): figure and safety notes
    on the left, screening and steps on the right, then dose, warnings and footer across."""
    title = 1.3 * _lines([stretch.title], ACROSS * 10 // 13) + 1
    left = FIGURE_LINES + 1 + _lines(stretch.cautions, UNDER)
    right = 1 + _lines(stretch.steps, BESIDE) + (1 + _lines(stretch.avoid_if, BESIDE) if stretch.avoid_if else 0)
    dose = _lines([" ".join([dose_words.hold(d), dose_words.repetitions(d), str(d.get("how_often", "")), "Hold: Repeat:", DOSE_LABEL])
                   for d in stretch.dose.values()], ACROSS)
    tiers = labels("TIERS")
    flags = 1 + _lines([f"{tiers[f.tier]}: {f.title}." for f in stretch.linked("red_flags")] + ["x" * 95], ACROSS)
    sources = "; ".join(f"{s.authors[0]} et al. {s.year}" for s in stretch.linked("sources"))
    foot = _lines([f"Sources: {sources}. Limited evidence. Reviewed 2026-01-01."], ACROSS - 8) + 3
    return title + max(left, right) + dose + flags + foot + 1


def guide_flags(stretches: list[Entry], flags: list[Entry]) -> list[Entry]:
    """The red flags a guide prints: those its stretches link to, and those about the problems
    its stretches relieve (so a calf guide lists cramp warnings, not twitching or soreness ones).
    Self-care notes are not warnings."""
    linked = {flag.id for stretch in stretches for flag in stretch.linked("red_flags")}
    relieved = {term for stretch in stretches for term in stretch.relieves}
    return [flag for flag in flags if flag.tier != "self-care"
            and (flag.id in linked or relieved & set(flag.applies_to))]


@dataclass(frozen=True)
class Guide:
    """A printed guide: the whole booklet, or one body region's stretches."""

    slug: str
    title: str
    stretches: list[Entry]
    flags: list[Entry]
    regions: dict[str, str]

    @property
    def page_path(self) -> str:
        return f"{PDF_DIR}/{self.slug}.md"

    @property
    def site_path(self) -> str:
        return f"{PDF_DIR}/{self.slug}/"

    @property
    def pdf(self) -> str:
        return f"{PDF_DIR}/{self.slug}.pdf"

    @property
    def front_pages(self) -> int:
        """Sheets before the first stretch: 1, or 2 when the red flags need a sheet of their own."""
        return 1 if len(self.stretches) + 2 * len(self.flags) <= ONE_SHEET_FRONT else 2

    @property
    def flags_page(self) -> int:
        return self.front_pages

    def contents(self) -> list[tuple[int, Entry]]:
        return [(self.front_pages + number, stretch) for number, stretch in enumerate(self.stretches, 1)]

    def contents_by_region(self) -> list[tuple[str, list[tuple[int, Entry]]]]:
        """Contents lines under a heading per region; one region's guide has no headings ("")."""
        lines = self.contents()
        shown = list(dict.fromkeys(stretch.region for _, stretch in lines))
        if len(shown) == 1:
            return [("", lines)]
        return [(self.regions[region], [(n, s) for n, s in lines if s.region == region]) for region in shown]


def guides(atlas: Atlas, regions: dict[str, str]) -> list[Guide]:
    stretches = sorted(atlas.of_kind("stretches"), key=lambda s: (list(regions).index(s.region), s.title))
    flags = atlas.of_kind("red-flags")
    found = [Guide("stretch-booklet", "Cramp Atlas stretch booklet", stretches, guide_flags(stretches, flags), regions)]
    for region, label in regions.items():
        chosen = [s for s in stretches if s.region == region]
        if chosen:
            found.append(Guide(f"{region}-stretches", f"{label} stretches", chosen, guide_flags(chosen, flags), regions))
    return found


def card_pdfs(stretch: Entry) -> dict[str, str]:
    """The PDF files of one card, by variant."""
    base = f"{PDF_DIR}/{stretch.id}"
    return {"a4": f"{base}-a4.pdf", "letter": f"{base}-letter.pdf", "large": f"{base}-large-print.pdf",
            "large-letter": f"{base}-large-print-letter.pdf"}
