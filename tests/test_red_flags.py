"""Issue 14: a red flag never missed. What trusted pages cover, warnings from cited data only,
concrete emergency actions, one figure per fact, and links from signs to stretches and emergencies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, Site, check, edit, line_of, output_file

from macros.entities import TIERS
from macros.model.atlas import load_atlas

TRUSTED_PAGES = {"nhs-leg-cramps", "medlineplus-muscle-cramps", "mayo-muscle-cramp", "cleveland-clinic-muscle-spasms",
                 "allen-2012-nocturnal-leg-cramps"}




# --- 1. the conditions a reader after exercise must not miss ------------------------------------

@pytest.mark.parametrize("flag_id", ["exertional-heat-stroke", "exercise-associated-hyponatraemia",
                                     "compartment-syndrome", "exertional-collapse-sickle-cell-trait"])
def test_the_emergencies_that_look_like_cramps_are_emergency_red_flags(flag_id: str) -> None:
    flag = load_atlas().get(flag_id)
    assert flag.kind.name == "red-flags" and flag.tier == "emergency"
    assert all(source.verified for source in flag.linked("sources")), flag_id


@pytest.mark.parametrize("entry_id,kind", [
    ("over-breathing-tetany", "first-aid"), ("pregnancy", "causes"), ("alcohol", "causes"), ("diabetes", "causes"),
    ("growing-pains", "terms"), ("magnesium-supplements", "prevention"), ("restless-legs-syndrome", "terms"),
    ("myositis", "terms"), ("eyelid-twitching", "terms"), ("heat-cold-and-massage", "prevention"),
    ("longer-stretch-holds-for-older-adults", "prevention")])
def test_each_topic_of_the_issue_has_an_entry_of_the_right_kind(entry_id: str, kind: str) -> None:
    assert load_atlas().get(entry_id).kind.name == kind


def test_look_alikes_are_labelled_mimics_and_magnesium_cites_the_cochrane_review() -> None:
    atlas = load_atlas()
    assert {atlas.get(t).group for t in ("restless-legs-syndrome", "myositis", "growing-pains")} == {"mimic"}
    cochrane = atlas.get("garrison-2020-cochrane-magnesium")
    assert cochrane.doi == "10.1002/14651858.CD009402.pub3" and cochrane.type == "systematic-review"
    assert cochrane in atlas.get("magnesium-supplements").linked("sources")


# --- 2. coverage of trusted pages ------------------------------------------------------------------

def test_every_trusted_page_has_a_coverage_table_whose_topics_are_answered_or_out_of_scope() -> None:
    atlas = load_atlas()
    tables = atlas.of_kind("coverage")
    assert {table.linked("sources")[0].id for table in tables} == TRUSTED_PAGES
    for table in tables:
        # The shortest trusted page (MedlinePlus's Muscle cramps, as archived) covers 8 topics: a
        # table with fewer has been cut back, not matched to its page.
        assert len(table.topics) >= 8, table.id
        for topic in table.topics:
            answers = topic.get("answered_by") or []
            assert bool(answers) != bool(topic.get("out_of_scope")), (table.id, topic["topic"])
            assert all(atlas.get(entry_id).kind.fact for entry_id in answers), (table.id, topic["topic"])


def test_a_topic_neither_answered_nor_out_of_scope_fails_the_check_with_its_fix(scratch_data: Path) -> None:
    rel = "coverage/coverage-nhs-leg-cramps.yaml"
    edit(scratch_data, rel, "  - topic: Quinine from a GP for very bad cramps\n    answered_by: [quinine]\n",
         "  - topic: Quinine from a GP for very bad cramps\n")
    result = check(scratch_data)
    assert result.code == 1, result.out
    line = line_of(scratch_data, rel, "Quinine from a GP")
    assert f"data/{rel}:{line}:" in result.out, result.out
    assert "neither answered nor declared out of scope" in result.out and "`out_of_scope:" in result.out


def test_an_answer_that_names_no_entry_is_reported_with_a_suggestion(scratch_data: Path) -> None:
    rel = "coverage/coverage-nhs-leg-cramps.yaml"
    edit(scratch_data, rel, "answered_by: [quinine]", "answered_by: [quinin]")
    result = check(scratch_data)
    assert result.code == 1, result.out
    assert f"data/{rel}:{line_of(scratch_data, rel, '[quinin]')}:" in result.out
    assert "'answered_by' names 'quinin'" in result.out and "did you mean 'quinine'?" in result.out


def test_the_coverage_page_is_in_the_nav_and_shows_every_topic_and_its_answers(built: Site) -> None:
    assert 'href="coverage/"' in (built.root / "index.html").read_text(encoding="utf-8")
    page = built.page("coverage/")
    rows = page.select("table.ca-coverage tbody tr")
    atlas = load_atlas()
    topics = [t for table in atlas.of_kind("coverage") for t in table.topics]
    assert len(rows) == len(topics)
    text = " ".join(page.get_text(" ").split())
    for topic in topics:
        assert " ".join(topic["topic"].split()) in text
        for entry_id in topic.get("answered_by") or []:
            assert page.select_one(f'a[href$="/{entry_id}/"]'), entry_id


# --- 3. no medical statement in a template ---------------------------------------------------------

# Phrases that are advice, not labels: they must come from data/, where they carry sources.
ADVICE = re.compile(r"ambulance|\b(999|911|112)\b|chest pain|dark urine|trouble breathing|call (an|your|the) "
                    r"(local )?emergency|stretch the (tight )?muscle|rub the muscle|never into pain|hold it until",
                    re.IGNORECASE)


def test_no_template_or_hand_written_page_states_first_aid_or_emergency_advice() -> None:
    # The site-wide disclaimer may say "call your local emergency number": it names no sign and
    # no number, and links to the red flags and numbers in data/.
    disclaimer = ROOT / "overrides" / "partials" / "disclaimer.html"
    places = [*(ROOT / "macros" / "templates").glob("*.html"), *(ROOT / "overrides").rglob("*.html"),
              *(ROOT / "docs").rglob("*.md")]
    places.remove(disclaimer)
    found = {}
    for path in places:
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)  # comments are not shown
        if hits := ADVICE.findall(text):
            found[str(path.relative_to(ROOT))] = hits
    assert not found


def test_every_warning_on_a_stretch_card_is_a_red_flag_from_data_for_its_region(built: Site) -> None:
    atlas = load_atlas()
    for stretch in atlas.of_kind("stretches"):
        card = built.page(stretch.site_path).select_one(".ca-print-card__stop")
        shown = [" ".join(li.get_text(" ").split()) for li in card.select("li")]
        expected = [f for f in atlas.stretch_warnings(stretch) if f.tier != "self-care"]
        for flag in expected:
            assert flag in stretch.linked("red_flags") or stretch.region in (flag.regions or ()), (stretch.id, flag.id)
        rest = {line: line for line in shown}
        for line in shown:  # one line per tier: its label, then the titles of its red flags
            label = next(label for label in TIERS.values() if line.startswith(label + ": "))
            tier = next(tier for tier, name in TIERS.items() if name == label)
            for flag in (f for f in expected if f.tier == tier):
                rest[line] = rest[line].replace(f"{flag.title}.", "", 1)
            assert rest[line].strip() == label + ":", f"{stretch.id}: text that is not a red flag: {rest[line]}"
        assert len(shown) == len({f.tier for f in expected})
        numbers = " ".join(card.select_one(".ca-call").get_text(" ").split())
        for line in atlas.get("call-for-help").emergency_numbers:
            assert f"{line['number']} ({line['where']})" in numbers


def test_a_neck_card_warns_only_of_what_is_sourced_for_the_neck(built: Site) -> None:
    atlas = load_atlas()
    neck_flags = [f for f in atlas.of_kind("red-flags") if "neck" in (f.regions or ())]
    assert neck_flags, "no red flag is sourced for the neck, so neck cards would show only the numbers"
    for stretch in (s for s in atlas.of_kind("stretches") if s.region == "neck"):
        card = built.page(stretch.site_path).select_one(".ca-print-card__stop").get_text(" ")
        assert "chest pain" not in card.lower() and "swollen" not in card.lower(), stretch.id
        for flag in neck_flags:
            assert flag.title in " ".join(card.split()), (stretch.id, flag.id)
    calf = built.page("stretches/standing-calf-stretch/").select_one(".ca-print-card__stop").get_text(" ")
    assert atlas.get("leg-swelling-with-breathlessness").title in " ".join(calf.split())


def test_home_first_aid_and_emergency_box_come_from_data_with_sources(built: Site) -> None:
    atlas = load_atlas()
    page = built.page("")
    now = " ".join(page.select_one(".ca-now").get_text(" ").split())
    aid = atlas.get("stop-a-cramp-now")
    assert all(" ".join(step.split()) in now for step in aid.steps)
    assert page.select_one(".ca-now__sources a[href*='sources/nhs-leg-cramps/']")
    emergency = page.select_one(".ca-emergency")
    for flag in (f for f in atlas.of_kind("red-flags") if f.tier == "emergency"):
        assert emergency.select_one(f'a[href$="see-a-doctor/{flag.id}/"]'), flag.id
    assert "999 (UK)" in " ".join(emergency.get_text(" ").split())


# --- 4. concrete actions, said once; emergency looks different from "today" ------------------------

def words(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", sentence.lower()) if len(w) > 3}


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


def test_no_red_flag_says_the_same_thing_twice() -> None:
    """The summary and the action are read together on every list: neither may repeat the other."""
    repeated = {}
    for flag in load_atlas().of_kind("red-flags"):
        said = sentences(flag.summary) + sentences(flag.action)
        for i, first in enumerate(said):
            for second in said[i + 1:]:
                a, b = words(first), words(second)
                if a and b and len(a & b) / min(len(a), len(b)) >= 0.6:
                    repeated[flag.id] = (first, second)
        if len(re.findall(r"\bcall\b", flag.action.lower())) > 1:
            repeated[flag.id] = flag.action
    assert not repeated


def test_every_emergency_says_what_to_do_now_and_shows_the_numbers_from_data(built: Site) -> None:
    atlas = load_atlas()
    numbers = atlas.get("call-for-help").emergency_numbers
    assert {line["number"] for line in numbers} == {"999", "112", "911"}
    for flag in (f for f in atlas.of_kind("red-flags") if f.tier == "emergency"):
        assert re.search(r"call an emergency number|emergency department", flag.action, re.IGNORECASE), flag.id
        box = built.page(flag.site_path).select_one(".ca-tier--emergency")
        text = " ".join(box.get_text(" ").split())
        for line in numbers:
            assert f"{line['number']} ({line['where']})" in text, (flag.id, line)


def colours(page, selector: str) -> dict[str, str]:
    return page.eval_on_selector(selector, """el => { const s = getComputedStyle(el);
        const t = getComputedStyle(el.querySelector('.admonition-title'));
        return {border: s.borderLeftColor || s.borderColor, title: t.backgroundColor}; }""")


def luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", rgb)[:3]]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_see_a_doctor_today_looks_different_from_an_emergency_and_labels_are_readable(server, browser, scheme) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    page = context.new_page()
    page.goto(server + "stretches/standing-calf-stretch/")
    page.locator(".ca-red-flags").first.screenshot(path=str(output_file(f"stretch-warnings-{scheme}.png")))
    labels = {}
    for tier in ("emergency", "same-day", "routine"):
        selector = f".ca-red-flags li.ca-tier--{tier} > .ca-tier-label"
        style = page.eval_on_selector(selector, """el => { const s = getComputedStyle(el);
            return {bg: s.backgroundColor, fg: s.color, icon: getComputedStyle(el, '::before').content,
                    text: el.textContent}; }""")
        assert contrast(style["bg"], style["fg"]) >= 4.5, (tier, style)
        labels[tier] = style
    first, second = labels["emergency"], labels["same-day"]
    assert first["bg"] != second["bg"] and first["icon"] != second["icon"] and first["text"] != second["text"]
    page.goto(server + "see-a-doctor/")
    emergency, today = colours(page, "div.ca-tier--emergency"), colours(page, "div.ca-tier--same-day")
    assert emergency != today
    context.close()


# --- 5. one figure for how long a cramp lasts and when to get help --------------------------------

def test_entries_that_state_the_cramp_figures_agree() -> None:
    stated: dict[str, set[int]] = {}
    for entry in load_atlas().entries.values():
        for name, value in (entry.fields.get("figures") or {}).items():
            stated.setdefault(name, set()).add(value)
    assert set(stated) == {"cramp_usual_max_minutes", "cramp_get_help_after_minutes"}
    assert all(len(values) == 1 for values in stated.values()), stated


def test_a_different_number_for_the_same_figure_fails_the_check(scratch_data: Path) -> None:
    rel = "first-aid/stop-a-cramp-now.yaml"
    edit(scratch_data, rel, "cramp_usual_max_minutes: 10", "cramp_usual_max_minutes: 15")
    result = check(scratch_data)
    assert result.code == 1, result.out
    assert f"data/{rel}:{line_of(scratch_data, rel, 'cramp_usual_max_minutes')}:" in result.out, result.out
    assert "figure 'cramp_usual_max_minutes' is 15 here but 10 in data/" in result.out
    assert "use 10" in result.out


def test_minutes_written_in_a_text_must_be_the_entrys_figure(scratch_data: Path) -> None:
    rel = "terms/muscle-cramp.yaml"
    edit(scratch_data, rel, "most stop within 10 minutes", "most stop within 15 minutes")
    result = check(scratch_data)
    assert result.code == 1, result.out
    assert f"data/{rel}:{line_of(scratch_data, rel, 'within 15 minutes')}:" in result.out
    assert "the text says '15 minutes', which is not one of this entry's figures" in result.out


# --- 6. links: terms to stretches, red flags to their emergencies ----------------------------------

def test_every_cramp_term_links_to_the_stretches_that_help_it(built: Site) -> None:
    atlas = load_atlas()
    for term in (t for t in atlas.of_kind("terms") if t.group == "cramp"):
        stretches = term.referenced_by("stretches")
        assert stretches, f"{term.id}: no stretch relieves it"
        section = built.page(term.site_path).select_one("#stretches ~ ul.ca-links")
        for stretch in stretches:
            assert section.select_one(f'a[href$="stretches/{stretch.id}/"]'), (term.id, stretch.id)


def test_every_red_flag_with_a_related_emergency_links_to_it(built: Site) -> None:
    atlas = load_atlas()
    emergencies = [f for f in atlas.of_kind("red-flags") if f.tier == "emergency"]
    for flag in (f for f in atlas.of_kind("red-flags") if f.tier != "emergency"):
        terms = set(flag.fields["applies_to"])
        if not any(terms & set(e.fields["applies_to"]) for e in emergencies):
            continue
        worse = [f for f in flag.linked("if_worse") if f.tier == "emergency"]
        assert worse, f"{flag.id} shares a term with an emergency but names none in if_worse"
        box = built.page(flag.site_path).select_one(".ca-if-worse")
        for emergency in worse:
            assert box.select_one(f'a[href$="{emergency.id}/"]'), (flag.id, emergency.id)


def test_if_worse_must_name_a_more_urgent_red_flag(scratch_data: Path) -> None:
    rel = "red-flags/one-leg-swollen-warm-red.yaml"
    edit(scratch_data, rel, "if_worse: [leg-swelling-with-breathlessness]", "if_worse: [calf-pain-when-walking]")
    result = check(scratch_data)
    assert result.code == 1, result.out
    assert f"data/{rel}:{line_of(scratch_data, rel, 'if_worse')}:" in result.out
    assert "not more urgent than this red flag" in result.out


def test_the_statin_swollen_leg_and_cramp_pages_point_where_they_should(built: Site) -> None:
    medicines = built.page("causes/medicines/")
    assert medicines.select_one('.ca-red-flags a[href$="see-a-doctor/statin-muscle-pain-or-dark-urine/"]')
    statin = load_atlas().get("statin-muscle-pain-or-dark-urine")
    assert statin.tier == "same-day" and "dark urine" in statin.title.lower()
    leg = built.page("see-a-doctor/one-leg-swollen-warm-red/")
    assert leg.select_one('.ca-if-worse a[href$="leg-swelling-with-breathlessness/"]')
    assert built.page("glossary/muscle-cramp/").select_one('#stretches ~ ul.ca-links a[href*="stretches/"]')
