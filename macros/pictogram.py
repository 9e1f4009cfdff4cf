"""Stick-figure pictograms drawn from a stretch's `pose:` in data, so every figure looks alike.

A pose gives the direction of each body segment in degrees, seen from the side with the
person facing right: 0 points down, 90 forward (right), 180 up, -90 back (left). Joints are
chained from the pelvis, then the drawing is fitted into its own view box. The template
`pictogram.html` turns the geometry into SVG; only numbers reach it from here.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

# Segment lengths in drawing units, roughly an adult's proportions.
TORSO, NECK, HEAD = 30.0, 3.0, 6.5
UPPER_ARM, FOREARM = 16.0, 15.0
THIGH, SHIN, FOOT = 24.0, 23.0, 8.0
FRONT_VIEW_HIP, FRONT_VIEW_SHOULDER = 5.0, 9.0  # half-widths when seen from the front
PAD = 4.0
FRAME = (130.0, 110.0)  # width and height of every figure's view box

FACES = {"forward": (1.0, 0.0), "back": (-1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}

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

    def points(self) -> list[Point]:
        lines = self.far + self.near + self.props + self.towel
        found = [p for line in lines for p in line] + list(self.spine or ())
        r = HEAD
        found += [(self.head[0] - r, self.head[1] - r), (self.head[0] + r, self.head[1] + r)]
        return found

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


def draw(pose: dict) -> Drawing:
    front = pose.get("view") == "front"
    pelvis: Point = (0.0, 0.0)
    shoulder = toward(pelvis, pose["torso"], TORSO)
    neck_top = toward(shoulder, pose.get("head", pose["torso"]), NECK)
    drawing = Drawing(head=toward(neck_top, pose.get("head", pose["torso"]), HEAD))
    bend = _bend(pelvis, shoulder, pose["torso"], pose.get("arch", 0))
    drawing.spine = (pelvis, bend, shoulder)
    drawing.near.append((shoulder, neck_top))
    face = FACES[pose.get("face", "forward")]
    drawing.nose = (_on_head(drawing.head, face, HEAD), _on_head(drawing.head, face, HEAD + 2.5))
    legs, arms = pose["legs"], pose["arms"]
    ends = {}
    for side, shift in (("far", -1), ("near", 1)):
        dx_hip = shift * FRONT_VIEW_HIP if front else 0.0
        dx_arm = shift * FRONT_VIEW_SHOULDER if front else 0.0
        leg = limb((pelvis[0] + dx_hip, pelvis[1]), legs[side], (THIGH, SHIN, FOOT), not front)
        arm = limb((shoulder[0] + dx_arm, shoulder[1]), arms[side], (UPPER_ARM, FOREARM), False)
        target = drawing.far if side == "far" else drawing.near
        target += segments(leg) + segments(arm)
        if front:
            target += [(pelvis, leg[0]), (shoulder, arm[0])]
        ends[side] = {"hand": arm[-1], "toe": leg[-1], "ankle": leg[2]}
    _add_props(drawing, pose.get("props", []), ends, pelvis)
    return drawing


def _bend(start: Point, end: Point, angle: float, arch: float) -> Point:
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    return toward(middle, angle + 90, arch)


def _on_head(centre: Point, face: tuple[float, float], distance: float) -> Point:
    return (centre[0] + face[0] * distance, centre[1] + face[1] * distance)


def _add_props(drawing: Drawing, props: list[str], ends: dict, pelvis: Point) -> None:
    xs, ys = zip(*drawing.points())
    body = [p for line in drawing.far + drawing.near for p in line] + list(drawing.spine or ())
    floor, top = max(y for _, y in body), min(ys)
    near_hand, far_hand = ends["near"]["hand"], ends["far"]["hand"]
    if "wall" in props:
        x = max(near_hand[0], far_hand[0], ends["near"]["toe"][0]) + 1.5
        drawing.props.append(((x, top - 4), (x, floor)))
    if "chair" in props:
        x, seat = far_hand[0] + 2, floor - 20
        drawing.props += [((x, far_hand[1]), (x, floor)), ((x, seat), (x + 14, seat)), ((x + 14, seat), (x + 14, floor))]
    if "seat" in props:
        left, right, seat = pelvis[0] - 11, pelvis[0] + 9, pelvis[1] + 2.5
        drawing.props += [((left, seat - 26), (left, floor)), ((left, seat), (right, seat)), ((right, seat), (right, floor))]
    if "step" in props:
        heel = ends["near"]["ankle"]
        top_of_step = heel[1] + 2.5
        drawing.props += [((heel[0] - 8, top_of_step), (heel[0] + 10, top_of_step)),
                          ((heel[0] + 10, top_of_step), (heel[0] + 10, floor)),
                          ((heel[0] - 8, top_of_step), (heel[0] - 8, floor))]
    if "towel" in props:
        drawing.towel.append((near_hand, ends["near"]["toe"]))
    if "floor" in props:
        left, right = min(xs) - 6, max(xs) + 6
        drawing.props.append(((left, floor + 2), (right, floor + 2)))
