"""Values read from the environment once per process, so tests and benchmarks can pin them."""

from __future__ import annotations

import datetime as dt
import os
from functools import cache


@cache
def today() -> dt.date:
    """The date checks judge against: CRAMP_ATLAS_TODAY (YYYY-MM-DD) if set, else the clock's."""
    pinned = os.environ.get("CRAMP_ATLAS_TODAY")
    return dt.date.fromisoformat(pinned) if pinned else dt.date.today()
