from pathlib import Path

from rules.given import data_folder, entry, seen, tree


def regions(tmp_path: Path) -> Path:
    return data_folder(tmp_path, "regions.yaml", "calf: Calf\nhamstring: Back of the thigh\n")


def test_a_region_not_in_the_list_is_reported(tmp_path: Path) -> None:
    found = seen("unknown-region", tree(entry("stretches", "title: Calf\nregion: calves\n"), root=regions(tmp_path)))
    assert found == [("unknown-region", "data/stretches/example.yaml", 2, "'calves' is not a body region in data/regions.yaml")]


def test_a_listed_region_passes(tmp_path: Path) -> None:
    assert seen("unknown-region", tree(entry("stretches", "region: calf\n"), root=regions(tmp_path))) == []
