from rules.given import entry, seen, tree


def cause(id: str, minutes: int):
    return entry("causes", f"figures:\n  cramp_get_help_after_minutes: {minutes}\n", id=id)


def test_the_entry_that_differs_from_the_others_is_reported() -> None:
    found = seen("figures-agree", tree(cause("a", 10), cause("b", 10), cause("c", 15)))
    assert found == [("figures-agree", "data/causes/c.yaml", 2,
                      "figure 'cramp_get_help_after_minutes' is 15 here but 10 in data/causes/a.yaml")]


def test_minutes_in_the_text_must_be_a_declared_figure() -> None:
    text = "title: Cramp\ngroup: cramp\nsummary: Get help if it lasts 20 minutes.\nfigures:\n  cramp_get_help_after_minutes: 10\n"
    assert seen("figures-agree", tree(entry("terms", text))) == [
        ("figures-agree", "data/terms/example.yaml", 3, "the text says '20 minutes', which is not one of this entry's figures")]


def test_agreeing_figures_pass() -> None:
    assert seen("figures-agree", tree(cause("a", 10), cause("b", 10))) == []
