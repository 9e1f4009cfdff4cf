"""Two builds of the same commit are byte-identical, the sitemap's dates aside.

A reproducible site means a diff of two builds shows only what changed in the data or code, and
a mirror or cache can trust a published file. The two are the run's `site` and its
`second_build`, made at different times into different folders, so neither timing nor the
output path can leak into a page unnoticed. `site` also holds the PDFs `cramp-atlas pdf` prints
after the build: they are not the build's, so they are left out of the comparison.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def comparable(site: Path, relative: str) -> bytes:
    content = (site / relative).read_bytes()
    if relative == "sitemap.xml.gz":  # gzip stores its own time too
        content = gzip.decompress(content)
    if relative.startswith("sitemap.xml"):
        content = LASTMOD.sub(b"<lastmod/>", content)
    return content


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def test_two_builds_of_the_same_commit_are_byte_identical(site: Path, second_build: Path) -> None:
    second = second_build / "site"
    printed = {f for f in files(site) if f.startswith("print/") and f.endswith(".pdf")}
    assert files(site) - printed == files(second), (files(site) - printed) ^ files(second)
    assert len(files(second)) > 100
    differ = sorted(f for f in files(second) if comparable(site, f) != comparable(second, f))
    assert not differ, f"these files differ between two builds of the same commit: {differ[:20]}"
