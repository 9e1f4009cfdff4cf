"""The registry of entity kinds. A new kind = one schema, one data folder, one template, one line here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str  # data folder, schema file and reference target, e.g. "red-flags"
    singular: str  # how a message names one entry
    section: str  # URL folder of the entry pages
    heading: str  # the section's page title
    template: str  # entry page template in macros/templates/
    word: str = ""  # what a contributor types for one: `new <word> <id>` (default: the folder name)
    fact: bool = True  # fact-bearing kinds cite sources, carry a grade and a review date

    # The one place an entry's file and pages are named from its kind and id.
    def data_file(self, entry_id: str) -> str:
        """Its file relative to the data folder, e.g. 'terms/doms.yaml' (as git and the export name it)."""
        return f"{self.name}/{entry_id}.yaml"

    def page(self, entry_id: str) -> str:
        """Its page's source under docs/, e.g. 'glossary/doms.md' (what gen-files and redirects name)."""
        return f"{self.section}/{entry_id}.md"

    def address(self, entry_id: str) -> str:
        """Its page's address under the site, e.g. 'glossary/doms/'."""
        return f"{self.section}/{entry_id}/"


KINDS: tuple[Kind, ...] = (
    Kind("terms", "glossary term", "glossary", "Glossary", "term.html", word="term"),
    Kind("questions", "question", "questions", "Common questions", "question.html", word="question"),
    Kind("causes", "cause", "causes", "Causes and risk factors", "cause.html", word="cause"),
    Kind("prevention", "prevention or treatment", "prevention", "Prevention and treatment", "prevention.html",
         word="prevention"),
    Kind("stretches", "stretch", "stretches", "Stretches", "stretch.html", word="stretch"),
    Kind("red-flags", "red flag", "see-a-doctor", "When to see a doctor", "red_flag.html", word="red-flag"),
    Kind("myths", "myth", "myths", "Myths", "myth.html", word="myth"),
    Kind("first-aid", "first-aid entry", "first-aid", "First aid", "first_aid.html", word="first-aid"),
    # What trusted pages on cramps cover, topic by topic, and where the atlas answers each.
    Kind("coverage", "coverage table", "coverage", "Coverage", "coverage.html", word="coverage", fact=False),
    Kind("sources", "source", "sources", "Sources", "source.html", word="source", fact=False),
)
BY_NAME = {kind.name: kind for kind in KINDS}

# Labels readers see for the coded values in the data, in display order.
TIERS = {
    "emergency": "Emergency: get help now",
    "same-day": "See a doctor today",
    "routine": "Book an appointment",
    "self-care": "Fine to manage yourself",
}
# How each tier looks: the admonition type (colour and icon) and a short cue word, so that
# "See a doctor today" never looks like "Emergency". CSS: the tiers block in atlas.css.
TIER_STYLES = {
    "emergency": "danger",
    "same-day": "warning",
    "routine": "info",
    "self-care": "success",
}
GRADES = {
    "strong": "Strong evidence",
    "moderate": "Moderate evidence",
    "limited": "Limited evidence",
    "insufficient": "Insufficient evidence",
}
GROUPS = {
    "cramp": "Cramps",
    "spasm": "Spasms",
    "twitch": "Twitches and tremor",
    "soreness": "Soreness and pain",
    "injury": "Injuries",
    "other": "Other conditions",
    "mimic": "Mimics: feel like a cramp, are not",
}
VERDICTS = {
    "recommended": "Recommended",
    "may-help": "May help",
    "unproven": "Unproven",
    "does-not-work": "Does not work",
    "avoid": "Avoid",
}
MYTH_VERDICTS = {
    "false": "False",
    "not-supported": "Not supported",
    "overstated": "Overstated",
    "partly-true": "Partly true",
    "misnamed": "Misnamed",
}
CAUSE_STATUSES = {
    "best-supported": "Best-supported explanation",
    "supported": "Supported",
    "association": "Linked, cause not shown",
    "unproven": "Unproven",
    "not-supported": "Not supported",
    "misnamed": "Misleading name",
}
PURPOSES = {"treat-now": "During an episode", "prevent": "Prevention", "recover": "Recovery"}
DOSES = {"cramp_relief": "To stop a cramp now", "flexibility": "For flexibility"}
ATTRIBUTES = {
    "onset": "How it starts",
    "duration": "How long it lasts",
    "pain": "Does it hurt?",
    "visible": "What you see or feel",
    "relax_at_will": "Can you relax it?",
    "mechanism": "Why it happens",
    "first_aid": "What to do",
}
CATEGORIES = {
    "mechanism": "How cramps happen",
    "risk-factor": "What makes them likelier",
    "medicine": "Medicines linked to cramps",
    "condition": "Illnesses that can show up as cramps",
}


def __getattr__(name: str) -> object:
    # Body regions are data (data/regions.yaml), read from the data folder in use.
    if name == "REGIONS":
        from .model import data_dir
        from .regions import regions

        return regions(data_dir())
    raise AttributeError(name)
