"""A fact's grade may not exceed what its sources can carry (the policy in macros/check/grading.py)."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.grading import GRADES_ASCENDING, highest_grade, rank
from macros.check.rules import Rule
from macros.check.rules._facts import cited_sources, fact_entries, sources_by_id
from macros.load.documents import Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    sources = sources_by_id(tree)
    for entry in fact_entries(tree):
        grade = entry.document.data.get("evidence")
        cited = [s for s in cited_sources(entry) if isinstance(sources.get(s, {}).get("type"), str)]
        if grade not in GRADES_ASCENDING or not cited:
            continue  # the schema and reference rules explain those
        types = [sources[s]["type"] for s in cited]
        allowed = highest_grade(types)
        if rank(grade) <= rank(allowed):
            continue
        line, col = entry.document.position(("evidence",))
        kinds = ", ".join(f"{s} ({t})" for s, t in zip(cited, types))
        yield Problem(entry.path, line, col,
                      f"evidence '{grade}' is more than its sources can carry: {kinds} allow at most '{allowed}'",
                      f"write `evidence: {allowed}`, or cite a systematic review, meta-analysis or "
                      "guideline (or two or more randomised trials) that supports the fact; the "
                      "grading policy is in CONTRIBUTING.md")


RULE = Rule("grade-cap", "A fact's grade does not exceed what its sources' study designs can carry.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
