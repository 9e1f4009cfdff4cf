"""What a printed stretch card needs beyond the data: a figure, a QR code, the page's address,
and the page plan of a booklet (cover, contents, red flags, then one stretch per page)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import segno

from .model import Atlas, Entry
from .pictogram import Drawing, draw

PDF_DIR = "print"  # under site/: PDFs written by `python -m macros pdf`
FRONT_PAGES = 3    # cover, contents, red flags: the first stretch is on page 4


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


@dataclass(frozen=True)
class Guide:
    """A printed guide: the whole booklet, or one body region's stretches."""

    slug: str
    title: str
    stretches: list[Entry]

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
    def flags_page(self) -> int:
        return FRONT_PAGES

    def contents(self) -> list[tuple[int, Entry]]:
        return [(FRONT_PAGES + number, stretch) for number, stretch in enumerate(self.stretches, 1)]


def guides(atlas: Atlas, regions: dict[str, str]) -> list[Guide]:
    stretches = sorted(atlas.of_kind("stretches"), key=lambda s: (list(regions).index(s.region), s.title))
    found = [Guide("stretch-booklet", "Cramp Atlas stretch booklet", stretches)]
    for region, label in regions.items():
        chosen = [s for s in stretches if s.region == region]
        if chosen:
            found.append(Guide(f"{region}-stretches", f"{label} stretches", chosen))
    return found


def card_pdfs(stretch: Entry) -> dict[str, str]:
    """The PDF files of one card, by variant."""
    base = f"{PDF_DIR}/{stretch.id}"
    return {"a4": f"{base}-a4.pdf", "letter": f"{base}-letter.pdf", "large": f"{base}-large-print.pdf"}
