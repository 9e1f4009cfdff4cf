"""Stick-figure pictograms drawn from a stretch's `pose:` in data, so every figure looks alike.

A pose gives the direction of each body segment in degrees, seen from the side with the
person facing right: 0 points down, 90 forward (right), 180 up, -90 back (left). In the front
view the same numbers are read facing you: 90 is the person's left (your right), so `head: 150`
tips the head toward one shoulder. Joints are chained from the pelvis, then the drawing is
fitted into its frame. `target` names the segments that feel the stretch (drawn highlighted),
`move` puts an arrow at a joint in the direction of movement, and `touch` names the joints
that rest on a prop (a wall is placed at the touching joint). The template `pictogram.html`
turns the geometry into SVG; only numbers reach it from here. `problems()` says what a person
would see as wrong with a figure (the `figure` check rule).

It sits in the check stage because that rule needs the geometry before any page exists; the
site and the print cards draw from it later.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

# Segment lengths in drawing units, roughly an adult's proportions.
TORSO, NECK, HEAD = 30.0, 4.0, 6.5
UPPER_ARM, FOREARM = 16.0, 15.0
THIGH, SHIN, FOOT = 24.0, 23.0, 8.0
FRONT_VIEW_HIP, FRONT_VIEW_SHOULDER = 5.0, 9.0  # half-widths when seen from the front
PAD = 4.0
FRAME = (130.0, 110.0)  # width and height of every figure's view box

FACES = {"forward": (1.0, 0.0), "back": (-1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}
ARROW = 11.0      # length of a movement arrow
TOUCHING = 2.5    # a joint this close to a prop's line is drawn touching it
HIDDEN = 4.0      # a limb whose every joint is this close to the torso line cannot be seen
FILLS = 0.35      # a figure should span at least this share of its frame's width or height

Point = tuple[float, float]


def toward(start: Point, angle: float, length: float) -> Point:
    rad = math.radians(angle)
    return (start[0] + length * math.sin(rad), start[1] + length * math.cos(rad))


@dataclass
class Drawing:
    """Lines, a head and props in drawing units, plus the box that holds them."""

    far: list[tuple[Point, Point]] = field(default_factory=list)   # the limbs behind, drawn grey
    near: list[tuple[Point, Point]] = field(default_factory=list)  # torso and limbs in front
    spine: tuple[Point, Point, Point] | None = None                # start, bend, end of the back
    head: Point = (0.0, 0.0)
    nose: tuple[Point, Point] = ((0.0, 0.0), (0.0, 0.0))
    props: list[tuple[Point, Point]] = field(default_factory=list)
    towel: list[tuple[Point, Point]] = field(default_factory=list)
    joints: dict[str, Point] = field(default_factory=dict)          # by name: head, near-hand, far-knee…
    parts: dict[str, tuple[Point, Point]] = field(default_factory=dict)  # segments by name: near-shin…
    target: list[tuple[Point, Point]] = field(default_factory=list)  # segments that feel the stretch
    arrow: list[tuple[Point, Point]] = field(default_factory=list)   # shaft, then the two barbs
    walls: list[tuple[Point, Point]] = field(default_factory=list)   # where a joint may touch, by prop
    front: bool = False

    def points(self) -> list[Point]:
        lines = self.far + self.near + self.props + self.towel + self.arrow
        found = [p for line in lines for p in line] + list(self.spine or ())
        r = HEAD
        found += [(self.head[0] - r, self.head[1] - r), (self.head[0] + r, self.head[1] + r)]
        return found

    def body(self) -> list[Point]:
        return [p for line in self.far + self.near for p in line] + list(self.spine or ()) + [self.head]

    def box(self) -> tuple[float, float, float, float]:
        """One frame size for every figure, so all are drawn at the same scale, standing on the same line."""
        xs, ys = zip(*self.points())
        width = max(FRAME[0], max(xs) - min(xs) + 2 * PAD)
        height = max(FRAME[1], max(ys) - min(ys) + 2 * PAD)
        return ((min(xs) + max(xs) - width) / 2, max(ys) + PAD - height, width, height)


def limb(start: Point, angles: list[float], lengths: tuple[float, ...], default_foot: bool) -> list[Point]:
    """Joints of an arm or leg; a leg without a foot angle gets a foot at right angles."""
    joints = [start]
    for angle, length in zip(angles, lengths):
        joints.append(toward(joints[-1], angle, length))
    if default_foot and len(angles) == 2:
        joints.append(toward(joints[-1], angles[1] + 90, FOOT))
    return joints


def segments(joints: list[Point]) -> list[tuple[Point, Point]]:
    return list(itertools.pairwise(joints))


SEGMENTS = {"arm": ("upper-arm", "forearm"), "leg": ("thigh", "shin", "foot")}
JOINTS = {"arm": ("shoulder", "elbow", "hand"), "leg": ("hip", "knee", "heel", "toe")}


def draw(pose: dict) -> Drawing:
    front = pose.get("view") == "front"
    pelvis: Point = (0.0, 0.0)
    head_angle = pose.get("head", pose["torso"])
    shoulder = toward(pelvis, pose["torso"], TORSO)
    neck_top = toward(shoulder, head_angle, NECK)
    drawing = Drawing(head=toward(neck_top, head_angle, HEAD), front=front)
    bend = _bend(pelvis, shoulder, pose["torso"], pose.get("arch", 0))
    drawing.spine = (pelvis, bend, shoulder)
    drawing.near.append((shoulder, neck_top))
    drawing.parts.update(torso=(pelvis, shoulder), neck=(shoulder, drawing.head))
    drawing.joints.update(hips=pelvis, shoulders=shoulder, head=drawing.head)
    if not front:  # seen from the front, the nose would point out of the page
        face = FACES[pose.get("face", "forward")]
        drawing.nose = (_on_head(drawing.head, face, HEAD), _on_head(drawing.head, face, HEAD + 2.5))
    legs, arms = pose["legs"], pose["arms"]
    for side, shift in (("far", -1), ("near", 1)):
        dx_hip = shift * FRONT_VIEW_HIP if front else 0.0
        dx_arm = shift * FRONT_VIEW_SHOULDER if front else 0.0
        leg = limb((pelvis[0] + dx_hip, pelvis[1]), legs[side], (THIGH, SHIN, FOOT), not front)
        arm = limb((shoulder[0] + dx_arm, shoulder[1]), arms[side], (UPPER_ARM, FOREARM), False)
        target = drawing.far if side == "far" else drawing.near
        target += segments(leg) + segments(arm)
        if front:
            target += [(pelvis, leg[0]), (shoulder, arm[0])]
        for kind, joints in (("leg", leg), ("arm", arm)):
            drawing.joints.update({f"{side}-{name}": point for name, point in zip(JOINTS[kind], joints)})
            drawing.parts.update({f"{side}-{name}": line for name, line in zip(SEGMENTS[kind], segments(joints))})
    _add_props(drawing, pose.get("props", []), pose.get("touch", {}), pelvis)
    drawing.target = [drawing.parts[name] for name in pose.get("target", []) if name in drawing.parts]
    if "move" in pose and pose["move"].get("at") in drawing.joints:
        drawing.arrow = _arrow(drawing.joints[pose["move"]["at"]], pose["move"]["toward"])
    return drawing


def _arrow(joint: Point, angle: float) -> list[tuple[Point, Point]]:
    """An arrow beside the joint, pointing the way it moves: set off to one side so it never hides a limb."""
    start = toward(toward(joint, angle - 90, 7.0), angle, 2.0)
    tip = toward(start, angle, ARROW)
    return [(start, tip), (tip, toward(tip, angle + 150, 4.0)), (tip, toward(tip, angle - 150, 4.0))]


def _bend(start: Point, end: Point, angle: float, arch: float) -> Point:
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    return toward(middle, angle + 90, arch)


def _on_head(centre: Point, face: tuple[float, float], distance: float) -> Point:
    return (centre[0] + face[0] * distance, centre[1] + face[1] * distance)


def _add_props(drawing: Drawing, props: list[str], touch: dict[str, str], pelvis: Point) -> None:
    xs, ys = zip(*drawing.points())
    body = drawing.body()
    floor, top = max(y for _, y in body), min(ys)
    joints = drawing.joints
    near_hand, far_hand = joints["near-hand"], joints["far-hand"]
    if "wall" in props:
        # The wall stands where the pose says a joint touches it, else just past the reach.
        on_wall = [joints[name][0] for name, prop in touch.items() if prop == "wall" and name in joints]
        x = max(on_wall) + 1.5 if on_wall else max(near_hand[0], far_hand[0], joints["near-toe"][0]) + 1.5
        drawing.props.append(((x, top - 4), (x, floor)))
        drawing.walls.append(((x, top - 4), (x, floor)))
    if "chair" in props:
        x, seat = far_hand[0] + 2, floor - 20
        drawing.props += [((x, far_hand[1]), (x, floor)), ((x, seat), (x + 14, seat)), ((x + 14, seat), (x + 14, floor))]
    if "seat" in props:
        left, right, seat = pelvis[0] - 11, pelvis[0] + 9, pelvis[1] + 2.5
        drawing.props += [((left, seat - 26), (left, floor)), ((left, seat), (right, seat)), ((right, seat), (right, floor))]
    if "step" in props:
        heel = joints["near-heel"]
        top_of_step = heel[1] + 2.5
        drawing.props += [((heel[0] - 8, top_of_step), (heel[0] + 10, top_of_step)),
                          ((heel[0] + 10, top_of_step), (heel[0] + 10, floor)),
                          ((heel[0] - 8, top_of_step), (heel[0] - 8, floor))]
    if "towel" in props:
        drawing.towel.append((near_hand, joints["near-toe"]))
    if "floor" in props:
        left, right = min(xs) - 6, max(xs) + 6
        drawing.props.append(((left, floor + 2), (right, floor + 2)))


def _distance(point: Point, line: tuple[Point, Point]) -> float:
    (ax, ay), (bx, by) = line
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((point[0] - ax) * dx + (point[1] - ay) * dy) / length))
    return math.dist(point, (ax + t * dx, ay + t * dy))


def problems(pose: dict) -> list[tuple[str, str, str]]:
    """What a person would see as wrong with the figure: (pose field, what is wrong, what to change)."""
    drawing = draw(pose)
    found = []
    torso = drawing.parts["torso"]
    sides = ("near", "far") if drawing.front else ("near",)  # from the side, the far limbs may hide behind the near
    for side in sides:
        for kind, ends in (("arms", ("shoulder", "elbow", "hand")), ("legs", ("knee", "heel"))):
            limb_joints = [drawing.joints[f"{side}-{name}"] for name in ends]
            if all(_distance(p, torso) < HIDDEN for p in limb_joints):
                found.append((kind, f"the {side} {kind[:-1]} lies along the body, so it cannot be seen",
                              f"point `{kind}.{side}` away from the torso ({pose['torso']}°), e.g. 30° or more apart"))
    for name, prop in pose.get("touch", {}).items():
        if name not in drawing.joints:
            found.append(("touch", f"'{name}' is not a joint", f"use one of {', '.join(sorted(drawing.joints))}"))
            continue
        gap = _gap(drawing, name, prop)
        if gap > TOUCHING:
            found.append(("touch", f"the pose says {name} touches the {prop}, but the figure draws it {gap:.0f} units away",
                          f"change the angles of the limb that ends at {name} until it reaches the {prop}"))
    xs, ys = zip(*drawing.body())
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    inner = (FRAME[0] - 2 * PAD, FRAME[1] - 2 * PAD)
    if width > inner[0] or height > inner[1]:
        found.append(("torso", (f"the figure is {width:.0f} × {height:.0f} units, more than its frame holds "
                      f"({inner[0]:.0f} × {inner[1]:.0f}), so the rest would be drawn smaller or cut off"),
                      "bend the limbs that reach out so the figure fits"))
    elif max(width / FRAME[0], height / FRAME[1]) < FILLS:
        found.append(("torso", f"the figure fills only {100 * max(width / FRAME[0], height / FRAME[1]):.0f}% of its frame",
                      ("straighten the limbs (a folded-up figure reads as a blob) so it spans at least "
                      f"{100 * FILLS:.0f}% of the frame's width or height")))
    return found


def _gap(drawing: Drawing, joint: str, prop: str) -> float:
    point = drawing.joints[joint]
    if prop == "floor":
        return abs(max(y for _, y in drawing.body()) - point[1])
    if prop == "wall":
        return min((abs(point[0] - line[0][0]) for line in drawing.walls), default=math.inf)
    return min((_distance(point, line) for line in drawing.props), default=math.inf)
