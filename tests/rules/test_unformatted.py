from pathlib import Path

from rules.given import entry, seen

ROOT = Path(__file__).resolve().parents[2]
REAL = (ROOT / "data/terms/muscle-cramp.yaml").read_text(encoding="utf-8")


def test_a_file_not_in_house_style_is_reported() -> None:
    assert seen("unformatted", entry("terms", REAL.replace("title: ", "title:   ", 1))) == [
        ("unformatted", "data/terms/example.yaml", 1, "the file is not in house style (indentation, quoting or spacing)")]


def test_a_formatted_file_passes() -> None:
    assert seen("unformatted", entry("terms", REAL)) == []
