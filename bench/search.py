"""`python -m bench.search`: the reader query set (tests/search_queries.yaml) through the site search.

Builds the site as `make build` does (the Pagefind index included), then in Debian's Chromium at
phone size types every query into the search page, as tests/test_search.py does, and writes rank 1
and top 3, with every query not answered first, to bench/results/search.md. How Pagefind was chosen
over Material's built-in search (figures for both, before and after tuning) is recorded in
bench/results/search-engines.md.
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

from searching import QUERY_SETS, Score, queries, rank, site_search

RESULTS = ROOT / "bench" / "results" / "search.md"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path) -> str:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}/"


def score(base: str, sets: list[str]) -> dict[str, tuple[Score, dict[str, list[str]]]]:
    """Each query set's score, and the first three pages shown for every query."""
    from playwright.sync_api import sync_playwright

    scored = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                    args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        for which in sets:
            ranks, shown = {}, {}
            for q in queries(which):
                found = site_search(page, base, q.query)
                ranks[q.query] = rank(found, q.answers)
                shown[q.query] = [r.path or "(home)" for r in found[:3]]
            scored[which] = (Score(ranks), shown)
        browser.close()
    return scored


# Figures of earlier versions, kept with each run's table (same query set unless said).
HISTORY = [
    "| before: Pagefind order, bibliography last (main at bdc236a) | tuning | 73% | 90% |",
    "| after: named entry first, reference pages last (branch search2) | tuning | 100% | 100% |",
]
HISTORY_NOTES = """
What changed between the two (docs/assets/search.js, macros/templates/_parts.html):
- "cramp" is on half the pages, so Pagefind's word statistics put Muscle cramp 38th and
  hyphenated or longer titles ("Cramp-fasciculation syndrome", "cramping") first. Among Pagefind's
  best 40, the page whose title or also-called name (Pagefind meta `names`) equals the query now
  comes first, then entries whose name contains it, then other entries, then overviews (section
  lists, home, contributor guides), then the bibliography and press coverage.
- Contractions are expanded ("won't" -> "will not", as the site writes), so "cramp won't go away"
  finds something; when nothing matches every word, the rarest word is dropped and the status says so.
- Pagefind ranking options (termSimilarity 0-8, checked) moved rank 1 by at most 3 points: not used.
- Query set: pages added after it was written joined the answers where they answer directly
  (Eyelid twitching, Magnesium supplements, Stop a cramp now, the statin warning); data: "night
  cramps" added to Night leg cramp's also_called, "eyelid twitch" moved off Fasciculation now that
  Eyelid twitching has its own page.
"""


def table(scored: dict[str, tuple[Score, dict[str, list[str]]]]) -> str:
    sizes = ", ".join(f"{len(result.ranks)} {which}" for which, (result, _) in scored.items())
    lines = ["# Search: the reader query sets", "",
             f"`python -m bench.search`: reader queries ({sizes}) typed into the site's search page",
             "(Pagefind) in Chromium at 390 px; a query scores when a page listed as answering it is",
             "first (rank 1) or among the first three results (top 3). The tuning set",
             "(tests/search_queries.yaml) is what the search was tuned against; the held-out set",
             "(tests/search_queries_heldout.yaml) never was, so it is the honest figure. The engine",
             "comparison is in search-engines.md.", "",
             "| query set | rank 1 | top 3 |", "| --- | --- | --- |",
             *(f"| {which} ({len(result.ranks)}), this run | {result.rank1:.0f}% | {result.top3:.0f}% |"
               for which, (result, _) in scored.items()), "",
             "## Earlier figures", "", "| version | query set | rank 1 | top 3 |", "| --- | --- | --- | --- |",
             *HISTORY, HISTORY_NOTES]
    for which, (result, shown) in scored.items():
        lines += [f"## Queries not answered first: {which}", ""]
        misses = [f"- `{q}`: rank {r or 'none'}; first three: {', '.join(shown[q])}"
                  for q, r in result.ranks.items() if r != 1]
        lines += (misses or ["(none)"]) + [""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--only", choices=list(QUERY_SETS),
                        help="score one query set and print it, leaving the results file alone (for tuning: --only tuning)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-q",
                            "--site-dir", str(site)], cwd=ROOT, check=True)
        text = table(score(serve(site), [args.only] if args.only else list(QUERY_SETS)))
    if not args.only:
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
