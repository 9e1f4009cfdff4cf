"""schema.org JSON-LD for entry pages, built from the data so search engines read the same facts.

Every entry page is a MedicalWebPage with `lastReviewed` and `about` (the conditions it concerns);
its main entity says what the entry is: a MedicalCondition for a glossary term, a HowTo for a
stretch, a MedicalSignOrSymptom for a red flag, a ScholarlyArticle for a source. A common
question's page is an FAQPage: its one Question carries the entry's answer.
"""

from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup

from macros.model.atlas import Entry
from macros.publish import printing

CONTEXT = "https://schema.org"
# The field naming the glossary terms (conditions) an entry is about, per kind.
ABOUT_FIELD = {"questions": "related_terms", "causes": "applies_to", "prevention": "applies_to", "red-flags": "applies_to", "first-aid": "applies_to",
               "myths": "related_terms", "stretches": "relieves"}
# What a page is about when its entry names no condition: the atlas's subject.
FALLBACK_ABOUT = {"@type": "MedicalCondition", "name": "Muscle cramp"}
# How a source's author list ends when it stops after a stated number of names (schema/sources.json).
ET_AL = "et al."
# A person is written 'Surname Initials' (Hoffman MD, Martín MA); anything else names an organisation.
PERSON = re.compile(r"\S.* [A-Z]{1,4}")


def script_json(document: dict[str, Any]) -> Markup:
    """JSON safe inside <script>: a `</script>` or `<!--` in a data value cannot end the element."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=False, indent=None)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(text)


def condition(term: Entry, site_url: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "MedicalCondition", "name": term.title,
                            "url": printing.absolute(site_url, term.site_path)}
    if term.abbreviation:
        node["alternateName"] = term.abbreviation
    return node


def about(entry: Entry, site_url: str) -> list[dict[str, Any]]:
    if entry.kind.name == "terms":
        terms = [entry]
    else:
        terms = entry.linked(ABOUT_FIELD.get(entry.kind.name, ""))
    return [condition(t, site_url) for t in terms] or [FALLBACK_ABOUT]


def author(name: str) -> dict[str, str]:
    """An author as schema.org reads one: a Person, or the Organization a consumer page is by."""
    return {"@type": "Person" if PERSON.fullmatch(name) else "Organization", "name": name}


def citation(source: Entry, site_url: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "ScholarlyArticle", "name": source.title,
                            "url": printing.absolute(site_url, source.site_path)}
    if source.authors:
        node["author"] = [author(name) for name in source.authors if name != ET_AL]
    if source.year:
        node["datePublished"] = str(source.year)
    same_as = [u for u in (f"https://doi.org/{source.doi}" if source.doi else None,
                           f"https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/" if source.pmid else None,
                           source.url) if u]
    if same_as:
        node["sameAs"] = same_as
    if source.venue:
        node["isPartOf"] = {"@type": "Periodical", "name": source.venue}
    return node


def main_entity(entry: Entry, site_url: str) -> dict[str, Any] | None:
    kind = entry.kind.name
    if kind == "terms":
        node = condition(entry, site_url)
        node["description"] = entry.summary
        if entry.also_called:
            node["alternateName"] = [n for n in [entry.abbreviation, *entry.also_called] if n]
        return node
    if kind == "stretches":
        return {"@type": "HowTo", "name": entry.title, "description": entry.summary,
                "step": [{"@type": "HowToStep", "position": n, "text": step}
                         for n, step in enumerate(entry.steps, start=1)]}
    if kind == "red-flags":
        return {"@type": "MedicalSignOrSymptom", "name": entry.title, "description": entry.summary}
    return None


def faq_page(entry: Entry, site_url: str) -> dict[str, Any]:
    """A common question's page: a schema.org FAQPage whose one Question has the entry's answer."""
    url = printing.absolute(site_url, entry.site_path)
    return {"@context": CONTEXT, "@type": "FAQPage", "name": entry.title, "url": url, "inLanguage": "en",
            "lastReviewed": str(entry.last_reviewed), "about": about(entry, site_url),
            "citation": [citation(s, site_url) for s in entry.linked("sources")],
            "mainEntity": [{"@type": "Question", "name": entry.title,
                            "acceptedAnswer": {"@type": "Answer", "text": entry.summary, "url": url}}]}


def entry_page(entry: Entry, site_url: str) -> dict[str, Any]:
    """The JSON-LD document for one entry's page."""
    url = printing.absolute(site_url, entry.site_path)
    if entry.kind.name == "questions":
        return faq_page(entry, site_url)
    if entry.kind.name == "sources":  # a page about one publication
        return {"@context": CONTEXT, "@type": "WebPage", "name": entry.title, "url": url,
                "mainEntity": citation(entry, site_url)}
    if not entry.kind.fact:  # a coverage table: a page about the atlas itself
        return {"@context": CONTEXT, "@type": "WebPage", "name": entry.title, "url": url}
    document: dict[str, Any] = {
        "@context": CONTEXT, "@type": "MedicalWebPage", "name": entry.title, "description": entry.summary,
        "url": url, "inLanguage": "en", "lastReviewed": str(entry.last_reviewed),
        "about": about(entry, site_url),
        "citation": [citation(s, site_url) for s in entry.linked("sources")],
    }
    if entry.also_called:  # the words readers use for it (terms also list them on the condition)
        document["alternateName"] = list(entry.also_called)
    if (entity := main_entity(entry, site_url)) is not None:
        document["mainEntity"] = entity
    return document
