"""A new body region is data only: one line in data/regions.yaml, and the stretches that use it."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import check, run

SHOW = """
from macros.entities import REGIONS
from macros.model.atlas import load_atlas
from macros.publish.printing import guides
from macros.site.render import Renderer
atlas = load_atlas()
print("guides:", [g.slug for g in guides(atlas, REGIONS)])
print(Renderer(atlas).section("stretches", "stretches/"))
"""


def test_adding_a_region_is_one_line_of_data(scratch_data: Path) -> None:
    regions = scratch_data / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + "upper-arm: Upper arm\n", encoding="utf-8")
    stretch = scratch_data / "stretches" / "ear-to-shoulder-stretch.yaml"
    stretch.write_text(stretch.read_text(encoding="utf-8").replace("region: neck", "region: upper-arm"), encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 0, result.out
    shown = run([sys.executable, "-c", SHOW], data=scratch_data)
    assert shown.code == 0, shown.out
    assert "upper-arm-stretches" in shown.out.split("\n", 1)[0]
    assert '<h2 id="upper-arm">Upper arm</h2>' in shown.out


def test_a_region_without_a_label_is_reported_at_its_line(scratch_data: Path) -> None:
    regions = scratch_data / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + "upper-arm:\n", encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 1
    line = len(regions.read_text(encoding="utf-8").splitlines())
    assert f"data/regions.yaml:{line}:" in result.out and "region 'upper-arm' has no label" in result.out, result.out


def test_an_edited_region_list_is_read_again_in_the_same_process(scratch_data: Path) -> None:
    from macros.load.regions import regions

    before = regions(scratch_data)
    listed = scratch_data / "regions.yaml"
    listed.write_text(listed.read_text(encoding="utf-8") + "jaw: Jaw\n", encoding="utf-8")
    assert "jaw" not in before and regions(scratch_data)["jaw"] == "Jaw"
