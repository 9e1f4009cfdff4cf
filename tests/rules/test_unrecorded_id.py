from pathlib import Path

from rules.given import entry, findings, seen, tree


def registry(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    (root / "published-ids.txt").write_text("# published ids\nterms/old\n", encoding="utf-8")
    return root


def test_new_ids_get_one_warning_on_the_registry(tmp_path: Path) -> None:
    found = findings("unrecorded-id", tree(entry("terms", "title: A\n", id="old"), entry("terms", "title: B\n", id="new"),
                                           root=registry(tmp_path)))
    assert [(p.rule, p.severity, p.path, p.line, p.message) for p in found] == [
        ("unrecorded-id", "warning", "data/published-ids.txt", 1, "1 id(s) not yet recorded as published: new")]


def test_recorded_ids_pass(tmp_path: Path) -> None:
    assert seen("unrecorded-id", tree(entry("terms", "title: A\n", id="old"), root=registry(tmp_path))) == []
