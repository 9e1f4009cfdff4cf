from pathlib import Path

from rules.given import entry, seen

ROOT = Path(__file__).resolve().parents[2]
REAL = (ROOT / "data/terms/muscle-cramp.yaml").read_text(encoding="utf-8")


def test_a_misspelt_field_is_reported_once_at_its_line() -> None:
    found = seen("schema-shape", entry("terms", REAL.replace("summary:", "sumary:", 1)))
    line = next(n for n, text in enumerate(REAL.splitlines(), 1) if text.startswith("summary:"))
    assert found == [("schema-shape", "data/terms/example.yaml", line, "unknown field 'sumary'")]


def test_a_value_outside_the_enum_is_reported() -> None:
    found = seen("schema-shape", entry("terms", REAL.replace("group: cramp", "group: cramps", 1)))
    assert [message for *_, message in found] == ["'cramps' is not an allowed value for 'group'"]


def test_a_real_entry_passes() -> None:
    assert seen("schema-shape", entry("terms", REAL)) == []
