from macros.check.style import header
from rules.given import entry, seen


def test_a_missing_schema_line_is_reported() -> None:
    assert seen("schema-header", entry("terms", "title: Cramp\n")) == [
        ("schema-header", "data/terms/example.yaml", 1, "the first line does not name the schema for editors")]


def test_the_schema_line_passes() -> None:
    assert seen("schema-header", entry("terms", header("terms") + "\ntitle: Cramp\n")) == []
