"""Spotting text copied from the seed: the same eight words in a row, whatever the case or punctuation.

The seed (seed/source-text.txt, the `seed` setting) is the web text this atlas was started from;
parts of it are copied from copyrighted pages and abstracts, so none of it may reach data/ or the site.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from macros.settings import SEED_FILE, project

SEED = SEED_FILE  # tests read the seed from where production does
RUN = 8  # words in a row that count as copying

Run = tuple[str, ...]


def words(text: str) -> list[str]:
    # Apostrophes vanish so "don't" and "dont" match; every other mark splits words.
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def runs(text: str) -> set[Run]:
    w = words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def copied(text: str, seed: set[Run]) -> list[str]:
    """The seed's eight-word runs found in text, as readable strings."""
    return sorted(" ".join(run) for run in runs(text) & seed)


def seed_runs(seed: Path | None = None) -> frozenset[Run]:
    """Every eight-word run of the seed; empty when the seed is not beside the code (an install)."""
    seed = seed or project().seed
    try:
        return _runs_of(seed, seed.stat().st_mtime_ns)
    except OSError:
        return frozenset()


@functools.lru_cache(maxsize=1)  # keyed on the file's mtime: an edited seed is read again
def _runs_of(seed: Path, _mtime_ns: int) -> frozenset[Run]:
    return frozenset(runs(seed.read_text(encoding="utf-8")))
