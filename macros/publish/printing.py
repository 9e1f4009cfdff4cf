"""What a printed stretch card needs beyond the data: a figure, a QR code, the page's address,
how many sheets a large-print card takes, and the page plan of a guide (front matter with the
contents and the guide's red flags, then one stretch per page)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import segno

from macros.check.pictogram import Drawing, draw
from macros.entities import DOSES, labels
from macros.model import dose as dose_words
from macros.model.atlas import Atlas, Entry
from macros.settings import project

PDF_DIR = "print"  # under site/: PDFs written by `.venv/bin/cramp-atlas pdf`
# A guide's cover, contents and red flags share one sheet while they fit; otherwise the red
# flags get a sheet of their own. Heights in mm at 12 pt (atlas.css), measured in Chromium:
# the room on the sheet (US Letter, the shorter paper: 259 mm less some to spare), the cover
# with the contents heading and the spacing between parts, a contents line with its thumbnail,
# a line of text, and a tier's heading.
FRONT_ROOM, COVER, CONTENTS_LINE, TEXT_LINE, TIER_HEADING = 250.0, 45.0, 13.0, 5.9, 10.7
# A contents line with a large figure (atlas.css .ca-toc--figures), for a front with room to spare.
FIGURE_LINE = 55.0
# Characters a line holds across the sheet, and beside a contents thumbnail (one column, two).
ACROSS_SHEET, BESIDE_THUMB, BESIDE_THUMB_IN_COLUMNS = 100, 105, 45
# Large print (18 pt, line height 1.1: 7 mm a line): lines one US Letter sheet holds (the
# shorter paper), and characters a line holds in the column beside the figure, under it and
# across the page. Calibrated against printed cards, with room to spare; `.venv/bin/cramp-atlas pdf`
# measures each card in Chromium instead, so the PDFs split only a card that truly does not fit.
LARGE_SHEET_LINES, BESIDE, UNDER, ACROSS, FIGURE_LINES = 35.5, 28, 22, 52, 10
DOSE_LABEL = max(DOSES.values(), key=len)
EMERGENCY_LINE = "x" * ACROSS  # one line: "☎ 999 (UK) · 112 (any EU country) · 911 (US and Canada)."


def drawing(stretch: Entry) -> Drawing:
    return draw(stretch.pose)


@cache  # each card's code is drawn on its page, in its region guide and in the booklet
def qr_path(url: str) -> tuple[int, str]:
    """A QR code as one SVG path: (size in modules, path data). Numbers only, safe to template.

    Encoding one costs more than rendering its page, and an address seldom changes: each is kept
    in the cache folder under a hash of the address and the encoder's version."""
    key = hashlib.sha1(f"{segno.__version__}\0m\0{url}".encode()).hexdigest()
    kept = project().cache_dir / "qr" / f"{key}.txt"
    try:
        size, path = kept.read_text(encoding="ascii").split("\n", 1)
        return int(size), path
    except (OSError, ValueError):
        pass
    code = segno.make(url, error="m", micro=False)
    rows = list(code.matrix_iter(scale=1, border=0))
    parts = [f"M{x} {y}h1v1h-1z" for y, row in enumerate(rows) for x, dark in enumerate(row) if dark]
    _keep(kept, f"{len(rows)}\n{''.join(parts)}")
    return len(rows), "".join(parts)


def _keep(path: Path, text: str) -> None:
    """Written aside and renamed, so a build running at the same time never reads half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="ascii") as out:
            out.write(text)
        os.replace(out.name, path)
    except OSError:
        pass  # a read-only checkout only loses the speed-up


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


def large_print_sheets(stretch: Entry, warnings: list[Entry]) -> int:
    """1 if the card fits one sheet in large print, else 2 (the second repeats the title).
    `warnings` are the ones the card prints (Atlas.stretch_warnings).

    An estimate from the text's length, checked against the printed PDFs by tests/test_print.py."""
    return 1 if large_print_lines(stretch, warnings) <= LARGE_SHEET_LINES else 2


def card_sheets(atlas: Atlas, stretch: Entry) -> int:
    """The large-print sheets of a stretch's own card, with the warnings that card prints: what the
    card's page, the print tests and the test sample all ask."""
    return large_print_sheets(stretch, atlas.stretch_warnings(stretch))


