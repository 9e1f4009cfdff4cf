from pathlib import Path

from rules.given import entry, seen, tree


def regions(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    (root / "regions.yaml").write_text("calf: Calf\nhamstring: Back of the thigh\n", encoding="utf-8")
    return root


def test_a_region_not_in_the_list_is_reported(tmp_path: Path) -> None:
    found = seen("unknown-region", tree(entry("stretches", "title: Calf\nregion: calves\n"), root=regions(tmp_path)))
    assert found == [("unknown-region", "data/stretches/example.yaml", 2, "'calves' is not a body region in data/regions.yaml")]


def test_a_listed_region_passes(tmp_path: Path) -> None:
    assert seen("unknown-region", tree(entry("stretches", "region: calf\n"), root=regions(tmp_path))) == []
