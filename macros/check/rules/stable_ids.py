"""A published id never disappears: its entry stays, or another entry takes it in `redirect_from`.

Readers, apps and other sites link to /glossary/<id>/ and use ids from atlas.json; an id that
vanishes breaks them silently. data/published-ids.txt records every id the site has published.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.published import REGISTRY, current_from_files, read_registry
from macros.check.rules import Rule
from macros.entities import BY_NAME
from macros.load.documents import Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    current = current_from_files(tree.files)
    live = {c.id for c in current}
    redirected = {old for c in current for old in c.redirect_from}
    registry = f"{tree.root.name}/{REGISTRY}"
    for published in read_registry(tree.root):
        if published.id in live or published.id in redirected:
            continue
        kind = BY_NAME.get(published.kind)
        where = f"{tree.root.name}/{published.kind}/{published.id}.yaml"
        address = f" (published at {kind.section}/{published.id}/)" if kind else ""
        yield Problem(
            registry, published.line, 1,
            f"published id '{published.id}'{address} has disappeared: no entry has it and no entry "
            f"lists it in `redirect_from`",
            f"restore {where}, or add `redirect_from: [{published.id}]` to the entry that replaces it "
            f"so its old address forwards there; do not delete the line")


RULE = Rule("stable-ids", "Published ids never disappear without a redirect.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
