"""The grading policy, written once: which grade each kind of source can carry.

The `grade-cap` rule enforces it, and the About page and CONTRIBUTING.md show it (the About page
renders this table through the `grading_policy` macro; a test keeps CONTRIBUTING.md in step).
In the spirit of SORT and GRADE as Miller et al. 2022 use them: the design of the evidence sets
the ceiling, and a grade is only as strong as the best sources a fact can point to."""

from __future__ import annotations

from collections.abc import Iterable

# Weakest to strongest. `insufficient` is always allowed: it claims nothing.
GRADES_ASCENDING = ("insufficient", "limited", "moderate", "strong")

# The highest grade a fact may carry when this is the best kind of source it cites.
CAP_BY_TYPE: dict[str, str] = {
    "meta-analysis": "strong",
    "systematic-review": "strong",
    "guideline": "strong",
    "rct": "moderate",  # one trial; two or more consistent trials can carry "strong"
    "non-randomised-trial": "moderate",
    "cohort": "moderate",
    "case-control": "moderate",
    "cross-sectional": "limited",
    "survey": "limited",
    "case-series": "limited",
    "case-report": "limited",
    "lab-study": "limited",
    "narrative-review": "limited",
    "consensus-statement": "limited",
    "textbook": "limited",
    "consumer-page": "limited",
    "abstract": "limited",
    "protocol": "limited",
}
# How readers see each kind of source (the schema's `type` values).
TYPE_LABELS: dict[str, str] = {
    "meta-analysis": "meta-analysis",
    "systematic-review": "systematic review",
    "guideline": "guideline",
    "rct": "randomised trial",
    "non-randomised-trial": "non-randomised trial",
    "cohort": "cohort study",
    "case-control": "case-control study",
    "cross-sectional": "cross-sectional study",
    "survey": "survey",
    "case-series": "case series",
    "case-report": "case report",
    "lab-study": "lab study",
    "narrative-review": "narrative review",
    "consensus-statement": "consensus statement",
    "textbook": "textbook",
    "consumer-page": "health-service or patient page",
    "abstract": "conference abstract",
    "protocol": "study protocol",
}
TRIALS_FOR_STRONG = 2  # this many randomised trials together can carry "strong"

# What each grade needs, in plain words, for the About page and CONTRIBUTING.md.
REQUIREMENTS: dict[str, str] = {
    "strong": (
        "A systematic review, meta-analysis or guideline, or two or more randomised trials in "
        "people that agree."
    ),
    "moderate": "One randomised trial, a non-randomised trial, or a cohort or case-control study.",
    "limited": (
        "Only weaker sources: lab studies, small case series or reports, surveys, narrative "
        "reviews, textbooks, expert consensus or health-service pages."
    ),
    "insufficient": "No good study either way. Always allowed.",
}


def rank(grade: str) -> int:
    return GRADES_ASCENDING.index(grade)


def highest_grade(types: Iterable[str]) -> str:
    """The strongest grade a fact citing sources of these types may carry."""
    types = list(types)
    caps = [CAP_BY_TYPE[t] for t in types if t in CAP_BY_TYPE]
    if types.count("rct") >= TRIALS_FOR_STRONG:
        caps.append("strong")
    return max(caps, key=rank, default="limited")


def types_allowing(grade: str) -> list[str]:
    """Source types whose best grade is exactly this one, in the order of CAP_BY_TYPE."""
    return [t for t, cap in CAP_BY_TYPE.items() if cap == grade]


def policy_rows() -> list[tuple[str, str, list[str]]]:
    """(grade, what it needs, source types that cap a fact at it), strongest first."""
    return [(g, REQUIREMENTS[g], types_allowing(g)) for g in reversed(GRADES_ASCENDING)]


def markdown_table() -> str:
    """The policy as the Markdown table CONTRIBUTING.md carries (a test keeps the two equal)."""
    lines = ["| Grade | What its sources must include | Kinds of source that stop at this grade |",
             "| --- | --- | --- |"]
    for grade, needs, types in policy_rows():
        kinds = ", ".join(f"`{t}`" for t in types) or "any"
        if grade == "moderate":
            kinds += " (two or more trials that agree can reach `strong`)"
        lines.append(f"| `{grade}` | {needs} | {kinds} |")
    return "\n".join(lines)
