import pytest

from macros.check.copying import runs
from macros.check.rules import copied_text
from rules.given import entry, seen


@pytest.fixture(autouse=True)
def seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copied_text, "seed_runs", lambda: frozenset(runs("cramps often stop when you stretch the muscle gently")))


def test_eight_words_from_the_seed_are_reported() -> None:
    found = seen("copied-text", entry("terms", "title: Cramp\nsummary: Cramps often stop when you stretch the muscle.\n"))
    assert found == [("copied-text", "data/terms/example.yaml", 2,
                      "these words copy the seed text: 'cramps often stop when you stretch the muscle'")]


def test_a_quoted_source_title_is_not_our_wording() -> None:
    assert seen("copied-text", entry("sources", "title: Cramps often stop when you stretch the muscle gently\n")) == []


def test_own_words_pass() -> None:
    assert seen("copied-text", entry("terms", "summary: A gentle stretch often ends a cramp.\n")) == []
