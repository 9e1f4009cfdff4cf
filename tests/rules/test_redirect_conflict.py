from rules.given import entry, seen, tree


def test_redirecting_a_live_id_is_reported() -> None:
    found = seen("redirect-conflict", tree(entry("terms", "title: A\n", id="a"), entry("terms", "redirect_from: [a]\n", id="b")))
    assert found == [("redirect-conflict", "data/terms/b.yaml", 1, "'a' in `redirect_from` is a live entry (data/terms/a.yaml)")]


def test_one_old_id_claimed_twice_is_reported() -> None:
    found = seen("redirect-conflict", tree(entry("terms", "redirect_from: [old]\n", id="a"),
                                           entry("terms", "redirect_from: [old]\n", id="b")))
    assert found == [("redirect-conflict", "data/terms/b.yaml", 1, "'old' is already redirected to data/terms/a.yaml")]


def test_a_gone_id_redirected_once_passes() -> None:
    assert seen("redirect-conflict", tree(entry("terms", "redirect_from: [old]\n", id="a"))) == []
