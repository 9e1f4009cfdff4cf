"""What a folder looks like right now, in one stat per file: the key every per-build cache uses.

Zensical asks for the atlas once per page, so this must stay cheap: no reading, no hashing.
"""

from __future__ import annotations

import os
from pathlib import Path

Stamp = tuple[tuple[str, int, int], ...]  # (path, mtime in ns, size) of every file, sorted


def folder_stamp(*roots: Path) -> Stamp:
    found = []
    for root in roots:
        for folder, _, names in os.walk(root):  # a missing folder yields nothing: check explains it
            for name in names:
                info = os.stat(path := os.path.join(folder, name))
                found.append((path, info.st_mtime_ns, info.st_size))
    return tuple(sorted(found))


def file_stamp(path: Path) -> tuple[str, int, int]:
    try:
        info = path.stat()
    except OSError:
        return (str(path), 0, -1)
    return (str(path), info.st_mtime_ns, info.st_size)
