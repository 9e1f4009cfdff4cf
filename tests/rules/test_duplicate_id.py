from rules.given import entry, seen, tree


def test_the_second_file_with_an_id_is_reported() -> None:
    found = seen("duplicate-id", tree(entry("terms", "title: A\n", id="cramp"), entry("myths", "title: B\n", id="cramp")))
    assert found == [("duplicate-id", "data/terms/cramp.yaml", 1, "id 'cramp' is already used by data/myths/cramp.yaml")]


def test_distinct_ids_pass() -> None:
    assert seen("duplicate-id", tree(entry("terms", "title: A\n", id="a"), entry("myths", "title: B\n", id="b"))) == []
