from rules.given import entry, seen, tree


def facts(verified: str):
    return tree(entry("terms", "title: Cramp\nsources: [leaflet]\n"), entry("sources", f"verified: {verified}\n", id="leaflet"))


def test_a_fact_resting_on_unverified_sources_only_is_reported() -> None:
    assert seen("unverified-support", facts("false")) == [
        ("unverified-support", "data/terms/example.yaml", 2, "every source of this glossary term is unverified ('leaflet')")]


def test_one_verified_source_is_enough() -> None:
    assert seen("unverified-support", facts("true")) == []
