from rules.given import entry, findings, seen


def test_a_template_delimiter_is_reported_at_its_column() -> None:
    found = findings("template-text", entry("terms", "title: Cramp {{ x }}\n"))
    assert [(p.rule, p.line, p.col, p.message) for p in found] == [
        ("template-text", 1, 14, "'title' contains '{{', which the site's template engine reads as code")]


def test_plain_text_passes() -> None:
    assert seen("template-text", entry("terms", "title: Cramp (x)\n")) == []
