from pathlib import Path

from rules.given import data_folder, entry, seen, tree


def registry(tmp_path: Path) -> Path:
    return data_folder(tmp_path, "published-ids.txt", "# published ids\nterms/cramp\nterms/gone\n")


def test_a_published_id_that_disappeared_is_reported_at_its_registry_line(tmp_path: Path) -> None:
    found = seen("stable-ids", tree(entry("terms", "title: Cramp\n", id="cramp"), root=registry(tmp_path)))
    assert found == [("stable-ids", "data/published-ids.txt", 3,
                      ("published id 'gone' (published at glossary/gone/) has disappeared: no entry has it and no "
                       "entry lists it in `redirect_from`"))]


def test_a_redirect_keeps_the_old_id(tmp_path: Path) -> None:
    live = entry("terms", "title: Cramp\nredirect_from: [gone]\n", id="cramp")
    assert seen("stable-ids", tree(live, root=registry(tmp_path))) == []
