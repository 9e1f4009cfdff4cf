"""Figures show the movement: the stretched part highlighted, an arrow for the movement, every
angle honoured in side and front views, contacts drawn touching, a thumbnail on each index."""

from __future__ import annotations

import math
import re

import pytest
import yaml
from conftest import ROOT

from macros.check.pictogram import TOUCHING, draw, problems
from macros.model.atlas import load_atlas

ATLAS = load_atlas()
STRETCHES = ATLAS.of_kind("stretches")


@pytest.mark.parametrize("stretch", STRETCHES, ids=[s.id for s in STRETCHES])
def test_each_figure_highlights_the_target_and_marks_the_movement(built, stretch) -> None:
    svg = built.page(stretch.site_path).select_one(".ca-figure svg")
    assert svg.select(".ca-pictogram__target line"), "no highlighted target"
    assert len(svg.select(".ca-pictogram__arrow line")) == 3, "no arrow (shaft and two barbs)"
    assert problems(stretch.pose) == []


def tilt(drawing, start: str, end: str) -> float:
    """Degrees a segment leans away from straight up."""
    (ax, ay), (bx, by) = drawing.joints[start], drawing.joints[end]
    return abs(math.degrees(math.atan2(bx - ax, ay - by)))


def test_the_front_view_tips_the_head_toward_the_shoulder() -> None:
    drawing = draw(ATLAS.get("ear-to-shoulder-stretch").pose)
    assert drawing.front and drawing.nose == ((0.0, 0.0), (0.0, 0.0)), "a front view has no side-on nose"
    assert tilt(drawing, "shoulders", "head") >= 45


def test_chin_to_chest_clearly_bows_the_head() -> None:
    drawing = draw(ATLAS.get("chin-to-chest-stretch").pose)
    assert tilt(drawing, "shoulders", "head") >= 70


@pytest.mark.parametrize("stretch_id,joint,prop", [("toes-up-wall-stretch", "near-toe", "wall"),
                                                   ("toes-up-wall-stretch", "near-hand", "wall"),
                                                   ("standing-calf-stretch", "near-hand", "wall"),
                                                   ("standing-calf-stretch", "near-heel", "floor")])
def test_contact_points_are_drawn_touching(stretch_id: str, joint: str, prop: str) -> None:
    pose = ATLAS.get(stretch_id).pose
    assert pose["touch"][joint] == prop
    drawing = draw(pose)
    point = drawing.joints[joint]
    if prop == "wall":
        assert abs(point[0] - drawing.walls[0][0][0]) <= TOUCHING
    else:
        assert abs(max(y for _, y in drawing.body()) - point[1]) <= TOUCHING


def test_the_stretches_index_shows_a_thumbnail_of_each_figure(built) -> None:
    page = built.page("stretches/")
    for stretch in STRETCHES:
        card = page.select_one(f"article.ca-card#{stretch.id}")
        assert card is not None and card.select_one(".ca-card__thumb svg.ca-pictogram"), stretch.id


def test_contributing_documents_the_pose_with_a_side_and_a_front_example_taken_from_the_data() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = guide.split("## Drawing a stretch", 1)[1].split("\n## ", 1)[0]
    examples = [yaml.safe_load(block)["pose"] for block in re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)]
    assert {e.get("view", "side") for e in examples} == {"side", "front"}
    data_poses = [s.pose for s in STRETCHES]
    for example in examples:
        assert example in data_poses, "a worked example differs from the stretch it describes"
    for field in ("torso", "head", "arms", "legs", "target", "move", "touch", "view", "props"):
        assert f"`{field}" in section, field
