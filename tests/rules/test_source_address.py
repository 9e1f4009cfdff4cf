from rules.given import entry, seen


def test_a_search_page_is_reported() -> None:
    assert seen("source-address", entry("sources", "url: https://pubmed.ncbi.nlm.nih.gov/?term=cramp\n")) == [
        ("source-address", "data/sources/example.yaml", 1,
         "`url:` https://pubmed.ncbi.nlm.nih.gov/?term=cramp is a search page, not the work itself")]


def test_a_home_page_is_reported() -> None:
    assert [m for *_, m in seen("source-address", entry("sources", "checked_against: https://www.nhs.uk/\n"))] == [
        "`checked_against:` https://www.nhs.uk/ is a home page, not the work itself"]


def test_a_deep_address_passes() -> None:
    assert seen("source-address", entry("sources", "url: https://pubmed.ncbi.nlm.nih.gov/12345678/\n")) == []
