from rules.given import entry, seen, tree

MYTH = """\
related_terms: [muscle-cramp]
sources: [one-review]
evidence: limited
"""
CAUSE = """\
applies_to: [muscle-cramp]
sources: [one-review]
evidence: {grade}
"""


def test_twins_graded_differently_are_reported_on_the_myth() -> None:
    found = seen("consistent-grade", tree(entry("myths", MYTH), entry("causes", CAUSE.format(grade="moderate"), id="twin")))
    assert found == [("consistent-grade", "data/myths/example.yaml", 3,
                      ("evidence 'limited' differs from 'moderate' in data/causes/twin.yaml, which answers the same "
                       "question from the same sources"))]


def test_twins_with_one_grade_pass() -> None:
    assert seen("consistent-grade", tree(entry("myths", MYTH), entry("causes", CAUSE.format(grade="limited"), id="twin"))) == []
