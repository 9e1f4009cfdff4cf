"""What a reader sees in the real site built from the real data."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, Site

SECTIONS = {"terms": "glossary", "questions": "questions", "causes": "causes", "prevention": "prevention", "stretches": "stretches",
            "red-flags": "see-a-doctor", "myths": "myths", "sources": "sources"}


def entries(kind: str) -> list[tuple[str, dict]]:
    return [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted((ROOT / "data" / kind).glob("*.yaml"))]


@pytest.mark.parametrize("kind", SECTIONS)
def test_each_section_page_lists_every_entry_with_a_link_to_its_page(built: Site, kind: str) -> None:
    section = SECTIONS[kind]
    page = built.page(f"{section}/")
    hrefs = {a["href"].rstrip("/").split("/")[-1] for a in page.select("article a[href]")}
    for entry_id, fields in entries(kind):
        assert entry_id in hrefs, f"{section}/ has no link to {entry_id}"
        assert " ".join(fields["title"].split()) in built.text(f"{section}/{entry_id}/")


def test_every_internal_link_and_anchor_resolves(built: Site) -> None:
    broken, anchors = [], {}  # each target page's ids, read once however many links point at it
    # 404.html is served at any depth, so MkDocs writes its links absolute: not checked here.
    for html in (h for h in built.looked_at() if h.name != "404.html"):
        page = built.page(str(html.relative_to(built.root)))
        for a in page.select("a[href]"):
            href = a["href"]
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("mailto:", "//")):
                continue
            target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{html.relative_to(built.root)} -> {href}")
            elif parts.fragment and target.suffix == ".html":
                if target not in anchors:
                    anchors[target] = {t["id"] for t in built.page(str(target.relative_to(built.root))).select("[id]")}
                if parts.fragment not in anchors[target]:
                    broken.append(f"{html.relative_to(built.root)} -> {href} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_glossary_table_tells_cramp_spasm_twitch_and_soreness_apart(built: Site) -> None:
    table = built.page("glossary/").select_one("table.ca-compare")
    headers = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = {tr["data-term"]: [td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")}
    for term in ("muscle-cramp", "muscle-spasm", "fasciculation", "doms"):
        assert term in rows, f"{term} missing from the comparison table"
    pain = headers.index("Does it hurt?") - 1
    relax = headers.index("Can you relax it?") - 1
    assert rows["muscle-cramp"][pain] != rows["fasciculation"][pain]
    assert rows["muscle-cramp"][relax] != rows["doms"][relax]
    assert len({tuple(rows[t]) for t in ("muscle-cramp", "muscle-spasm", "fasciculation", "doms")}) == 4


def test_red_flags_page_groups_flags_by_tier_emergency_first(built: Site) -> None:
    page = built.page("see-a-doctor/")
    tiers = [section["aria-labelledby"].removeprefix("tier-") for section in page.select("section.ca-tier-group")]
    order = ["emergency", "same-day", "routine", "self-care"]
    assert tiers == [t for t in order if t in tiers] and tiers[0] == "emergency"
    for flag_id, fields in entries("red-flags"):
        group = page.select_one(f"section.ca-tier--{fields['tier']}")
        assert group.select_one(f'a[href$="{flag_id}/"]'), f"{flag_id} not under {fields['tier']}"


def test_every_page_carries_the_medical_disclaimer_and_no_template_leftovers(built: Site) -> None:
    for html in built.looked_at():
        text = html.read_text(encoding="utf-8")
        assert "{{" not in text and "{%" not in text, f"{html} has unrendered template syntax"
        disclaimer = BeautifulSoup(text, "html.parser").select_one('aside.ca-disclaimer[aria-label="Medical disclaimer"]')
        assert disclaimer is not None, f"{html} lacks the disclaimer"
        words = " ".join(disclaimer.get_text(" ").split())
        assert "Not medical advice" in words and "In an emergency, call your local emergency number" in words, html
        assert disclaimer.select_one('a[href$="#disclaimer"]'), f"{html}: no link to the full disclaimer"


def test_every_page_with_red_flags_in_its_data_shows_them_with_their_urgency(built: Site) -> None:
    flags = dict(entries("red-flags"))
    tiers = {"emergency": "Emergency: get help now", "same-day": "See a doctor today", "routine": "Book an appointment"}
    applies = {}
    for flag_id, fields in flags.items():
        for term in fields.get("applies_to") or []:
            applies.setdefault(term, []).append(flag_id)
    expected = {f"glossary/{term}/": set(fields.get("red_flags") or []) | set(applies.get(term, []))
                for term, fields in entries("terms")}
    expected |= {f"stretches/{stretch}/": set(fields.get("red_flags") or []) for stretch, fields in entries("stretches")}
    shown_somewhere = False
    for url, named in expected.items():
        boxes = built.page(url).select("article .ca-red-flags")  # emergencies first, the rest below
        named = {f for f in named if flags[f]["tier"] in tiers}  # self-care is not a warning
        if not named:
            continue
        shown_somewhere = True
        assert boxes, f"{url} names red flags {sorted(named)} but shows no red-flag box"
        for flag_id in named:
            links = [a for box in boxes for a in box.select(f'a[href$="see-a-doctor/{flag_id}/"]')]
            assert links, f"{url}: {flag_id} is in no red-flag box"
            item = links[0].find_parent("li")
            assert tiers[flags[flag_id]["tier"]] in item.get_text(" "), f"{url}: {flag_id} without its urgency"
    assert shown_somewhere


def test_a_term_page_shows_its_red_flags_with_their_urgency(built: Site) -> None:
    boxes = built.page("glossary/muscle-cramp/").select(".ca-red-flags")
    assert boxes
    assert "See a doctor today" in " ".join(box.get_text(" ") for box in boxes)


def test_a_source_page_lists_every_fact_that_cites_it(built: Site) -> None:
    citing = [i for kind in SECTIONS if kind != "sources" for i, f in entries(kind)
              if "miller-2022-eamc-review" in f.get("sources", [])]
    page = built.page("sources/miller-2022-eamc-review/")
    linked = {a["href"].rstrip("/").split("/")[-1] for a in page.select("#cited-by ~ ul a")}
    assert citing and set(citing) <= linked


def test_abbreviations_get_a_tooltip(built: Site) -> None:
    page = built.page("glossary/")
    assert page.select_one('abbr[title="Delayed-onset muscle soreness"]') is not None


def test_every_glossary_abbreviation_in_a_page_gets_its_tooltip(built: Site) -> None:
    abbreviations = {data["abbreviation"] for _, data in entries("terms") if data.get("abbreviation")}
    assert abbreviations, "no glossary term has an abbreviation: nothing to check"
    word = re.compile(r"\b(" + "|".join(sorted(abbreviations)) + r")\b")
    bare = []
    for html in built.looked_at():
        article = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one("article")
        for text in article.find_all(string=word) if article else []:
            if text.find_parent(["abbr", "script", "code", "pre"]) is None:
                bare.append(f"{html.relative_to(built.root)}: {text.strip()[:80]}")
    assert not bare, "abbreviations shown without their tooltip:\n" + "\n".join(bare[:10])
