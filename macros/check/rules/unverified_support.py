"""No published fact rests on unverified sources alone.

A source may sit unverified while someone works on it, but a fact needs at least one source
whose details a person has matched against a public record."""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.check.rules._facts import cited_sources, fact_entries, sources_by_id
from macros.entities import BY_NAME
from macros.load.documents import Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    sources = sources_by_id(tree)
    for entry in fact_entries(tree):
        cited = [s for s in cited_sources(entry) if s in sources]
        if not cited or any(sources[s].get("verified") is True for s in cited):
            continue
        line, col = entry.document.position(("sources",), key=True)
        names = ", ".join(f"'{s}'" for s in cited)
        yield Problem(entry.path, line, col,
                      f"every source of this {BY_NAME[entry.kind].singular} is unverified ({names})",
                      "verify one of them (set `verified: true` with `checked_against:` and "
                      "`checked_on:`), or add a verified source that says the same")


RULE = Rule("unverified-support", "A fact cites at least one verified source.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
