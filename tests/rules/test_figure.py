from rules.given import entry, seen

POSE = """\
pose:
  torso: 165
  head: 165
  arms: {near: [115, 100], far: [110, 95]}
  legs: {near: [-26, -26, 90], far: [30, -15, 90]}
  props: [floor, wall]
  touch: {near-hand: wall, near-heel: floor, far-heel: floor}
"""


def test_a_contact_the_figure_does_not_draw_is_reported_at_its_field() -> None:
    found = seen("figure", entry("stretches", POSE.replace("near-hand: wall", "near-hand: floor")))
    assert found == [("figure", "data/stretches/example.yaml", 7,
                      "the figure looks wrong: the pose says near-hand touches the floor, but the figure draws it 81 units away")]


def test_the_real_calf_stretch_pose_passes() -> None:
    assert seen("figure", entry("stretches", POSE)) == []
