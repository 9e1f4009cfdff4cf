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

from searching import QUERY_SETS, Score, ask_all, queries, rank

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
            for text, (q, found) in ask_all(page, base, queries(which)).items():
                ranks[text] = rank(found, q.answers)
                shown[text] = [r.path or "(home)" for r in found[:3]]
            scored[which] = (Score(ranks), shown)
        browser.close()
    return scored


# Figures of earlier versions, kept with each run's table. The held-out set was written in session 13.
HISTORY = [
    "| before: Pagefind order, bibliography last (main at bdc236a) | tuning | 73% | 90% |",
    "| named entry first, reference pages last (branch search2) | tuning | 100% | 100% |",
    "| session 13 start: as above, query copies still in `also_called` (main at 13e54eb) | tuning | 100% | 100% |",
    "| session 13 start, same site | held-out | 30% | 35% |",
    "| `also_called` cut back to names (49 query copies, questions and phrases out; 15 names in) | tuning | 71% | 73% |",
    "| `also_called` cut back to names | held-out | 28% | 32% |",
    "| + small words out, one word fewer, names weighted, lists out of the index (branch search-s13) | tuning | 85% | 89% |",
    "| + small words out, one word fewer, names weighted, lists out of the index (branch search-s13) | held-out | 65% | 78% |",
    "| session 14 start (main at df03a5a: new pages since, such as the stiff-neck red flag) | tuning | 82% | 89% |",
    "| session 14 start, same site | held-out | 65% | 78% |",
    "| + entries say what readers type, as their sources do (branch search-s14) | tuning | 87% | 97% |",
    "| + a routine warning follows the entry it warns about; exercise cramp names running | tuning | 90% | 100% |",
    "| same site | held-out | 68% | 80% |",
    "| + a misspelt word read as the nearest word the entries use (Fuse.js) | tuning | 90% | 100% |",
    "| same site | held-out | 70% | 82% |",
]
HISTORY_NOTES = """
The 100% of session 12 was partly the query set copied into the data: queries such as "how to
stop a cramp", "does stretching help sore muscles" and "a cramp that wakes me up" were listed in
entries' `also_called`, shown to readers as "Also called". Session 13 cut `also_called` back to
names people use (charley horse, DOMS, nocturnal leg cramp, wall calf stretch; rule
`also-called-names` now refuses questions and readers' phrases), wrote a held-out set of 40
queries before tuning anything (tests/search_queries_heldout.yaml: typos, mid-cramp phrasing),
and made the search answer reader phrasing instead (docs/assets/search.js, the templates):
- Small words ("a", "my", "for", "how", "does") are left out of the query: Pagefind wants every
  word on one page, so "pickle juice for cramps" found only section lists.
- The query is always asked again with one word fewer, and two fewer while under five entries
  are found; a page found without a word keeps its Pagefind score times the share of words it has.
  "calf locked up at night" finds Night leg cramp though no page says "locked".
- Pagefind `metaWeights`: a word in an entry's other names (meta `names`) counts like one in its
  title (5); the section label (meta `kind`, shown above each result) counts nothing.
- Section lists, the red-flag list and the glossary table are `data-pagefind-ignore`: they repeat
  every entry's title and answer, so they matched almost any query; overview pages show their
  description as the answer.
- Grouping as before (named entry, entries, overviews, bibliography), and a name with every
  typed word ranks by how few other words it has ("Stop a cramp now" before "Will drinking more
  water stop my cramps?").
- Pagefind ranking parameters, tried on the tuning set with the above: pageLength 0.4,
  termFrequency 0.5, termSimilarity 3, termSaturation 1 moved rank 1 by at most 2 points either
  way: left at Pagefind's defaults. Choices were made on the tuning set only, with one exception:
  asking two words fewer only when one fewer found no entry (for tidier lists; the tuning set did
  not move) scored 60%/72% on the held-out set against 65%/78%, and was reverted knowing that. The
  held-out set is therefore not wholly unseen for that one choice; add fresh held-out queries
  before trusting small differences.
- Still missed (session 13) for want of words on the page: "ibuprofen for cramp", "twitching
  after coffee", "cramp during running", typos such as "fasiculations".

Session 14 (branch search-s14), before -> after: tuning 82%/89% -> 90%/100% (rank 1 / top 3),
held-out 65%/78% -> 70%/82%. Changes, chosen on the tuning set only:
- Words readers type, written into entries where their sources say them: the painkillers page
  names ibuprofen and paracetamol (the NHS page does); the caffeine cause says caffeine is in
  coffee, tea, soft drinks and chocolate (a new source, MedlinePlus "Caffeine"); exercise cramp
  says running and gives the survey of 15,778 race entrants, about one in five with a history of
  cramps (Schwellnus 2018, already cited by the atlas); DOMS says "workout" and "worst one to three
  days later" (Cheung 2003); the clot red flag and DVT say the calf (NHS DVT); the 10-minute red
  flag says a cramp that "will not go away" (nidirect). No `also_called` was added.
- A routine or self-care warning (red-flag tier) follows the entry it is a warning about (its
  `applies_to`, Pagefind meta `warns`) when that entry has as many of the reader's words, as the
  entry page shows them: "sore muscles after workout" gives Delayed-onset muscle soreness, then
  "Soreness that is severe...". Same-day and emergency warnings keep their place, and so does a
  warning whose name has every word typed: an urgent sign is never pushed down.
- Typo tolerance: a word of four letters or more that no entry word begins with, or nearly is, is
  read as the nearest word the entries use (Fuse.js 7.5.0 vendored from npm, Apache-2.0, loaded
  only then, over pagefind/words.json written with the index); the status says how it was read.
  The tuning set has no typos, so it did not move; the held-out set has a few.
- Tried and dropped: ranking a page up by the share of the reader's words in its title or other
  names (x(1 + share), also x(1 + share/2) and x(1 + 2 share)): 90% rank 1 at best, trading "cramp
  right now" for "does stretching help sore muscles"; no better, so not kept.
- Left missed at rank 2 or 3, each with a reason: "stiff neck" (the emergency meningitis warning,
  named by the reader's words, stays first on purpose); "twitching after coffee" (the question
  "Is twitching a sign of ALS?" says twitches often come after coffee, and answers it too); "cramp
  during running" (pages titled with "running" and "run out" lead); "salt tablets cramps" (no page
  says salt tablets; the salt pages lead); "sore two days later" (the myth "Soreness means you
  overdid it" leads DOMS); "cramp right now" (the heat-cramps pages say "right away").
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
