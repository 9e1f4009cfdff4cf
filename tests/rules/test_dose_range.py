from rules.given import entry, seen

DOSE = """\
dose:
  relief:
    hold: {min: 30, max: 20}
"""


def test_a_range_with_min_above_max_is_reported() -> None:
    assert seen("dose-range", entry("stretches", DOSE)) == [
        ("dose-range", "data/stretches/example.yaml", 3, "'dose.relief.hold' is a range from 30 to 20, but min must be below max")]


def test_a_rising_range_passes() -> None:
    assert seen("dose-range", entry("stretches", DOSE.replace("30", "10"))) == []
