from rules.given import entry, seen


def test_verified_without_a_record_and_a_day_is_reported() -> None:
    assert seen("verification-evidence", entry("sources", "title: A\nverified: true\n")) == [
        ("verification-evidence", "data/sources/example.yaml", 2, "`verified: true` without `checked_against:` and `checked_on:`")]


def test_verified_with_its_evidence_passes() -> None:
    text = "verified: true\nchecked_against: https://pubmed.ncbi.nlm.nih.gov/1/\nchecked_on: 2026-11-01\n"
    assert seen("verification-evidence", entry("sources", text)) == []
