"""The registry of entity kinds. A new kind = one schema, one data folder, one template, one line here."""

from __future__ import annotations

from dataclasses import dataclass

from macros.schema import registry as schemas


@dataclass(frozen=True)
class Kind:
    name: str  # data folder, schema file and reference target, e.g. "red-flags"
    singular: str  # how a message names one entry
    section: str  # URL folder of the entry pages
    heading: str  # the section's page title
    template: str  # entry page template in macros/site/templates/
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

# The labels readers see for the coded values in the data live in the schemas, beside each enum
# (`x-labels`), in the enum's order: one source, so a new value cannot lack a label unnoticed.
LABELLED = {  # name used here and in templates -> (schema, path to the node with the enum)
    "TIERS": ("red-flags", ("properties", "tier")),
    "GRADES": ("common", ("$defs", "evidence")),
    "GROUPS": ("terms", ("properties", "group")),  # questions' `topic` shares the glossary groups
    "VERDICTS": ("prevention", ("properties", "verdict")),
    "MYTH_VERDICTS": ("myths", ("properties", "verdict")),
    "CAUSE_STATUSES": ("causes", ("properties", "status")),
    "PURPOSES": ("prevention", ("properties", "purpose")),
    "CATEGORIES": ("causes", ("properties", "category")),
}


class LabelError(ValueError):
    """A schema enum value with no label (or a label for no value): a schema mistake, named."""


def labels(name: str) -> dict[str, str]:
    """Value -> label, in the enum's order, from the schemas in use."""
    kind, path = LABELLED[name]
    node = schemas.schema(kind)
    for part in path:
        node = node[part]
    given = node.get("x-labels", {})
    if problems := _label_problems(kind, path, node["enum"], given):
        raise LabelError("; ".join(problems))
    return {value: given[value] for value in node["enum"]}


def _label_problems(kind: str, path: tuple[str, ...], values: list[str], given: dict[str, str]) -> list[str]:
    where = f"macros/schema/{kind}.json {'/'.join(path)}"
    return ([f"{where}: value '{v}' has no label — add \"{v}\": \"<what readers see>\" to its x-labels"
             for v in values if not given.get(v)]
            + [f"{where}: x-labels has '{v}', which is not in its enum — remove it, or add it to the enum"
               for v in given if v not in values])


def unlabelled() -> list[str]:
    """Every enum value in the schemas in use that has no label: what a test (and a build) refuses."""
    found = []
    for name in LABELLED:
        try:
            labels(name)
        except LabelError as error:
            found.extend(str(error).split("; "))
    return found


# How each tier looks: the admonition type (colour and icon) and a short cue word, so that
# "See a doctor today" never looks like "Emergency". CSS: the tiers block in atlas.css.
TIER_STYLES = {
    "emergency": "danger",
    "same-day": "warning",
    "routine": "info",
    "self-care": "success",
}
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


def __getattr__(name: str) -> object:
    if name in LABELLED:  # read when used, so each build sees the schemas it began with
        return labels(name)
    # Body regions are data (data/regions.yaml), read from the data folder in use.
    if name == "REGIONS":
        from macros.load.regions import regions
        from macros.settings import project

        return regions(project().data)
    raise AttributeError(name)
