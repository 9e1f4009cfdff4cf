"""The same question from the same evidence gets the same grade.

A myth and a cause or prevention entry are twins when they are about the same condition (a term
in the myth's `related_terms` is in the other's `applies_to`) and cite exactly the same sources:
they answer one question from one body of evidence, so they must carry one grade."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.grading import GRADES_ASCENDING, rank
from macros.check.rules import Rule
from macros.check.rules._facts import cited_sources, fact_entries
from macros.load.documents import EntryFile, Tree
from macros.problems import Problem

TWIN_KINDS = ("causes", "prevention")


def _terms(entry: EntryFile, field: str) -> set[str]:
    value = entry.document.data.get(field) or []
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def _lower(a: object, b: object) -> str:
    known = [g for g in (a, b) if g in GRADES_ASCENDING]
    return min(known, key=rank) if known else "limited"


def check(tree: Tree) -> Iterable[Problem]:
    facts = list(fact_entries(tree))
    others = [e for e in facts if e.kind in TWIN_KINDS]
    for myth in (e for e in facts if e.kind == "myths"):
        evidence = set(cited_sources(myth))
        grade = myth.document.data.get("evidence")
        for twin in others:
            if (not evidence or set(cited_sources(twin)) != evidence
                    or not _terms(myth, "related_terms") & _terms(twin, "applies_to")):
                continue
            other = twin.document.data.get("evidence")
            if grade == other:
                continue
            line, col = myth.document.position(("evidence",))
            yield Problem(myth.path, line, col,
                          f"evidence '{grade}' differs from '{other}' in {twin.path}, which answers the "
                          "same question from the same sources",
                          f"give both the same grade, at most what the shared sources carry: for example "
                          f"`evidence: {_lower(grade, other)}` here and in {twin.path}")


RULE = Rule("consistent-grade", "A myth and its cause or prevention twin (same condition, same sources) carry the same grade.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
