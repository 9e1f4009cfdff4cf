"""The site's search answers readers in their own words, on a phone, as they see it.

Every query in tests/search_queries.yaml is typed into the search page of the built site
(Pagefind) in Chromium, reached by the header's magnifier; the results list is read as shown.
Goal: >= 90% answered at rank 1, all in the top 3 (figures: `python -m bench.search`).
"""

from __future__ import annotations

import pytest
from searching import Score, queries, rank, site_search

RANK1_GOAL, TOP3_GOAL = 90, 100  # the goal (issue 15)
# What the site reaches today (bench/results/search.md): a change that loses ground fails here.
RANK1_FLOOR, TOP3_FLOOR = 79, 88


@pytest.fixture(scope="module")
def searched(browser, server: str):
    """Every query's results, read once on a phone-sized page (62 queries take a minute or two)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield {q.query: (q, site_search(page, server, q.query)) for q in queries()}
    context.close()


def test_the_query_set_is_big_and_written_for_pages_that_exist(built) -> None:
    asked = queries()
    assert len(asked) >= 50
    missing = [(q.query, a) for q in asked for a in q.answers if not (built.root / a / "index.html").exists()]
    assert not missing, f"the query set names pages the site does not have: {missing}"


def scored(searched) -> Score:
    return Score({text: rank(found, q.answers) for text, (q, found) in searched.items()})


def check_reaches(score: Score, rank1: float, top3: float) -> None:
    assert score.top3 >= top3, f"top 3 {score.top3:.0f}%: " + "; ".join(
        m for m in score.misses() if not m.endswith(("rank 1", "rank 2", "rank 3")))
    assert score.rank1 >= rank1, f"rank 1 {score.rank1:.0f}%: " + "; ".join(score.misses())


def test_readers_queries_find_their_answer_no_worse_than_today(searched) -> None:
    check_reaches(scored(searched), RANK1_FLOOR, TOP3_FLOOR)


@pytest.mark.xfail(strict=True, reason="not reached yet: see the misses in bench/results/search.md; "
                                       "when this passes, raise the floor and drop this mark")
def test_readers_queries_find_their_answer_first(searched) -> None:
    check_reaches(scored(searched), RANK1_GOAL, TOP3_GOAL)


def test_a_result_shows_the_entrys_answer_not_the_back_link(searched, built) -> None:
    _, found = searched["charley horse"]
    top = found[0]
    assert top.path == "glossary/muscle-cramp/" and top.title == "Muscle cramp"
    summary = built.page("glossary/muscle-cramp/").select_one(".ca-summary").get_text(" ", strip=True)
    assert top.teaser == summary, f"the result shows {top.teaser!r}, not the answer"


def test_bibliography_and_print_pages_never_come_first(searched) -> None:
    ahead = [(text, found[0].path) for text, (q, found) in searched.items()
             if found and found[0].path.startswith(("sources/", "print/"))]
    assert not ahead, f"a bibliography or print page comes first for: {ahead}"


def test_print_guides_are_not_in_the_index_and_lay_words_are(built) -> None:
    fragments = built.root / "pagefind" / "fragment"
    assert fragments.is_dir() and any(fragments.iterdir()), "no Pagefind index in the built site"
    page = built.page("print/calf-stretches/")
    assert page.select_one("[data-pagefind-body]") is None, "a print guide is indexed"
    entry = built.page("glossary/muscle-cramp/")
    assert "charley horse" in entry.select_one("[data-pagefind-body] .ca-aka[data-pagefind-weight]").get_text()


def test_without_javascript_the_search_page_offers_every_section(browser, server: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server)
    page.locator("a.ca-search-link").click()  # the magnifier is a plain link: no script needed
    assert page.url.endswith("/search/")
    note = page.locator(".ca-search__noscript")
    assert note.is_visible() and "JavaScript" in note.inner_text()
    sections = {a.get_attribute("href").strip("./") for a in page.locator("noscript ~ ul a, .md-content ul a").all()}
    context.close()
    for section in ["questions", "glossary", "causes", "prevention", "stretches", "see-a-doctor", "myths", "sources"]:
        assert section in sections, f"no link to {section}/ without JavaScript"
