"""A live preview (`make serve`) has no PDFs: its download buttons say so instead of leading to a 404."""

from __future__ import annotations

from pathlib import Path

from conftest import QuietHandler

from macros.model.atlas import load_atlas
from macros.publish.headless import served
from macros.publish.printing import card_pdfs

ENTRY = load_atlas().get("bent-knee-calf-stretch")
STRETCH = ENTRY.site_path


class NoPdfs(QuietHandler):
    """The built site as `mkdocs serve` has it: every page, no printed PDF."""

    def send_head(self):  # type: ignore[no-untyped-def]
        if self.path.split("?")[0].endswith(".pdf"):
            self.send_error(404)
            return None
        return super().send_head()


def pdf_buttons(browser, base: str, missing: bool = False) -> tuple[int, list[str]]:
    """The download buttons and notes a reader sees once the page has asked whether its PDFs are
    there (docs/assets/print.js): after that answer, and with missing PDFs after the note shows,
    however late the page's script runs on a busy machine."""
    page = browser.new_page()
    with page.expect_response(lambda r: r.request.method == "HEAD" and r.url.endswith(".pdf")):
        page.goto(base + STRETCH, wait_until="networkidle")
    if missing:
        page.locator(".ca-pdf-missing").first.wait_for()
    shown = page.locator("a[download]:visible").count()
    notes = page.locator(".ca-pdf-missing").all_inner_texts()
    page.close()
    return shown, notes


def test_without_pdfs_the_buttons_give_way_to_a_note(browser, site: Path) -> None:
    with served(site, NoPdfs) as base:
        shown, notes = pdf_buttons(browser, base, missing=True)
    assert shown == 0
    assert notes == ["No PDFs in this preview: make build prints them, make preview serves them."]


def test_with_pdfs_the_buttons_stay(browser, server: str) -> None:
    shown, notes = pdf_buttons(browser, server)
    # One download button per printed PDF of the card (A4, Letter, large print on each).
    assert shown == len(card_pdfs(ENTRY)) and notes == []
