from rules.given import entry, seen


def test_a_field_out_of_schema_order_is_reported() -> None:
    assert seen("key-order", entry("terms", "summary: A cramp.\ntitle: Cramp\n")) == [
        ("key-order", "data/terms/example.yaml", 2, "field 'title' should come before 'summary'")]


def test_schema_order_passes() -> None:
    assert seen("key-order", entry("terms", "title: Cramp\nsummary: A cramp.\n")) == []
