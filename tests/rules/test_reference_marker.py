from rules.given import entry, findings, seen, tree

TERM = """\
title: Cramp
details: Stretching helps [@other].
sources: [mine]
"""


def sources():
    return [entry("sources", "title: Mine\n", id="mine"), entry("sources", "title: Other\n", id="other")]


def test_a_marker_citing_a_source_the_entry_does_not_list_is_reported_at_its_column() -> None:
    found = findings("reference-marker", tree(entry("terms", TERM), *sources()))
    assert [(p.rule, p.line, p.col, p.message) for p in found] == [
        ("reference-marker", 2, 27, "reference marker cites 'other', which is not in this entry's `sources:`")]


def test_a_marker_outside_details_is_reported() -> None:
    found = seen("reference-marker", tree(entry("terms", "title: Cramp [@mine]\nsources: [mine]\n"), *sources()))
    assert found == [("reference-marker", "data/terms/example.yaml", 1, "a reference marker in 'title'")]


def test_a_marker_citing_a_listed_source_passes() -> None:
    assert seen("reference-marker", tree(entry("terms", TERM.replace("@other", "@mine")), *sources())) == []
