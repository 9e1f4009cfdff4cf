"""An old id in `redirect_from` belongs to one entry and is not a live id.

A redirect page is written where the old entry's page was: if that id is still an entry, the
redirect would replace a live page; if two entries claim it, one of them silently loses.
"""

from __future__ import annotations

from collections.abc import Iterable

from macros.check.rules import Rule
from macros.load.documents import Tree
from macros.problems import Problem


def check(tree: Tree) -> Iterable[Problem]:
    live = {f.id: f.path for f in tree.files}
    claimed: dict[str, str] = {}
    for entry in sorted(tree.files, key=lambda f: f.path):
        data = entry.document.data if isinstance(entry.document.data, dict) else {}
        old_ids = data.get("redirect_from")
        for index, old_id in enumerate(old_ids if isinstance(old_ids, list) else []):
            if not isinstance(old_id, str):
                continue
            line, col = entry.document.position(("redirect_from", index))
            if old_id in live:
                yield Problem(entry.path, line, col, f"'{old_id}' in `redirect_from` is a live entry ({live[old_id]})",
                              "list only ids that no entry has any more; remove it here")
            elif old_id in claimed:
                yield Problem(entry.path, line, col, f"'{old_id}' is already redirected to {claimed[old_id]}",
                              "an old id can forward to one entry only; remove it from one of the two")
            else:
                claimed[old_id] = entry.path


RULE = Rule("redirect-conflict", "An old id forwards to exactly one entry.",
            scope="tree", check=check, severity="error", blocks_publishing=True, fixable=False)
