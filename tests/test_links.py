"""No broken internal link or anchor anywhere in the built site, by linkchecker (a kept checker).

linkchecker crawls the site over loopback HTTP (anchors are only checked over HTTP). With
--every-page (make test-all) it starts from every reader page, so an orphan page is checked
too, and follows every link. The pull-request run starts from the pages it looks at
(tests/sweep.py: every template and its variants, and every page a change touches) and checks
each of their links and anchors without crawling on: a link is written by a template from data,
so a broken one shows on the sample page of its template or on the page whose data changed.
External links are not fetched. The site here includes site/print/*.pdf (the `site` fixture
runs `.venv/bin/cramp-atlas pdf`).
"""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import sweep
from conftest import BIN, ROOT, Site


def linkchecker(*urls: str) -> list[dict[str, str]]:
    """Every link linkchecker reports as broken or warns about (a missing anchor is a warning)."""
    done = subprocess.run([str(BIN / "linkchecker"), "-f", str(ROOT / "tests" / "linkcheckerrc"),
                           "--no-status", "-o", "csv", *urls], capture_output=True, text=True)
    rows = csv.DictReader(io.StringIO("\n".join(line for line in done.stdout.splitlines() if not line.startswith("#"))),
                          delimiter=";")
    problems = [row for row in rows if row["valid"] != "True" or row["warningstring"]]
    assert problems or done.returncode == 0, done.stdout + done.stderr
    return problems


def test_no_internal_link_or_anchor_is_broken(built: Site, site_mount: Path, site_server: str) -> None:
    # A probe page with two planted breaks rides along, so a checker that sees nothing fails too.
    probe = site_mount / "zz-linkcheck-probe.html"  # beside the site's files, not in the shared site
    probe.write_text('<!doctype html><title>probe</title><a href="no-such-page/">x</a>'
                     '<a href="glossary/muscle-cramp/#no-such-anchor">y</a>', encoding="utf-8")
    try:
        pages = [site_server + p.relative_to(built.root).as_posix() for p in built.looked_at()]
        depth = [] if sweep.EVERY_PAGE else ["--recursion-level", "1"]  # their links, not the links' links
        problems = linkchecker(*depth, *pages, site_server + probe.name)
    finally:
        probe.unlink()
    planted = {"no-such-page/", "glossary/muscle-cramp/#no-such-anchor"}
    assert {row["urlname"] for row in problems if row["parentname"].endswith(probe.name)} == planted, problems
    broken = [f"{row['parentname']}:{row['line']} -> {row['urlname']}: {row['result']} {row['warningstring']}"
              for row in problems if not row["parentname"].endswith(probe.name)]
    assert not broken, "\n".join(broken)
