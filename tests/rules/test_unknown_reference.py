from rules.given import entry, findings, seen, tree


def test_an_id_that_names_no_entry_is_reported_with_the_closest() -> None:
    found = findings("unknown-reference", tree(entry("terms", "title: Cramp\nsources: [miller-2022]\n"),
                                               entry("sources", "title: Review\n", id="miller-2021")))
    assert [(p.rule, p.line, p.message) for p in found] == [
        ("unknown-reference", 2, "'sources' names 'miller-2022', but there is no source with that id")]
    assert found[0].hint == "did you mean 'miller-2021'?"


def test_known_ids_pass() -> None:
    assert seen("unknown-reference", tree(entry("terms", "sources: [review]\n"), entry("sources", "title: R\n", id="review"))) == []
