"""No broken internal link or anchor anywhere in the built site, by linkchecker (a kept checker).

linkchecker crawls the site over loopback HTTP (anchors are only checked over HTTP), starting
from every reader page so an orphan page is checked too. External links are not fetched. The
site here includes site/print/*.pdf (the `site` fixture runs `.venv/bin/cramp-atlas pdf`).
"""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

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


def test_no_internal_link_or_anchor_is_broken(built: Site, site: Path, site_server: str) -> None:
    # A probe page with two planted breaks rides along, so a checker that sees nothing fails too.
    probe = site / "zz-linkcheck-probe.html"
    probe.write_text('<!doctype html><title>probe</title><a href="no-such-page/">x</a>'
                     '<a href="glossary/muscle-cramp/#no-such-anchor">y</a>', encoding="utf-8")
    try:
        pages = [site_server + p.relative_to(built.root).as_posix() for p in built.html_files()]
        problems = linkchecker(*pages)
    finally:
        probe.unlink()
    planted = {"no-such-page/", "glossary/muscle-cramp/#no-such-anchor"}
    assert {row["urlname"] for row in problems if row["parentname"].endswith(probe.name)} == planted, problems
    broken = [f"{row['parentname']}:{row['line']} -> {row['urlname']}: {row['result']} {row['warningstring']}"
              for row in problems if not row["parentname"].endswith(probe.name)]
    assert not broken, "\n".join(broken)
