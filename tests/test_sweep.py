"""The pull-request run's sample (tests/sweep.py) shows every template in every variant the data
uses, takes in every page a change touches, and does not grow with the number of entries."""

from __future__ import annotations

from dataclasses import replace

import sweep
from conftest import Site

from macros.model.atlas import Entry


def test_per_kind_the_sample_shows_every_trait_any_entry_shows() -> None:
    for kind in {e.kind.name for e in sweep.atlas().entries.values()}:
        entries = sweep.atlas().of_kind(kind)
        shown = set().union(*(sweep.traits(e) for e in sweep.sample() if e.kind.name == kind))
        assert shown == set().union(*(sweep.traits(e) for e in entries)), kind


def test_traits_name_optional_parts_both_ways_and_labelled_values() -> None:
    stretch = sweep.atlas().get("standing-calf-stretch")
    found = sweep.traits(stretch)
    assert "evidence=" + stretch.fields["evidence"] in found
    assert any(t.startswith("avoid_if ") for t in found)  # optional: given or left out
    assert not any(t.startswith("title ") for t in found)  # required: always there
    assert any(t.startswith("large print on ") for t in found)


def test_the_sample_is_the_same_every_time_and_in_the_atlas_order() -> None:
    terms = sweep.atlas().of_kind("terms")
    assert [e.id for e in sweep.covering(terms)] == [e.id for e in sweep.covering(list(terms))]
    order = list(sweep.atlas().entries)
    ids = [e.id for e in sweep.entries()]
    assert sorted(ids, key=order.index) == ids


def copies(entries: list[Entry], times: int) -> list[Entry]:
    return [replace(e, id=f"{e.id}-{n}") for n in range(times) for e in entries]


def test_ten_times_the_entries_need_no_bigger_sample() -> None:
    """What makes the pull-request run's cost follow the schema, not the atlas's size."""
    for kind in ("terms", "stretches", "sources"):
        entries = sweep.atlas().of_kind(kind)
        assert len(sweep.covering(copies(entries, 10))) == len(sweep.covering(entries)), kind


def test_a_changed_file_brings_in_its_page_and_the_pages_it_links_with() -> None:
    atlas = sweep.atlas()
    stretch = atlas.get("standing-calf-stretch")
    found = sweep.touched(atlas.entries.values(), frozenset({f"data/{stretch.data_file}"}))
    assert found[0] is stretch
    assert {e.id for e in stretch.linked("sources")} <= {e.id for e in found}
    assert sweep.touched(atlas.entries.values(), frozenset({"data/regions.yaml"})) == []


def test_the_pages_looked_at_include_every_page_that_is_no_entrys(built: Site) -> None:
    looked_at = {p.relative_to(built.root).as_posix() for p in built.looked_at()}
    entry_pages = {f"{e.site_path}index.html" for e in sweep.atlas().entries.values()}
    every = {p.relative_to(built.root).as_posix() for p in built.html_files()}
    assert every - entry_pages <= looked_at
    assert {f"{e.site_path}index.html" for e in sweep.entries()} <= looked_at
    if sweep.EVERY_PAGE:
        assert looked_at == every
