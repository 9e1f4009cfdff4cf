"""Text from data/ is shown as text: HTML in a YAML value can never become markup."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from planted import ESCAPED_SUMMARY, ESCAPED_TITLE


def test_script_in_a_fact_is_escaped_in_the_html(planted_site: Path) -> None:
    """HTML planted in a stretch's title and summary (tests/planted.py)."""
    for page in ["stretches/standing-calf-stretch/index.html", "stretches/index.html"]:
        soup = BeautifulSoup((planted_site / page).read_text(encoding="utf-8"), "html.parser")
        # JSON-LD is data, not code; tests/test_structured_data.py shows nothing can break out of it.
        assert not [s for s in soup.find_all("script") if "alert(" in s.get_text()
                    and s.get("type") != "application/ld+json"], page
        assert not soup.select("img[onerror], b[onmouseover]"), page
        # The reader sees the characters exactly as the contributor typed them.
        text = soup.select_one("article").get_text(" ")
        assert ESCAPED_SUMMARY in " ".join(text.split()), page
        assert ESCAPED_TITLE in text, page
