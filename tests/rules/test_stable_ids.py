from pathlib import Path

from rules.given import entry, seen, tree


def registry(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    (root / "published-ids.txt").write_text("# published ids\nterms/cramp\nterms/gone\n", encoding="utf-8")
    return root


def test_a_published_id_that_disappeared_is_reported_at_its_registry_line(tmp_path: Path) -> None:
    found = seen("stable-ids", tree(entry("terms", "title: Cramp\n", id="cramp"), root=registry(tmp_path)))
    assert found == [("stable-ids", "data/published-ids.txt", 3,
                      ("published id 'gone' (published at glossary/gone/) has disappeared: no entry has it and no "
                       "entry lists it in `redirect_from`"))]


def test_a_redirect_keeps_the_old_id(tmp_path: Path) -> None:
    live = entry("terms", "title: Cramp\nredirect_from: [gone]\n", id="cramp")
    assert seen("stable-ids", tree(live, root=registry(tmp_path))) == []
