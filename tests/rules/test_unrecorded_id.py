from pathlib import Path

from rules.given import data_folder, entry, findings, seen, tree


def registry(tmp_path: Path) -> Path:
    return data_folder(tmp_path, "published-ids.txt", "# published ids\nterms/old\n")


def test_new_ids_get_one_warning_on_the_registry(tmp_path: Path) -> None:
    found = findings("unrecorded-id", tree(entry("terms", "title: A\n", id="old"), entry("terms", "title: B\n", id="new"),
                                           root=registry(tmp_path)))
    assert [(p.rule, p.severity, p.path, p.line, p.message) for p in found] == [
        ("unrecorded-id", "warning", "data/published-ids.txt", 1, "1 id(s) not yet recorded as published: new")]


def test_recorded_ids_pass(tmp_path: Path) -> None:
    assert seen("unrecorded-id", tree(entry("terms", "title: A\n", id="old"), root=registry(tmp_path))) == []
