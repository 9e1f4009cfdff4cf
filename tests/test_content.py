"""Issue 3's quality bars: original wording, every fact sourced, plain language, answer first."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Site, check, output_file
from planted import unverified

from macros.check import copying
from macros.check.copying import SEED, copied
from macros.cli import readability
from macros.load import citations
from macros.model.atlas import load_atlas


@pytest.fixture(scope="module")
def seed_runs() -> set[tuple[str, ...]]:
    assert SEED.is_file(), "the seed copy must be in the repo: CI has only a clean clone"
    return set(copying.seed_runs())


def test_the_copy_detector_catches_a_copied_sentence(seed_runs) -> None:
    sentence = " ".join(SEED.read_text(encoding="utf-8").split()[40:52])
    assert copied(f"Our words. {sentence.upper()}! More of ours.", seed_runs)


def strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in strings(item)]
    return [str(value)]


def our_words(entry) -> str:
    """Everything we wrote in an entry; a source's title is the publication's, quoted, not ours."""
    fields = {k: v for k, v in entry.fields.items() if not (entry.kind.name == "sources" and k == "title")}
    return "\n".join(citations.plain(text) for text in strings(fields))  # a marker must not split a copied run


def test_no_eight_word_run_of_the_seed_is_in_the_data(seed_runs) -> None:
    found = {str(entry.path): copied(our_words(entry), seed_runs) for entry in load_atlas().entries.values()}
    assert not {path: hits for path, hits in found.items() if hits}


def test_copying_the_seed_into_an_entry_is_reported_at_its_line_with_the_fix(scratch_data: Path) -> None:
    sentence = " ".join(SEED.read_text(encoding="utf-8").split()[40:52])
    term = scratch_data / "terms" / "side-stitch.yaml"
    text = term.read_text(encoding="utf-8")
    assert "also_called: [stitch," in text
    term.write_text(text.replace("also_called: [stitch,", f"also_called: [stitch, {sentence!r},", 1), encoding="utf-8")
    result = check(scratch_data)
    assert result.code == 1, result.out
    line = next(number for number, row in enumerate(text.splitlines(), 1) if row.startswith("also_called:"))
    assert f"data/terms/side-stitch.yaml:{line}:" in result.out, result.out
    assert "copy the seed text" in result.out and "in your own words" in result.out


def test_no_eight_word_run_of_the_seed_is_on_the_site(built, seed_runs) -> None:
    found = {}
    for path in built.looked_at():
        article = built.page(str(path.relative_to(built.root))).select_one("article")
        for quoted in article.select("cite, .ca-source-title") if article else []:
            quoted.decompose()  # publication titles are quoted, not our wording
        if article and (hits := copied(article.get_text(" "), seed_runs)):
            found[str(path.relative_to(built.root))] = hits
    assert not found


def test_every_fact_cites_an_existing_source_with_a_grade_and_review_date() -> None:
    atlas = load_atlas()
    facts = [entry for entry in atlas.entries.values() if entry.kind.fact]
    assert len(facts) >= 80
    for entry in facts:
        cited = entry.linked("sources")
        assert cited and all(source.kind.name == "sources" for source in cited), entry.id
        assert entry.evidence and entry.last_reviewed, entry.id


@pytest.mark.parametrize("kind,minimum", [("terms", 17), ("causes", 14), ("prevention", 10), ("stretches", 12),
                                          ("red-flags", 13), ("myths", 15)])
def test_coverage_of_the_evidence_brief(kind: str, minimum: int) -> None:
    assert len(load_atlas().of_kind(kind)) >= minimum


# The evidence brief's definitions table, one glossary entry per row (contracture has two meanings).
BRIEF_TERMS = ["muscle-cramp", "exercise-associated-muscle-cramp", "night-cramp", "muscle-spasm", "fasciculation",
               "benign-fasciculation-syndrome", "cramp-fasciculation-syndrome", "doms", "acute-muscle-soreness",
               "muscle-strain", "spasticity", "contracture-fixed", "contracture-metabolic", "tetany",
               "tremor-after-lifting", "side-stitch", "claudication", "deep-vein-thrombosis"]


def test_every_term_of_the_brief_is_in_the_glossary_and_the_mimics_are_labelled() -> None:
    atlas = load_atlas()
    glossary = {term.id: term for term in atlas.of_kind("terms")}
    assert not [term for term in BRIEF_TERMS if term not in glossary]
    assert {glossary[term].group for term in ("claudication", "deep-vein-thrombosis")} == {"mimic"}


def test_both_meanings_of_contracture_are_separate_entries_that_point_to_each_other() -> None:
    atlas = load_atlas()
    locking, fixed = atlas.get("contracture-metabolic"), atlas.get("contracture-fixed")
    assert locking.group != fixed.group and locking.title != fixed.title
    assert fixed.id in locking.fields["related_terms"] and locking.id in fixed.fields["related_terms"]


def test_reader_summaries_are_plain_language() -> None:
    found = readability.scores(load_atlas())
    print(readability.report(found, 10))  # the ten hardest, for editing (pytest -s shows them)
    assert readability.median_grade(found) <= readability.TARGET_GRADE


def test_verified_sources_show_the_record_they_were_checked_against(built) -> None:
    for source in (s for s in load_atlas().of_kind("sources") if s.verified):
        checked = built.page(source.site_path).select_one("p.ca-checked a[href]")
        assert checked is not None and checked["href"] == source.checked_against, source.id
        assert str(source.checked_on) in checked.parent.get_text()


def test_printed_cards_never_say_unverified_and_cite_only_checked_sources(built) -> None:
    """A card is what a patient takes home: it names checked sources only, and never "(unverified)"."""
    atlas = load_atlas()
    cards = 0
    for stretch in atlas.of_kind("stretches"):
        for card in built.page(stretch.site_path).select(".ca-print-card"):
            cards += 1
            text = card.get_text(" ")
            assert "unverified" not in text.lower(), stretch.id
            for source in stretch.linked("sources"):
                cited = f"{source.authors[0]}{' et al.' if len(source.authors) > 1 else ''} {source.year or 'n.d.'}"
                assert (cited in text) == bool(source.verified), f"{stretch.id}: {source.id}"
    assert cards


def test_a_source_being_checked_says_so_where_it_is_cited_but_never_on_a_card(planted_site: Path) -> None:
    """Every real source is verified, so the planted site (tests/planted.py) has one that a stretch
    cites beside a verified source set back to unverified: its page says it is being checked, each
    citation of it says "(unverified)", and the stretch's print card leaves it out."""
    atlas = load_atlas()
    stretch, source = unverified()
    site = planted_site
    scratch = Site(site)
    assert "Citation details being checked" in scratch.text(source.site_path)
    for fact in (e for e in atlas.entries.values() if source in e.linked("sources")):
        cited = [li for li in scratch.page(fact.site_path).select("section.ca-sources li")
                 if li.select_one("a[href]")["href"].rstrip("/").endswith(source.id)]
        assert cited and all("(unverified)" in li.get_text() for li in cited), fact.id
    card = scratch.page(stretch.site_path).select_one(".ca-print-card").get_text(" ")
    cited = f"{source.authors[0]}{' et al.' if len(source.authors) > 1 else ''} {source.year or 'n.d.'}"
    assert "unverified" not in card.lower() and cited not in card


