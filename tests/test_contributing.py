"""CONTRIBUTING.md works as written: its examples pass the checker, and a newcomer's first
stretch with a new source goes from skeleton to a page on the site."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from conftest import ROOT, build, check, run

from macros.entities import KINDS
from macros.settings import COMMAND
from macros.site.field_reference import kind_fields

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r"\(`data/([a-z-]+)/([a-z0-9-]+)\.yaml`\).*?```yaml\n(.*?)```", re.DOTALL)


def test_contributing_shows_a_complete_example_of_a_cause_a_stretch_a_red_flag_and_a_source() -> None:
    kinds = {kind for kind, _, _ in EXAMPLE.findall(GUIDE)}
    assert kinds >= {"causes", "stretches", "red-flags", "sources"}
    for command in ("make check", "make serve", f"{COMMAND} new", f"{COMMAND} fmt"):
        assert command in GUIDE
    assert all(grade in GUIDE for grade in ("`strong`", "`moderate`", "`limited`", "`insufficient`"))


def test_contributing_carries_the_grading_policy_table_the_checker_enforces() -> None:
    """The policy is written once (macros/check/grading.py); CONTRIBUTING.md shows that same table."""
    from macros.check.grading import markdown_table

    assert markdown_table() in GUIDE


def test_every_example_in_contributing_passes_the_checker(scratch_data: Path) -> None:
    for kind, entry_id, text in EXAMPLE.findall(GUIDE):
        (scratch_data / kind / f"example-{entry_id}.yaml").write_text(text, encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 0 and "error" not in result.out.replace("0 error(s)", ""), result.out


def test_schema_reference_page_lists_every_field_and_an_example_per_kind(built, site: Path) -> None:
    page = built.page("contribute/")
    text = page.get_text(" ")
    for kind in KINDS:
        section = page.select_one(f"#schema-{kind.name}")
        assert section is not None, kind.name
        for field in kind_fields(kind.name):
            assert field.name in text, f"{kind.name}.{field.name}"
        assert (site / "schema" / f"{kind.name}.json").is_file()
    assert "same-day" in text and "best-supported" in text  # allowed values are listed
    assert len(page.select("details.example pre")) == len(KINDS)


def macros(data: Path, *args: str):
    return run([sys.executable, "-m", "macros", *args, "--data", str(data)])


def fill(path: Path, values: dict[str, str]) -> None:
    """Do what a contributor does with a skeleton: replace each TODO, drop unused optional fields."""
    text = path.read_text(encoding="utf-8")
    for placeholder, value in values.items():
        assert placeholder in text, placeholder
        text = text.replace(placeholder, value)
    kept = [line for line in text.splitlines() if "TODO" not in line and "todo-" not in line]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def test_a_newcomer_adds_a_stretch_with_a_new_source_fixes_a_mistake_and_sees_the_page(scratch_data: Path, tmp_path: Path) -> None:
    assert macros(scratch_data, "new", "source", "doe-2025-calf-raise").code == 0
    fill(scratch_data / "sources/doe-2025-calf-raise.yaml", {
        '"TODO: title"': "A made-up calf stretch trial for this test",
        '"TODO: authors"': "Doe J", '"TODO: venue"': "Journal of Tests", '"TODO: year"': "2025",
        '"TODO: url"': "https://example.org/doe-2025", '"TODO: type"': "rct",
        # The newcomer matched the record, and says which one: a fact needs a verified source.
        '"TODO: checked against"': "https://example.org/doe-2025", "verified: false": "verified: true"})
    assert macros(scratch_data, "new", "stretch", "wall-calf-raise").code == 0
    stretch = scratch_data / "stretches/wall-calf-raise.yaml"
    fill(stretch, {
        '"TODO: title"': "Wall calf test stretch", '"TODO: region"': "calf", '"TODO: muscles"': "soleus",
        '"TODO: summary"': "A stretch written by a test to show the contributor path works.",
        '"TODO: steps 1"': "Stand facing a wall with both hands on it.",
        '"TODO: steps 2"': "Lean in until you feel a gentle pull in the calf.",
        '"TODO: hold"': "{min: 20, max: 30}", '"TODO: repetitions"': "2",
        '"TODO: cautions"': "Stop at a gentle pull.", "todo-terms-id": "night-crmp",
        '"TODO: avoid if"': "Your calf is swollen, warm or red.", "todo-red-flags-id": "cramp-longer-than-ten-minutes",
        "todo-sources-id": "doe-2025-calf-raise", '"TODO: evidence"': "limited",
        '"TODO: illustration alt"': "A person stands facing a wall."})
    mistake = check(scratch_data)
    line = next(n for n, text in enumerate(stretch.read_text().splitlines(), 1) if "night-crmp" in text)
    assert mistake.code == 1
    assert f"data/stretches/wall-calf-raise.yaml:{line}:" in mistake.out and "did you mean 'night-cramp'?" in mistake.out
    stretch.write_text(stretch.read_text().replace("night-crmp", "night-cramp"))
    assert macros(scratch_data, "fmt").code == 0
    fixed = check(scratch_data)
    assert fixed.code == 0, fixed.out
    site = tmp_path / "site"
    assert build(site, data=scratch_data).code == 0
    page = (site / "stretches/wall-calf-raise/index.html").read_text(encoding="utf-8")
    assert "Wall calf test stretch" in page and "Stand facing a wall" in page
    assert "wall-calf-raise" in (site / "sources/doe-2025-calf-raise/index.html").read_text(encoding="utf-8")
