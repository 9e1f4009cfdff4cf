from rules.given import entry, findings, seen


def test_scaffold_text_left_in_is_reported() -> None:
    assert seen("placeholder", entry("terms", "title: Cramp\nsummary: TODO one short sentence\n")) == [
        ("placeholder", "data/terms/example.yaml", 2, "'summary' still has the placeholder 'TODO one short sentence'")]


def test_a_scaffold_id_is_reported_too() -> None:
    assert [line for _, _, line, _ in seen("placeholder", entry("terms", "title: Cramp\nsources: [todo-source]\n"))] == [2]


def test_real_text_passes() -> None:
    assert seen("placeholder", entry("terms", "title: Cramp\n")) == []


def test_a_placeholder_blocks_publishing_though_it_is_a_warning() -> None:
    from macros.model.atlas import blocks_publishing

    (placeholder,) = findings("placeholder", entry("terms", "title: TODO a title\n"))
    (spaces,) = findings("trailing-space", entry("terms", "title: Cramp \n"))
    assert placeholder.severity == spaces.severity == "warning"
    assert blocks_publishing(placeholder) and not blocks_publishing(spaces)
