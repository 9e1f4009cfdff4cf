from macros.settings import today
from rules.given import entry, seen


def test_a_review_date_in_the_future_is_reported() -> None:
    assert seen("review-date", entry("terms", "title: Cramp\nlast_reviewed: 2999-01-01\n")) == [
        ("review-date", "data/terms/example.yaml", 2, "last_reviewed 2999-01-01 is in the future")]


def test_a_day_not_on_the_calendar_is_reported() -> None:
    assert seen("review-date", entry("terms", "last_reviewed: '2026-02-30'\n")) == [
        ("review-date", "data/terms/example.yaml", 1, "last_reviewed 2026-02-30 is not a day on the calendar (February 2026 has 28 days)")]


def test_a_publication_year_after_this_year_is_reported() -> None:
    assert seen("review-date", entry("sources", "year: 2999\n")) == [
        ("review-date", "data/sources/example.yaml", 1, f"year 2999 is after this year ({today().year})")]


def test_a_past_date_passes() -> None:
    assert seen("review-date", entry("terms", "last_reviewed: 2026-01-05\n")) == []
