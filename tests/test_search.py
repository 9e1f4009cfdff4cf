"""The site's search answers readers in their own words, on a phone, as they see it.

Every query in tests/search_queries.yaml (the tuning set) and tests/search_queries_heldout.yaml
(the held-out set, never tuned against) is typed into the search page of the built site
(Pagefind) in Chromium, reached by the header's magnifier; the results list is read as shown.
The issue's goal: >= 90% answered at rank 1, all in the top 3. Measured figures, and the floors
below them that a change may not fall under: `python -m bench.search`, bench/results/search.md.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from searching import Score, ask, ask_all, queries, rank, site_search

RANK1_GOAL, TOP3_GOAL = 90, 100  # the goal (issue 15)
# Measured (bench/results/search.md, session 14) less a query: a change that loses more fails.
FLOORS = {"tuning": (88, 98), "held-out": (67, 80)}  # (rank 1 %, top 3 %); measured 90/100 and 70/82


def read_all(browser, server: str, which: str) -> dict:
    """Every query's results in one set, asked one after another on one phone-sized search page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    found = ask_all(page, server, queries(which))
    context.close()
    return found


@pytest.fixture(scope="module")
def searched(browser, server: str):
    return read_all(browser, server, "tuning")


@pytest.fixture(scope="module")
def search_page(browser, server: str):
    """One phone-sized search page, reached by the header's magnifier, asked by the tests below
    one query after another as a reader refines a search."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    site_search(page, server, "cramp")
    yield page
    context.close()


def test_the_query_set_is_big_and_written_for_pages_that_exist(built) -> None:
    asked = queries()
    assert len(asked) >= 50
    missing = [(q.query, a) for q in asked for a in q.answers if not (built.root / a / "index.html").exists()]
    assert not missing, f"the query set names pages the site does not have: {missing}"


def scored(searched) -> Score:
    return Score({text: rank(found, q.answers) for text, (q, found) in searched.items()})


def test_the_held_out_set_is_not_the_tuning_set(built) -> None:
    held_out = queries("held-out")
    assert len(held_out) >= 30
    overlap = {q.query for q in held_out} & {q.query for q in queries("tuning")}
    assert not overlap, f"held-out queries also in the tuning set: {overlap}"
    missing = [(q.query, a) for q in held_out for a in q.answers if not (built.root / a / "index.html").exists()]
    assert not missing, f"the held-out set names pages the site does not have: {missing}"


@pytest.mark.parametrize("which", list(FLOORS))
def test_search_is_no_worse_than_measured(browser, server: str, searched, which: str) -> None:
    read = searched if which == "tuning" else read_all(browser, server, which)
    score = scored(read)
    rank1, top3 = FLOORS[which]
    assert score.rank1 >= rank1 and score.top3 >= top3, (
        f"{which}: rank 1 {score.rank1:.0f}% (floor {rank1}), top 3 {score.top3:.0f}% (floor {top3}): "
        + "; ".join(score.misses()))


def test_readers_queries_find_their_answer_first(searched) -> None:
    score = scored(searched)
    assert score.top3 >= TOP3_GOAL, f"top 3 {score.top3:.0f}%: " + "; ".join(
        m for m in score.misses() if not m.endswith(("rank 1", "rank 2", "rank 3")))
    assert score.rank1 >= RANK1_GOAL, f"rank 1 {score.rank1:.0f}%: " + "; ".join(score.misses())


@pytest.mark.parametrize(("typed", "entry"), [
    ("Night leg cramp", "glossary/night-cramp/"),  # its title, in capitals
    ("nocturnal leg cramps", "glossary/night-cramp/"),  # a name it is also called, plural
    ("the burn", "glossary/acute-muscle-soreness/"),  # common words, named exactly
    ("torn muscle", "glossary/muscle-strain/"),
])
def test_typing_an_entrys_name_puts_that_entry_first(search_page, server: str, typed: str, entry: str) -> None:
    """Not in the query set: the rule, not the set. Word statistics alone cannot do this when the
    name's words are on many pages ("cramp" is on half the site)."""
    found = ask(search_page, server, typed)
    assert found and found[0].path == entry, f"{typed!r} -> {[r.path for r in found[:3]]}"


@pytest.mark.parametrize("typed", [
    "calf locked up at night",  # no page says "locked": found without it
    "pickle juice for cramps",  # the page never writes "for"
    "charlie horse",  # misspelt
    "should i stretch before running to avoid cramps",  # a whole question
])
def test_a_readers_own_words_find_the_entry_first(search_page, server: str, typed: str) -> None:
    """Held-out queries, typed on a phone into the search page: no entry lists these words as a
    name, so the query's small words and missing words must not hide the answer."""
    answers = next(q.answers for q in queries("held-out") if q.query == typed)
    found = ask(search_page, server, typed)
    assert found and found[0].path in answers and found[0].teaser, f"{typed!r} -> {[r.path for r in found[:3]]}"


@pytest.mark.parametrize(("typed", "entry", "read_as"), [
    ("claudicaton", "glossary/claudication/", "claudication"),  # a letter left out of a long word
    ("delayed onset muscle sorness", "glossary/doms/", "soreness"),  # one misspelt word of four
])
def test_a_misspelt_word_is_read_as_the_word_the_site_uses(browser, server: str, typed: str, entry: str,
                                                           read_as: str) -> None:
    """Pagefind has no typo tolerance: a word no entry uses is read as the nearest one (Fuse.js,
    vendored), the status says so, and every file it needs comes from the site itself."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    found = site_search(page, server, typed)
    status = page.locator("#ca-search-status").inner_text()
    context.close()
    assert found and found[0].path == entry, f"{typed!r} -> {[r.path for r in found[:3]]}"
    assert f"as “{read_as}”" in status, f"the status does not say how the word was read: {status!r}"
    assert hosts == {urlsplit(server).netloc}, f"the search fetched from another host: {hosts}"


def test_the_words_a_typo_is_read_as_are_the_entries_own(built) -> None:
    """pagefind/words.json: the indexed words of entry and section pages, most used first; not the
    structured data in their scripts, nor the bibliography's author names."""
    words = json.loads((built.root / "pagefind" / "words.json").read_text(encoding="utf-8"))
    assert words[0] == "cramp" and "claudication" in words and "fasciculation" in words
    assert "acceptedanswer" not in words, "the JSON-LD of a question page was read as words"
    author = "swanevelder"  # an author of a cited survey, named only on its source page
    assert author in built.page("sources/schwellnus-2018-runners-cramps/").get_text(" ").lower()
    assert author not in words, "the bibliography's words were listed"


def test_a_contraction_finds_the_plain_words_the_site_writes(search_page, server: str) -> None:
    found = ask(search_page, server, "cramp that won’t stop")  # a phone keyboard's curly apostrophe
    assert found, "nothing found: the site writes “will not”, never “won't”"


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
