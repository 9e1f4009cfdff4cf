"""`.venv/bin/cramp-atlas pdf`: print every stretch card, region guide and the booklet to PDF.

Runs after `mkdocs build`. Debian's Chromium prints the built pages through Playwright, using
the same print stylesheet a reader's browser uses, so the PDF and the browser's Print agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from macros.entities import REGIONS
from macros.model.atlas import load_atlas
from macros.publish.headless import CHROMIUM_ARGS, chromium, served
from macros.publish.printing import card_pdfs, guides
from macros.settings import project

INSTALL_HINT = ("Chromium is needed to print PDFs. On Debian or Ubuntu: `sudo apt-get install chromium` "
                "(or `make system-deps`), or set CRAMP_ATLAS_CHROMIUM to a Chromium binary.")


def jobs(site: Path, only: set[str] | None = None) -> list[tuple[str, Path, str, bool]]:
    """(page, pdf file, paper, large print) for every card (or only these stretches' cards), guide
    and the booklet."""
    atlas = load_atlas()
    found = []
    for stretch in atlas.of_kind("stretches"):
        if only is not None and stretch.id not in only:
            continue
        files = card_pdfs(stretch)
        found += [(stretch.site_path, site / files["a4"], "A4", False),
                  (stretch.site_path, site / files["letter"], "Letter", False),
                  (stretch.site_path, site / files["large"], "A4", True),
                  (stretch.site_path, site / files["large-letter"], "Letter", True)]
    for guide in guides(atlas, REGIONS):
        found.append((guide.site_path, site / guide.pdf, "A4", False))
    return found


PAPER_HEIGHT_MM = {"A4": 297.0, "Letter": 279.4}
WIDTH_MM = {"A4": 210.0, "Letter": 215.9}
MARGIN_MM = 10  # as the stylesheet's @page rule
# A large-print card that fits its sheet loses the split the page's estimate may have put in;
# one that does not fit gets it: the PDF goes on to a second sheet only when it must.
FIT_LARGE_CARD = """room => {
  const card = document.querySelector('.ca-print-card');
  if (!card) return;
  card.classList.remove('ca-print-card--two-sheets');
  const tall = card.getBoundingClientRect().height * 25.4 / 96;
  card.classList.toggle('ca-print-card--two-sheets', tall > room);
}"""


def print_all(site: Path, binary: str, only: set[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    todo = jobs(site, only)
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=binary, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.emulate_media(media="print", color_scheme="light")
        for path, out, paper, large in todo:
            page.goto(base + path, wait_until="load")
            page.evaluate("large => document.documentElement.classList.toggle('ca-large-print', large)", large)
            if large:
                page.set_viewport_size({"width": int((WIDTH_MM[paper] - 2 * MARGIN_MM) * 96 / 25.4), "height": 1000})
                page.evaluate(FIT_LARGE_CARD, PAPER_HEIGHT_MM[paper] - 2 * MARGIN_MM - 2)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.pdf(path=str(out), format=paper, print_background=True,
                     margin={side: f"{MARGIN_MM}mm" for side in ("top", "bottom", "left", "right")})
        browser.close()
    return len(todo)


def main(site: Path, only: set[str] | None = None) -> int:
    if not (site / "index.html").is_file():
        print(f"error: no built site in {site}/ — run `mkdocs build` first", file=sys.stderr)
        return 1
    binary = chromium(project().chromium)
    if not binary:
        print(f"error: {INSTALL_HINT}", file=sys.stderr)
        return 1
    unknown = sorted((only or set()) - {stretch.id for stretch in load_atlas().of_kind("stretches")})
    if unknown:
        print(f"error: no stretch with the id {', '.join(unknown)} — name a file in data/stretches/ without .yaml",
              file=sys.stderr)
        return 1
    count = print_all(site, binary, only)
    print(f"wrote {count} PDFs to {site / 'print'}/")
    return 0