def test_a_source_is_verified_only_with_the_record_and_day_it_was_checked() -> None:
    """Flipping `verified` is not enough: the check itself is recorded (and the rule refuses less)."""
    for source in load_atlas().of_kind("sources"):
        if source.verified:
            assert source.checked_against.startswith("https://") and source.checked_on, source.id
        else:
            assert source.verification_note, source.id


def landing(built, page_url: str, href: str) -> Path | None:
    """The built file a link on page_url opens, or None if the click would land nowhere."""
    target = (built.root / page_url / href.split("#")[0]).resolve()
    for candidate in (target / "index.html", target):
        if candidate.is_file():
            return candidate
    return None


def test_every_claim_links_straight_to_its_sources(built) -> None:
    """One click from any fact page lands on the page of each source it cites."""
    atlas = load_atlas()
    broken = {}
    for entry in atlas.entries.values():
        if not entry.kind.fact:  # sources and coverage tables cite nothing themselves
            continue
        section = built.page(entry.site_path).select_one("section.ca-sources")
        assert section, f"{entry.id}: no sources section"
        opened = {landing(built, entry.site_path, a["href"]) for a in section.select("a[href]")}
        wanted = {(built.root / source.site_path / "index.html").resolve() for source in entry.linked("sources")}
        if missing := wanted - opened:
            broken[entry.id] = sorted(str(path.relative_to(built.root)) for path in missing)
    assert not broken


def test_home_compares_cramp_spasm_twitch_and_soreness_in_one_phone_screen(server, phone) -> None:
    """Scrolled to its heading, the whole comparison fits one 390x844 screen, clear of the top bar."""
    phone.goto(server)
    phone.evaluate("document.getElementById('which-one').scrollIntoView({block: 'start'})")
    phone.screenshot(path=str(output_file("home-compare-phone.png")))  # look at it when layout changes
    cards = phone.locator(".ca-compare-card")
    assert cards.count() == 4
    titles = " ".join(cards.all_inner_texts()).lower()
    for word in ("cramp", "spasm", "twitch", "soreness"):
        assert word in titles
    top = phone.locator("header.md-header").bounding_box()
    visible_from, visible_to = top["y"] + top["height"], phone.viewport_size["height"]
    heading = phone.locator("#which-one").bounding_box()
    assert heading["y"] >= visible_from, f"the question is hidden under the top bar: {heading}"
    for i in range(4):
        box = cards.nth(i).bounding_box()
        assert visible_from <= box["y"] and box["y"] + box["height"] <= visible_to, f"card {i} is cut off: {box}"
