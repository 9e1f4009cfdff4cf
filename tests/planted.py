"""The planted site: one copy of the real data with a contributor's mistakes and attacks planted
in it, built once per run and read by the tests of each (conftest's `planted_site`).

Each plant used to have a full build of its own; planted together they cost one. They are kept
apart so that one cannot hide another: each lives in its own entry or field, and the tests look
only at the pages their plant shows on.
- escaping (test_escaping): HTML in the standing calf stretch's title and summary;
- JSON-LD (test_structured_data): a closing script tag in that stretch's first step;
- a source being checked (test_content): one verified source set back to unverified;
- a renamed entry (test_stable_ids): the lying hamstring stretch renamed, its old id forwarded.
"""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

from conftest import ROOT, Run, build, edit
from test_contributor_mistakes import STRETCH

from macros.model.atlas import Entry, load_atlas

ESCAPED_SUMMARY = """<script>alert('atlas')</script> "><b onmouseover=alert(2)>bold</b>"""
ESCAPED_TITLE = '''Calf "><img src=x onerror=alert(1)>'''
JSON_LD_STEP = "</script><script>alert(1)</script> & <!-- x"
RENAMED = ("lying-hamstring-stretch", "hamstring-stretch-lying-down")  # old id, new id


def rename(data: Path, old: str, new: str, *, redirect: bool) -> None:
    """Rename an entry the way a contributor would: move the file, fix every reference to it."""
    pattern = re.compile(rf"(?<![a-z0-9-]){re.escape(old)}(?![a-z0-9-])")
    for path in data.glob("*/*.yaml"):
        path.write_text(pattern.sub(new, path.read_text(encoding="utf-8")), encoding="utf-8")
    source = next(data.glob(f"*/{old}.yaml"))
    text = source.read_text(encoding="utf-8")
    if redirect:  # appended: redirect_from is the last field in the agreed order
        text = text.rstrip("\n") + f"\nredirect_from: [{old}]\n"
    (source.parent / f"{new}.yaml").write_text(text, encoding="utf-8")
    source.unlink()


@cache
def unverified() -> tuple[Entry, Entry]:
    """A stretch and a source it cites that every citing entry also backs with a verified source,
    so setting it back to unverified leaves every fact standing (the rules would refuse otherwise).
    Not the renamed stretch or a source it cites: that plant moves those pages."""
    atlas = load_atlas()
    renamed = atlas.entries[RENAMED[0]]
    for stretch in atlas.of_kind("stretches"):
        for source in stretch.linked("sources"):
            citing = [e for e in atlas.entries.values() if source in e.linked("sources")]
            if renamed not in citing and all(any(o.verified and o is not source for o in fact.linked("sources"))
                                             for fact in citing):
                return stretch, source
    raise AssertionError("no source can be set back to unverified without leaving a fact unsourced")


def plant(data: Path) -> None:
    edit(data, STRETCH, "  Lean into a wall", f"  {ESCAPED_SUMMARY} Lean into a wall")
    edit(data, STRETCH, "title: Standing calf stretch against a wall", f"title: '{ESCAPED_TITLE}'")
    edit(data, STRETCH, "  - Lean your hips", f"  - {JSON_LD_STEP} Lean your hips")
    source = data / "sources" / f"{unverified()[1].id}.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("verified: true", "verified: false"), encoding="utf-8")
    rename(data, *RENAMED, redirect=True)


def build_planted(out: Path) -> Run:
    """Into out/site, from out/data: the real data with every plant above."""
    shutil.copytree(ROOT / "data", out / "data")
    plant(out / "data")
    return build(out / "site", data=out / "data")
