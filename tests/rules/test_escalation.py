from rules.given import entry, seen, tree


def flags(worse_tier: str):
    return tree(entry("red-flags", "tier: same-day\nif_worse: [worse]\n", id="mild"),
                entry("red-flags", f"tier: {worse_tier}\n", id="worse"))


def test_if_worse_naming_a_less_urgent_flag_is_reported() -> None:
    assert seen("escalation", flags("routine")) == [
        ("escalation", "data/red-flags/mild.yaml", 2, "'if_worse' names 'worse', which is not more urgent than this red flag")]


def test_if_worse_naming_a_more_urgent_flag_passes() -> None:
    assert seen("escalation", flags("emergency")) == []
