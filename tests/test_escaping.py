"""Text from data/ is shown as text: HTML in a YAML value can never become markup."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import build
from test_contributor_mistakes import STRETCH, edit

ATTACK = """<script>alert('atlas')</script> "><b onmouseover=alert(2)>bold</b>"""


def test_script_in_a_fact_is_escaped_in_the_html(scratch_data: Path, tmp_path: Path) -> None:
    edit(scratch_data, STRETCH, "  Lean into a wall", f"  {ATTACK} Lean into a wall")
    edit(scratch_data, STRETCH, "title: Standing calf stretch against a wall", """title: 'Calf "><img src=x onerror=alert(1)>'""")
    result = build(tmp_path / "site", data=scratch_data)
    assert result.code == 0, result.out
    for page in ["stretches/standing-calf-stretch/index.html", "stretches/index.html"]:
        soup = BeautifulSoup((tmp_path / "site" / page).read_text(encoding="utf-8"), "html.parser")
        # JSON-LD is data, not code; tests/test_structured_data.py shows nothing can break out of it.
        assert not [s for s in soup.find_all("script") if "alert(" in s.get_text()
                    and s.get("type") != "application/ld+json"], page
        assert not soup.select("img[onerror], b[onmouseover]"), page
        # The reader sees the characters exactly as the contributor typed them.
        text = soup.select_one("article").get_text(" ")
        assert "<script>alert('atlas')</script>" in text, page
        assert '<img src=x onerror=alert(1)>' in text, page
