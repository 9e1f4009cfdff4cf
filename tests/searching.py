"""Run a reader's query through the site's search box in a real browser and read the results
list as a person sees it: the pages in the order shown, each with the text under its title.

Shared by tests/test_search.py (the kept engine must pass) and bench/search.py (the figures).
`material_search` drives Material's built-in search dialog, kept for the comparison in
bench/results/search-engines.md; the site ships `site_search` (Pagefind).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml

# The tuning set (tuned against) and the held-out set (never tuned against; see its header).
QUERY_SETS = {"tuning": Path(__file__).with_name("search_queries.yaml"),
              "held-out": Path(__file__).with_name("search_queries_heldout.yaml")}


@dataclass(frozen=True)
class Query:
    query: str
    answers: tuple[str, ...]  # site paths such as "glossary/muscle-cramp/"


@dataclass(frozen=True)
class Result:
    path: str  # site path of the page, without the #section
    title: str
    teaser: str  # the text shown under the title


def queries(which: str = "tuning") -> list[Query]:
    rows = yaml.safe_load(QUERY_SETS[which].read_text(encoding="utf-8"))
    return [Query(str(row["query"]), tuple(row["answers"])) for row in rows]


def site_path(base: str, href: str) -> str:
    """'http://host/prefix/glossary/x/#y' -> 'glossary/x/' for a site served at base."""
    full = urlsplit(urljoin(base, href)).path
    return full.removeprefix(urlsplit(base).path).removesuffix("index.html")


def material_search(page, base: str, query: str) -> list[Result]:
    """Material's search dialog: open it as a reader does (the magnifier), type, read the list."""
    page.goto(base)
    page.locator("label.md-header__button[for='__search']").click()
    meta = "document.querySelector('.md-search-result__meta').textContent"
    page.wait_for_function(f"() => !/initializ/i.test({meta})")  # the index has loaded
    page.locator("input.md-search__input").press_sequentially(query)  # keys, as a reader types
    page.wait_for_function(f"() => /matching/i.test({meta})")
    # Read the list in one go: Material re-renders it as results arrive, so item-by-item reads race.
    shown = page.evaluate("""() => [...document.querySelectorAll('li.md-search-result__item')].map(item => {
        const link = item.querySelector('a.md-search-result__link');
        const article = link.querySelector('article');
        const heading = article.querySelector('h1, h2');
        return {href: link.getAttribute('href'), title: heading ? heading.innerText : '',
                teaser: [...article.querySelectorAll('p')].map(p => p.innerText).join(' ')};
    })""")
    return [Result(site_path(base, r["href"]), r["title"].strip(), r["teaser"].strip()) for r in shown]


def site_search(page, base: str, query: str) -> list[Result]:
    """The site's search page (Pagefind, docs/search.md): reach it as a reader does, by the
    magnifier in the header, then ask (below)."""
    page.goto(base)
    page.locator("a.ca-search-link").click()
    return ask(page, base, query)


def ask(page, base: str, query: str, typed: bool = True) -> list[Result]:
    """On the search page already open: clear the box, type the query as a reader types it (or,
    typed=False, paste it and tap the keyboard's search key), and read the list once the status
    line names this query in its quotes (a query that is part of the last one must not read the
    last one's list). Asking query after query on one page is how a reader refines a search, and
    spares reloading Pagefind's index for each."""
    box = page.locator("#ca-search-query")
    box.fill("")
    if typed:
        box.press_sequentially(query)  # keys, as a reader types: the list follows each pause
    else:
        box.fill(query)
        box.press("Enter")  # searched at once, not after the typing pause
    page.wait_for_function("q => document.getElementById('ca-search-status').textContent.includes(q)",
                           arg=f"\u201c{query.strip()}\u201d")
    shown = page.evaluate("""() => [...document.querySelectorAll('#ca-search-results > li')].map(li => ({
        href: li.querySelector('a').getAttribute('href'), title: li.querySelector('a').innerText,
        teaser: li.querySelector('p').innerText}))""")
    return [Result(site_path(base, r["href"]), r["title"].strip(), r["teaser"].strip()) for r in shown]


def ask_all(page, base: str, asked: list[Query]) -> dict[str, tuple[Query, list[Result]]]:
    """Every query of a set on one search page, the first reached by the magnifier. Each is pasted
    and searched (what is scored is the list a query gets; typing it key by key, as the tests of
    typed names and typos do, shows the same list after the pause at about twice the time)."""
    found = {}
    site_search(page, base, asked[0].query)  # the page, as a reader reaches it
    for q in asked:
        found[q.query] = (q, ask(page, base, q.query, typed=False))
    return found


def rank(found: list[Result], answers: tuple[str, ...]) -> int | None:
    """1-based position of the first answering page in the list, None if it is not there."""
    for position, result in enumerate(found, start=1):
        if result.path in answers:
            return position
    return None


@dataclass
class Score:
    ranks: dict[str, int | None]

    @property
    def rank1(self) -> float:
        return 100 * sum(r == 1 for r in self.ranks.values()) / len(self.ranks)

    @property
    def top3(self) -> float:
        return 100 * sum(r is not None and r <= 3 for r in self.ranks.values()) / len(self.ranks)

    def misses(self) -> list[str]:
        return [f"{q!r}: rank {r}" for q, r in self.ranks.items() if r != 1]
