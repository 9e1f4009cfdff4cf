"""Spotting text copied from the seed: the same eight words in a row, whatever the case or punctuation.

The seed (tests/fixtures/seed/source-text.txt) is the web text this atlas was started from; parts
of it are copied from copyrighted pages and abstracts, so none of it may reach data/ or the site.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed" / "source-text.txt"
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


@functools.cache
def seed_runs() -> frozenset[Run]:
    """Every eight-word run of the seed; empty when the seed is not beside the code (an install)."""
    return frozenset(runs(SEED.read_text(encoding="utf-8"))) if SEED.is_file() else frozenset()
