"""Plain-language score of each reader summary (Flesch-Kincaid grade, via textstat)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import textstat

from macros.load.citations import plain
from macros.model.atlas import Atlas

# The grade a reader summary should stay at or under: roughly what a 13-year-old reads easily.
TARGET_GRADE = 8.0


@dataclass(frozen=True)
class Score:
    path: str
    grade: float
    summary: str


def scores(atlas: Atlas) -> list[Score]:
    """Every entry that has a reader summary, hardest first."""
    found = [Score(str(entry.path), textstat.flesch_kincaid_grade(plain(entry.summary)), entry.summary)
             for entry in atlas.entries.values() if entry.fields.get("summary")]
    return sorted(found, key=lambda score: score.grade, reverse=True)


def median_grade(found: list[Score]) -> float:
    return statistics.median(score.grade for score in found)


def report(found: list[Score], top: int) -> str:
    lines = [(f"median Flesch-Kincaid grade of {len(found)} summaries: {median_grade(found):.1f} "
             f"(target ≤ {TARGET_GRADE:g})"), f"hardest {top} to edit:"]
    lines += [f"  {score.grade:5.1f}  {score.path}: {score.summary}" for score in found[:top]]
    return "\n".join(lines)
