"""Stable ids: a published id never disappears without a redirect, and its old address keeps working."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BIN, build, check, run
from planted import RENAMED, rename

OLD, NEW = RENAMED


def registry_line(data: Path, entry: str) -> int:
    lines = (data / "published-ids.txt").read_text(encoding="utf-8").splitlines()
    return lines.index(entry) + 1


def test_removing_a_published_id_without_a_redirect_fails_naming_the_id_and_the_fix(scratch_data: Path) -> None:
    rename(scratch_data, OLD, NEW, redirect=False)
    result = check(scratch_data)
    assert result.code == 1, result.out
    line = registry_line(scratch_data, f"stretches/{OLD}")
    expected = f"data/published-ids.txt:{line}:1: error[stable-ids]: published id '{OLD}' (published at stretches/{OLD}/) has disappeared"
    assert expected in result.out, result.out
    assert f"restore data/stretches/{OLD}.yaml, or add `redirect_from: [{OLD}]` to the entry that replaces it" in result.out


def test_the_build_refuses_a_vanished_id_with_the_same_message(scratch_data: Path, tmp_path: Path) -> None:
    rename(scratch_data, OLD, NEW, redirect=False)
    result = build(tmp_path / "site", data=scratch_data)
    assert result.code != 0
    assert f"published id '{OLD}'" in result.out and "Traceback" not in result.out


def test_a_renamed_entry_with_redirect_from_passes_with_a_reminder_to_record_its_new_id(scratch_data: Path) -> None:
    rename(scratch_data, OLD, NEW, redirect=True)
    result = check(scratch_data)
    assert result.code == 0, result.out
    assert (f"data/published-ids.txt:1:1: warning[unrecorded-id]: 1 id(s) not yet recorded as published: {NEW} "
            "— run `.venv/bin/cramp-atlas ids`") in result.out


def test_the_ids_command_records_new_ids_and_never_drops_old_ones(scratch_data: Path) -> None:
    rename(scratch_data, OLD, NEW, redirect=True)
    result = run([str(BIN / "python"), "-m", "macros", "ids", "--data", str(scratch_data)])
    assert result.code == 0 and f"+ stretches/{NEW}" in result.out
    lines = (scratch_data / "published-ids.txt").read_text(encoding="utf-8").splitlines()
    assert f"stretches/{OLD}" in lines and f"stretches/{NEW}" in lines
    after = check(scratch_data)
    assert after.code == 0 and "warning" not in after.out.replace("0 warning(s)", ""), after.out


def test_a_reference_to_a_renamed_id_says_what_to_write_instead(scratch_data: Path) -> None:
    rename(scratch_data, "night-cramp", "nocturnal-leg-cramp", redirect=True)
    stretch = scratch_data / "stretches" / "seated-towel-calf-stretch.yaml"
    stretch.write_text(stretch.read_text(encoding="utf-8").replace("nocturnal-leg-cramp", "night-cramp", 1), encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 1
    assert "'night-cramp' was renamed: write 'nocturnal-leg-cramp'" in result.out, result.out


def test_redirect_from_naming_a_live_entry_is_reported_at_its_line(scratch_data: Path) -> None:
    path = scratch_data / "stretches" / "standing-calf-stretch.yaml"
    path.write_text("redirect_from: [seated-towel-calf-stretch]\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 1
    assert ("data/stretches/standing-calf-stretch.yaml:1:17: error[redirect-conflict]: 'seated-towel-calf-stretch' in "
            "`redirect_from` is a live entry") in result.out, result.out


def test_an_old_id_claimed_by_two_entries_is_reported(scratch_data: Path) -> None:
    rename(scratch_data, OLD, NEW, redirect=True)
    path = scratch_data / "stretches" / "standing-calf-stretch.yaml"
    path.write_text(f"redirect_from: [{OLD}]\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 1
    assert f"'{OLD}' is already redirected to data/stretches/{NEW}.yaml" in result.out, result.out


@pytest.fixture(scope="module")
def renamed_site(planted_site: Path) -> Path:
    """The planted site (tests/planted.py), where OLD was renamed NEW with its old id forwarded."""
    return planted_site


def test_the_old_address_of_a_renamed_entry_forwards_to_its_new_page(renamed_site: Path) -> None:
    old_page = renamed_site / "stretches" / OLD / "index.html"
    assert old_page.is_file(), "no redirect page at the old address"
    html = old_page.read_text(encoding="utf-8")
    assert f'content="0; url=../{NEW}/"' in html
    assert (renamed_site / "stretches" / NEW / "index.html").is_file()


def test_redirect_stubs_are_not_counted_as_reader_pages(renamed_site: Path) -> None:
    from conftest import Site

    pages = Site(renamed_site).html_files()
    assert renamed_site / "stretches" / NEW / "index.html" in pages
    assert renamed_site / "stretches" / OLD / "index.html" not in pages


def test_an_entry_moved_to_another_kind_forwards_from_its_old_address() -> None:
    from macros.check.published import Current, Published, redirect_map

    moved = redirect_map([Published("terms", "night-cramp", 1)], [Current("causes", "night-cramp")])
    assert moved == {"glossary/night-cramp.md": "causes/night-cramp.md"}
