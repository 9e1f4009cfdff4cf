"""Every page carries schema.org JSON-LD that parses and names the real values from data/."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, Site
from planted import JSON_LD_STEP

SITE_URL = "https://cramp-atlas.github.io/cramp-atlas/"
SECTIONS = {"terms": "glossary", "questions": "questions", "causes": "causes", "prevention": "prevention", "stretches": "stretches",
            "red-flags": "see-a-doctor", "myths": "myths", "sources": "sources"}
ABOUT = {"causes": "applies_to", "prevention": "applies_to", "red-flags": "applies_to",
         "myths": "related_terms", "stretches": "relieves"}


def json_ld(html: Path) -> list[dict]:
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    return [json.loads(s.string) for s in soup.select('script[type="application/ld+json"]')]


def data(kind: str) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "data" / kind).glob("*.yaml"))}


def titles(kind: str = "terms") -> dict[str, str]:
    return {i: " ".join(f["title"].split()) for i, f in data(kind).items()}


def test_every_page_has_exactly_one_json_ld_block_that_parses(built: Site) -> None:
    for html in built.looked_at():
        blocks = json_ld(html)
        assert len(blocks) == 1, f"{html.relative_to(built.root)}: {len(blocks)} JSON-LD blocks"
        assert blocks[0]["@context"] == "https://schema.org" and blocks[0]["@type"], html


def test_entry_pages_are_medical_web_pages_reviewed_and_about_their_conditions(built: Site) -> None:
    terms = titles()
    for kind, section in SECTIONS.items():
        if kind in ("sources", "questions"):  # a publication's page; an FAQPage (below)
            continue
        for entry_id, fields in data(kind).items():
            page = json_ld(built.root / section / entry_id / "index.html")[0]
            where = f"{section}/{entry_id}"
            assert page["@type"] == "MedicalWebPage", where
            assert page["lastReviewed"] == str(fields["last_reviewed"]), where
            assert page["url"] == f"{SITE_URL}{section}/{entry_id}/", where
            assert page["name"] == " ".join(fields["title"].split()), where
            named = [entry_id] if kind == "terms" else fields.get(ABOUT[kind]) or []
            expected = [terms[t] for t in named] or ["Muscle cramp"]
            assert [a["name"] for a in page["about"]] == expected, where
            assert all(a["@type"] == "MedicalCondition" for a in page["about"]), where
            cited = {c["url"].rstrip("/").rsplit("/", 1)[-1] for c in page["citation"]}
            assert cited == set(fields["sources"]), where


def test_a_glossary_term_is_a_medical_condition_with_its_other_names(built: Site) -> None:
    fields = data("terms")["doms"]
    condition = json_ld(built.root / "glossary" / "doms" / "index.html")[0]["mainEntity"]
    assert condition["@type"] == "MedicalCondition"
    assert condition["name"] == fields["title"]
    assert condition["description"] == " ".join(fields["summary"].split())
    assert fields["abbreviation"] in condition["alternateName"]


def test_a_common_question_is_an_faq_page_whose_answer_is_the_entrys(built: Site) -> None:
    terms = titles()
    for question_id, fields in data("questions").items():
        page = json_ld(built.root / "questions" / question_id / "index.html")[0]
        assert page["@type"] == "FAQPage", question_id
        [question] = page["mainEntity"]
        assert question["@type"] == "Question" and question["name"] == fields["title"]
        assert question["acceptedAnswer"]["@type"] == "Answer"
        assert question["acceptedAnswer"]["text"] == " ".join(fields["summary"].split())
        assert [a["name"] for a in page["about"]] == [terms[t] for t in fields.get("related_terms", [])] or ["Muscle cramp"]
        cited = {c["url"].rstrip("/").rsplit("/", 1)[-1] for c in page["citation"]}
        assert cited == set(fields["sources"]), question_id


def test_a_stretch_is_a_how_to_with_its_steps_in_order(built: Site) -> None:
    for stretch_id, fields in data("stretches").items():
        how_to = json_ld(built.root / "stretches" / stretch_id / "index.html")[0]["mainEntity"]
        assert how_to["@type"] == "HowTo"
        assert [s["text"] for s in how_to["step"]] == [" ".join(s.split()) for s in fields["steps"]], stretch_id
        assert [s["position"] for s in how_to["step"]] == list(range(1, len(fields["steps"]) + 1))


def test_a_source_page_describes_the_publication(built: Site) -> None:
    fields = data("sources")["miller-2022-eamc-review"]
    page = json_ld(built.root / "sources" / "miller-2022-eamc-review" / "index.html")[0]
    article = page["mainEntity"]
    assert article["@type"] == "ScholarlyArticle" and article["name"] == fields["title"]
    assert [a["name"] for a in article["author"]] == fields["authors"]
    assert f"https://doi.org/{fields['doi']}" in article["sameAs"]
    assert {a["@type"] for a in article["author"]} == {"Person"}


def test_an_author_list_cut_short_and_an_organisation_are_not_people(built: Site) -> None:
    shortened = json_ld(built.root / "sources" / "hoffman-2017-wilderness-fluid-balance" / "index.html")[0]
    assert shortened["mainEntity"]["author"] == [{"@type": "Person", "name": "Hoffman MD"}]  # not "et al."
    by_body = json_ld(built.root / "sources" / "acsm-2021-stretching-guidelines" / "index.html")[0]
    assert by_body["mainEntity"]["author"] == [{"@type": "Organization", "name": "American College of Sports Medicine"}]


def test_other_pages_describe_themselves_and_the_home_page_is_the_website(built: Site) -> None:
    home = json_ld(built.root / "index.html")[0]
    assert home["@type"] == "WebSite" and home["url"] == SITE_URL
    glossary = json_ld(built.root / "glossary" / "index.html")[0]
    assert glossary["@type"] == "WebPage" and glossary["name"] == "Glossary"
    assert glossary["url"] == f"{SITE_URL}glossary/"


def test_a_closing_script_tag_in_data_cannot_break_out_of_the_json_ld(planted_site: Path) -> None:
    """A closing script tag planted in a stretch's first step (tests/planted.py)."""
    attack = JSON_LD_STEP
    html = planted_site / "stretches" / "standing-calf-stretch" / "index.html"
    raw = html.read_text(encoding="utf-8")
    block = raw.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block.replace("\\u0026", "")
    steps = [s["text"] for s in json.loads(block)["mainEntity"]["step"]]
    assert any(step.startswith(attack) for step in steps), steps  # the reader's text, intact
    soup = BeautifulSoup(raw, "html.parser")
    assert not [s for s in soup.find_all("script") if s.get("type") != "application/ld+json" and "alert(1)" in s.text]
