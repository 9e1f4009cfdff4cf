from rules.given import entry, seen, tree


def test_a_source_no_fact_cites_is_reported() -> None:
    assert seen("uncited-source", tree(entry("sources", "title: A\n", id="lonely"))) == [
        ("uncited-source", "data/sources/lonely.yaml", 1, "source 'lonely' is not cited by any entry")]


def test_a_cited_source_passes() -> None:
    assert seen("uncited-source", tree(entry("sources", "title: A\n", id="cited"), entry("terms", "sources: [cited]\n"))) == []
