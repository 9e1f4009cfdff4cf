"""`python -m bench.search`: the reader query set (tests/search_queries.yaml) through each engine.

Builds the site as `make build` does, then in Debian's Chromium at phone size types every query
into (1) Material's built-in search, the one the site ships, and (2) Pagefind over the same built
pages (the PyPI `pagefind[extended]` binary, installed only for this comparison: pass its Python
with --pagefind-python; skipped without it). Rank 1 and top 3 per engine go to
bench/results/search.md, with every query that is not answered first.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from searching import Score, material_search, pagefind_search, queries, rank  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "search.md"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
# A page for Pagefind's default UI: the comparison needs the engine, not a design.
PAGEFIND_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>
<link href="../pagefind/pagefind-ui.css" rel="stylesheet"><script src="../pagefind/pagefind-ui.js"></script>
</head><body><div id="search"></div><script>
new PagefindUI({element: "#search", showSubResults: false, resetStyles: false});
</script></body></html>"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path) -> str:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}/"


def score(search, base: str) -> tuple[Score, dict[str, list[str]]]:
    from playwright.sync_api import sync_playwright

    ranks, shown = {}, {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                    args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        for q in queries():
            found = search(page, base, q.query)
            ranks[q.query] = rank(found, q.answers)
            shown[q.query] = [r.path or "(home)" for r in found[:3]]
        browser.close()
    return Score(ranks), shown


def pagefind_copy(site: Path, work: Path, python: str, tuned: bool) -> Path:
    """The built site plus a Pagefind index of its article text and a page with Pagefind's UI.
    Tuned: what Material's search is told by data-search-exclude, Pagefind is told by
    data-pagefind-ignore; the lay words (also called) weigh like a title; sources weigh less."""
    copy = work / ("pagefind-tuned" if tuned else "pagefind-site")
    shutil.copytree(site, copy)
    for page in copy.rglob("*.html"):  # index the article, as Material's search does, not the nav
        text = page.read_text(encoding="utf-8")
        text = text.replace('<article class="md-content__inner', '<article data-pagefind-body class="md-content__inner', 1)
        if tuned:
            text = text.replace("data-search-exclude", "data-search-exclude data-pagefind-ignore")
            text = text.replace('<p class="ca-aka">', '<p class="ca-aka" data-pagefind-weight="7">')
            text = text.replace('<p class="ca-summary">', '<p class="ca-summary" data-pagefind-weight="2">')
            text = text.replace('<article class="ca-entry ca-entry--sources"', '<article data-pagefind-weight="0.2" class="ca-entry ca-entry--sources"')
            if "/print/" in page.as_posix():
                text = text.replace("data-pagefind-body", "")
        page.write_text(text, encoding="utf-8")
    (copy / "search").mkdir(exist_ok=True)
    (copy / "search" / "index.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    subprocess.run([python, "-m", "pagefind", "--site", str(copy), "--quiet"], check=True)
    return copy


def table(rows: dict[str, tuple[Score, dict[str, list[str]]]]) -> str:
    total = len(queries())
    lines = ["# Search: the reader query set", "",
             f"`python -m bench.search`: {total} queries from tests/search_queries.yaml typed into each engine's",
             "search box in Chromium at 390 px; a query scores when a page listed as answering it is",
             "first (rank 1) or among the first three results (top 3).", "",
             "| engine | rank 1 | top 3 |", "| --- | --- | --- |"]
    lines += [f"| {name} | {s.rank1:.0f}% | {s.top3:.0f}% |" for name, (s, _) in rows.items()]
    for name, (s, shown) in rows.items():
        lines += ["", f"## {name}: queries not answered first", ""]
        misses = [f"- `{q}`: rank {r or 'none'}; first three: {', '.join(shown[q])}"
                  for q, r in s.ranks.items() if r != 1]
        lines += misses or ["(none)"]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--pagefind-python", help="a Python with pagefind[extended] installed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        site = args.site
        if site is None:
            site = work / "site"
            subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-q",
                            "--site-dir", str(site)], cwd=ROOT, check=True)
        rows = {"Material built-in search (shipped)": score(material_search, serve(site))}
        if args.pagefind_python:
            for tuned, name in ((False, "Pagefind 1.5.2, article text"), (True, "Pagefind 1.5.2, tuned")):
                copy = pagefind_copy(site, work, args.pagefind_python, tuned)
                rows[name] = score(pagefind_search, serve(copy))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(table(rows), encoding="utf-8")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
