"""Synthetic atlases at N times the real one: every entry copied N times, each copy linking to
the same copy of its targets, so the graph keeps the real shape (fan-out, back-links, sources)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from macros.check.style import formatted
from macros.load import citations

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def copy_id(entry_id: str, copy: int) -> str:
    return entry_id if copy == 0 else f"{entry_id}-x{copy}"


def relink(value: object, ids: set[str], copy: int) -> object:
    """Point every id inside a value at the same copy of its target."""
    if isinstance(value, list):
        return [relink(v, ids, copy) for v in value]
    if isinstance(value, dict):
        return {k: relink(v, ids, copy) for k, v in value.items()}
    if isinstance(value, str) and value in ids:
        return copy_id(value, copy)
    if isinstance(value, str) and citations.OPENING in value:  # reference markers cite the same copy
        return citations.MARKER.sub(lambda m: m[0].replace(m["keys"], _relinked_keys(m["keys"], ids, copy)), value)
    return value


def _relinked_keys(keys: str, ids: set[str], copy: int) -> str:
    return citations.KEY.sub(lambda k: copy_id(k[0], copy) if k[0] in ids else k[0], keys)


def copy_title(title: str, copy: int) -> str:
    """The copy's number in its title, before a question's question mark (questions must end in one)."""
    if copy == 0:
        return title
    return f"{title[:-1]} ({copy})?" if title.endswith("?") else f"{title} ({copy})"


def generate(real: Path, out: Path, times: int) -> int:
    """Write `times` copies of the real data into out; return the number of entries."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for shared in real.glob("*.*"):  # the body regions and the published ids, as they are
        shutil.copy(shared, out / shared.name)
    files = sorted(real.glob("*/*.yaml"))
    ids = {f.stem for f in files}
    count = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        header = text.split("\n", 1)[0]
        data = yaml.safe_load(text)
        for copy in range(times):
            target = out / path.parent.name / f"{copy_id(path.stem, copy)}.yaml"
            target.parent.mkdir(parents=True, exist_ok=True)
            fields = {k: relink(v, ids, copy) if k != "title" else copy_title(v, copy) for k, v in data.items()}
            if "redirect_from" in fields:  # an old id forwards to one entry only: each copy has its own
                fields["redirect_from"] = [copy_id(old, copy) for old in fields["redirect_from"]]
            body = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=100000)
            # In house style, as `python -m macros fmt` leaves real files.
            target.write_text(formatted(path.parent.name, f"{header}\n{body}"), encoding="utf-8")
            count += 1
    return count
