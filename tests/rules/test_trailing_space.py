from rules.given import entry, findings, seen


def test_spaces_at_the_end_of_a_line_are_reported_where_they_start() -> None:
    found = findings("trailing-space", entry("terms", "title: Cramp\nsummary: A cramp.   \n"))
    assert [(p.rule, p.severity, p.line, p.col, p.message) for p in found] == [
        ("trailing-space", "warning", 2, 18, "spaces at the end of the line")]


def test_clean_lines_pass() -> None:
    assert seen("trailing-space", entry("terms", "title: Cramp\n")) == []
