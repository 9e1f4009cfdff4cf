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
    fact: bool = True  # fact-bearing kinds cite sources, carry a grade and a review date


KINDS: tuple[Kind, ...] = (
    Kind("terms", "glossary term", "glossary", "Glossary", "term.html"),
    Kind("causes", "cause", "causes", "Causes and risk factors", "cause.html"),
    Kind("prevention", "prevention or treatment", "prevention", "Prevention and treatment", "prevention.html"),
    Kind("stretches", "stretch", "stretches", "Stretches", "stretch.html"),
    Kind("red-flags", "red flag", "see-a-doctor", "When to see a doctor", "red_flag.html"),
    Kind("myths", "myth", "myths", "Myths", "myth.html"),
    Kind("sources", "source", "sources", "Sources", "source.html", fact=False),
)
BY_NAME = {kind.name: kind for kind in KINDS}

# Labels readers see for the coded values in the data, in display order.
TIERS = {
    "emergency": "Emergency: get help now",
    "same-day": "See a doctor today",
    "routine": "Book an appointment",
    "self-care": "Fine to manage yourself",
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