def large_print_lines(stretch: Entry, warnings: list[Entry]) -> float:
    """Estimated lines of the one-sheet large-print layout (atlas.css): figure and safety notes
    on the left, screening and steps on the right, then dose, warnings and footer across."""
    title = 1.3 * _lines([stretch.title], ACROSS * 10 // 13) + 1
    left = FIGURE_LINES + 1 + _lines(stretch.cautions, UNDER)
    right = 1 + _lines(stretch.steps, BESIDE) + (1 + _lines(stretch.avoid_if, BESIDE) if stretch.avoid_if else 0)
    dose = _lines([" ".join([dose_words.hold(d), dose_words.repetitions(d), str(d.get("how_often", "")), "Hold: Repeat:", DOSE_LABEL])
                   for d in stretch.dose.values()], ACROSS)
    by_tier = [f"xx {label}: " + " ".join(f"{f.title}." for f in warnings if f.tier == tier)
               for tier, label in labels("TIERS").items() if any(f.tier == tier for f in warnings)]
    flags = 1 + _lines(by_tier + [EMERGENCY_LINE], ACROSS)
    sources = "; ".join(f"{s.authors[0]} et al. {s.year}" for s in stretch.linked("sources"))
    foot = _lines([f"Sources: {sources}. Limited evidence. Reviewed 2026-01-01."], ACROSS - 8) + 4  # + address, disclaimer
    return title + max(left, right) + dose + flags + foot + 1


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

    @cached_property
    def front_pages(self) -> int:
        """Sheets before the first stretch: 1, or 2 when the red flags need a sheet of their own."""
        return 1 if self.front_height(self.summaries) <= FRONT_ROOM else 2

    @cached_property  # asked once per contents line: worked out once per guide
    def summaries(self) -> bool:
        """Whether the contents give each stretch's summary: yes, unless leaving them out is what
        lets the front fit one sheet (a split front has room for them on its first sheet)."""
        return self.front_height(True) <= FRONT_ROOM or self.front_height(False) > FRONT_ROOM

    @cached_property
    def figures(self) -> bool:
        """Whether the contents show each stretch's figure large: when the front would otherwise
        leave most of its sheet blank (a region with few warning signs) and the figures fit."""
        height = self.front_height(self.summaries)
        grown = height + len(self.stretches) * (FIGURE_LINE - CONTENTS_LINE)
        return not self.columns and height < FRONT_ROOM / 2 and grown <= FRONT_ROOM

    @cached_property
    def columns(self) -> bool:
        return self.in_columns(self.summaries)

    def in_columns(self, summaries: bool) -> bool:
        """Contents in two columns: the booklet's, and short lines without summaries."""
        return len(self.stretches) > 4 or (not summaries and len(self.stretches) > 2)

    def front_height(self, summaries: bool) -> float:
        """Estimated mm of the front (cover, contents, warnings) printed on one sheet."""
        return self._front_heights[summaries]

    @cached_property
    def _front_heights(self) -> dict[bool, float]:
        return {summaries: self._estimated_front(summaries) for summaries in (True, False)}

    def _estimated_front(self, summaries: bool) -> float:
        columns = self.in_columns(summaries)
        width = BESIDE_THUMB_IN_COLUMNS if columns else BESIDE_THUMB
        lines = [max(CONTENTS_LINE, TEXT_LINE * (1 + (_lines([s.summary], width) if summaries else 0)) + 2)
                 for s in self.stretches]
        shown = {s.region for s in self.stretches}
        headings = len(shown) if len(shown) > 1 else 0
        contents = TEXT_LINE + sum(lines) + headings * TEXT_LINE
        if columns:
            contents /= 2
        text = [f"{f.title}. {f.action} May mean: {f.may_mean or ''}" for f in self.flags]
        flags = 2.5 * TEXT_LINE + TIER_HEADING * len({f.tier for f in self.flags}) + TEXT_LINE * _lines(text, ACROSS_SHEET)
        return COVER + contents + flags

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
    found = [Guide("stretch-booklet", "Cramp Atlas stretch booklet", stretches, atlas.stretch_warnings(*stretches), regions)]
    for region, label in regions.items():
        chosen = [s for s in stretches if s.region == region]
        if chosen:
            found.append(Guide(f"{region}-stretches", f"{label} stretches", chosen, atlas.stretch_warnings(*chosen), regions))
    return found


def card_pdfs(stretch: Entry) -> dict[str, str]:
    """The PDF files of one card, by variant."""
    base = f"{PDF_DIR}/{stretch.id}"
    return {"a4": f"{base}-a4.pdf", "letter": f"{base}-letter.pdf", "large": f"{base}-large-print.pdf",
            "large-letter": f"{base}-large-print-letter.pdf"}
