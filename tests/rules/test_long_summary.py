from rules.given import entry, seen


def test_a_long_summary_is_reported() -> None:
    assert seen("long-summary", entry("terms", "title: Cramp\nsummary: " + "A cramp. " * 30 + "\n")) == [
        ("long-summary", "data/terms/example.yaml", 2, "the summary is long (269 characters; aim for 250 or fewer)")]


def test_a_short_summary_passes() -> None:
    assert seen("long-summary", entry("terms", "summary: A cramp is a sudden, painful tightening.\n")) == []
