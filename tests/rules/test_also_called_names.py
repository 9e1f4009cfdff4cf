from rules.given import entry, seen


def test_a_question_in_also_called_is_reported_where_it_is() -> None:
    given = entry("prevention", "title: Stretch the cramping muscle\nalso_called: [passive stretching, how to stop a cramp]\n")
    assert seen("also-called-names", given) == [
        ("also-called-names", "data/prevention/example.yaml", 2,
         "also_called 'how to stop a cramp' is a question, not another name for this")]


def test_a_readers_phrase_is_reported() -> None:
    given = entry("terms", "title: Night leg cramp\nalso_called:\n  - nocturnal leg cramp\n  - a cramp that wakes me up\n")
    assert seen("also-called-names", given) == [
        ("also-called-names", "data/terms/example.yaml", 4,
         "also_called 'a cramp that wakes me up' is a reader's phrase, not another name for this")]


def test_names_pass() -> None:
    given = entry("terms", "title: Muscle cramp\nalso_called: [charley horse, cramp, DOMS, Willis-Ekbom disease]\n")
    assert seen("also-called-names", given) == []
