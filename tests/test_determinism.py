"""Two builds of the same commit are byte-identical, the sitemap's dates aside.

A reproducible site means a diff of two builds shows only what changed in the data or code, and
a mirror or cache can trust a published file. The builds run side by side (two cores), into two
different folders, so neither timing nor the output path can leak into a page.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
from pathlib import Path

from conftest import BIN, QUIET, ROOT

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


def test_two_builds_of_the_same_commit_are_byte_identical(tmp_path: Path) -> None:
    sites = [tmp_path / "first", tmp_path / "second-build"]
    env = {**os.environ, **QUIET}
    runs = [subprocess.Popen([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for site in sites]
    for run in runs:
        out, _ = run.communicate()
        assert run.returncode == 0, out.decode()
    first, second = sites
    assert files(first) == files(second), files(first) ^ files(second)
    assert len(files(first)) > 100
    differ = sorted(f for f in files(first) if comparable(first, f) != comparable(second, f))
    assert not differ, f"these files differ between two builds of the same commit: {differ[:20]}"
