"""Synthetic atlases at N times the real one: every entry copied N times, each copy linking to
the same copy of its targets, so the graph keeps the real shape (fan-out, back-links, sources)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from macros.check.style import formatted

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
    return value


def generate(real: Path, out: Path, times: int) -> int:
    """Write `times` copies of the real data into out; return the number of entries."""
    shutil.rmtree(out, ignore_errors=True)
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
            fields = {k: relink(v, ids, copy) if k != "title" else (v if copy == 0 else f"{v} ({copy})")
                      for k, v in data.items()}
            body = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=100000)
            # In house style, as `python -m macros fmt` leaves real files.
            target.write_text(formatted(path.parent.name, f"{header}\n{body}"), encoding="utf-8")
            count += 1
    return count
