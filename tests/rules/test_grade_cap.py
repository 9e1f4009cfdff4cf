from rules.given import entry, seen, tree


def facts(grade: str, design: str):
    return tree(entry("myths", f"sources: [leaflet]\nevidence: {grade}\n"), entry("sources", f"type: {design}\n", id="leaflet"))


def test_a_grade_above_what_the_sources_carry_is_reported() -> None:
    assert seen("grade-cap", facts("strong", "consumer-page")) == [
        ("grade-cap", "data/myths/example.yaml", 2,
         "evidence 'strong' is more than its sources can carry: leaflet (consumer-page) allow at most 'limited'")]


def test_a_grade_within_the_cap_passes() -> None:
    assert seen("grade-cap", facts("strong", "systematic-review")) == []
    assert seen("grade-cap", facts("limited", "consumer-page")) == []
