"""Render parts of the atlas to HTML through the templates in macros/site/templates/.

Every value from data/ goes through Jinja's autoescaping, so HTML in a YAML file shows as text.
Links are made relative to the page being rendered, so the site works from any base URL.
"""

from __future__ import annotations

import posixpath
import re
from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from macros import entities
from macros.check import grading
from macros.load import citations
from macros.model import dose
from macros.model.atlas import Atlas, Entry
from macros.model.history import Trail
from macros.publish import printing
from macros.settings import COMMAND
from macros.site import structured_data

TEMPLATES = Path(__file__).parent / "templates"
PREFORMATTED = re.compile(r"<pre\b.*?</pre>", re.DOTALL | re.IGNORECASE)


def _segments(path: str) -> list[str]:
    return [part for part in posixpath.normpath("/" + path).split("/") if part]


def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for two site paths, without asking the operating system for the
    working directory on each of the thousands of links a build makes."""
    if path.startswith("/") or start.startswith("/") or ".." in path or ".." in start:
        return posixpath.relpath(path, start)  # only there does the working directory matter
    to, here = _segments(path), _segments(start)
    common = len(posixpath.commonprefix([to, here]))
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."


def relative(page_url: str, target: str) -> str:
    """A link from the page at page_url (e.g. 'stretches/x/') to a site path (e.g. 'glossary/')."""
    here = posixpath.dirname(page_url.rstrip("/") + "/x") if page_url else ""
    path = _relpath(target or ".", here or ".")
    if target.endswith("/") and not path.endswith("/"):
        path += "/"
    return "./" if path in (".", "./") else path


Reference = tuple[int, Entry]  # a marker's number in the entry's reference list, and its source


def reference_list(entry: Entry) -> list[Entry]:
    """The entry's sources as its page lists them: those its details cite, in the order they are
    first cited, so a reader meets [1] before [2] (as on Wikipedia); then the rest, as listed."""
    first_cited = [key for paragraph in citations.paragraphs(entry.details or "") for _, keys in paragraph
                   for key in keys]
    order = {key: n for n, key in enumerate(dict.fromkeys(first_cited))}
    return sorted(entry.linked("sources"), key=lambda source: order.get(source.id, len(order)))  # stable


def cited_paragraphs(entry: Entry) -> list[list[tuple[str, list[Reference]]]]:
    """The entry's details as paragraphs of (text, the references cited right after it)."""
    number = {source.id: (n, source) for n, source in enumerate(reference_list(entry), start=1)}
    return [[(text, [number[key] for key in keys]) for text, keys in paragraph]
            for paragraph in citations.paragraphs(entry.details or "")]


def markdown_safe(html: str) -> str:
    """HTML that Python-Markdown passes through whole: it ends a raw HTML block at a blank line.

    Blank lines between elements are dropped; inside <pre> they are text a reader sees (a YAML
    example), so there every line break is written as &#10; and the block stays one line."""
    html = PREFORMATTED.sub(lambda block: block[0].replace("\n", "&#10;"), html)
    return "\n".join(line for line in html.splitlines() if line.strip())


def bytecode_cache(folder: Path) -> FileSystemBytecodeCache | None:
    """Compiled templates kept in folder between builds (ours here, the theme's in theme_cache.py):
    compiling them cost a build more than rendering every page with them. Jinja keys each compiled
    template by its name and checks its source's checksum, so an edited template is compiled
    afresh; files are replaced whole, so parallel builds may share it. None where the folder
    cannot be made (a read-only checkout only loses the speed-up)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


class Renderer:
    def __init__(self, atlas: Atlas, trail: Trail | None = None, site_url: str = "", cache_dir: Path | None = None):
        self.atlas = atlas
        self.trail = trail  # the review trail's git half; None leaves it off the pages
        self.site_url = site_url  # printed cards carry their page's full address
        self.cache_dir = cache_dir  # compiled templates, kept between builds; None compiles each time

    @cached_property
    def jinja(self) -> Environment:
        env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=self._bytecode_cache(),
        )
        env.filters["abbr"] = self.abbreviate
        env.filters["dose_hold"] = dose.hold
        env.filters["dose_repetitions"] = dose.repetitions
        env.filters["dose_sentence"] = dose.sentence
        env.filters["address_parts"] = printing.address_parts
        env.globals.update(
            atlas=self.atlas,
            tiers=entities.TIERS,
            tier_styles=entities.TIER_STYLES,
            emergency_help=self.emergency_help,
            stretch_warnings=self.atlas.stretch_warnings,
            grades=entities.GRADES,
            type_labels=grading.TYPE_LABELS,
            regions=entities.REGIONS,
            groups=entities.GROUPS,
            verdicts=entities.VERDICTS,
            myth_verdicts=entities.MYTH_VERDICTS,
            cause_statuses=entities.CAUSE_STATUSES,
            purposes=entities.PURPOSES,
            doses=entities.DOSES,
            kinds=entities.BY_NAME,
            attribute_labels=entities.ATTRIBUTES,
            trail=self.trail,
            cited_paragraphs=cited_paragraphs,
            reference_list=reference_list,
            print_drawing=printing.drawing,
            qr_code=printing.qr_path,
            page_address=lambda entry: printing.absolute(self.site_url, entry.site_path),
            card_pdfs=printing.card_pdfs,
            large_print_sheets=lambda entry: printing.card_sheets(self.atlas, entry),
            structured_data=lambda entry: structured_data.script_json(
                structured_data.entry_page(entry, self.site_url)),
        )
        return env

    def _bytecode_cache(self) -> FileSystemBytecodeCache | None:
        return bytecode_cache(self.cache_dir / "jinja") if self.cache_dir is not None else None

    def render(self, template: str, page_url: str, **context: Any) -> str:
        def link(target: Entry | str) -> str:
            return relative(page_url, target.site_path if isinstance(target, Entry) else target)

        return markdown_safe(self.jinja.get_template(template).render(link=link, **context))

    def entry_page(self, entry_id: str, page_url: str) -> str:
        entry = self.atlas.get(entry_id)
        return self.render(entry.kind.template, page_url, entry=entry)

    def section(self, kind: str, page_url: str) -> str:
        """A kind's index page: its entries, grouped the way readers look for them, answer first."""
        template, grouping = SECTION_VIEWS[kind]
        if kind == "stretches":
            grouping = {**grouping, "labels": entities.REGIONS}
        elif "labels" in grouping:
            grouping = {**grouping, "labels": entities.labels(grouping["labels"])}
        printable = {g.slug.removesuffix("-stretches"): g for g in printing.guides(self.atlas, entities.REGIONS)}
        return self.render(template, page_url, entries=sorted(self.atlas.of_kind(kind), key=answer_first),
                           printable=printable if kind == "stretches" else {}, **grouping)

    def guide(self, slug: str, page_url: str) -> str:
        """A printable guide: cover, contents, red flags, then one stretch card per page."""
        chosen = next(g for g in printing.guides(self.atlas, entities.REGIONS) if g.slug == slug)
        return self.render("guide.html", page_url, guide=chosen)

    def schema_reference(self, page_url: str, data: Path) -> str:
        """Fields of every kind, from the schemas, each with the shortest real file as its example."""
        from macros.site.field_reference import kind_fields

        examples = {}
        for kind in entities.KINDS:
            files = sorted((data / kind.name).glob("*.yaml"), key=lambda p: (len(p.read_bytes()), p.name))
            if files:
                examples[kind.name] = {"path": f"data/{kind.name}/{files[0].name}", "text": files[0].read_text(encoding="utf-8")}
        shown = [k for k in entities.KINDS if k.name in examples]
        return self.render("schema_reference.html", page_url, kinds=shown, examples=examples, command=COMMAND,
                           fields_of={k.name: kind_fields(k.name) for k in shown})

    def grading_policy(self, page_url: str) -> str:
        """The grading policy table, from the same table the grade-cap rule enforces."""
        return self.render("grading_policy.html", page_url, rows=grading.policy_rows(),
                           grade_labels=entities.GRADES)

    def glossary_table(self, page_url: str) -> str:
        return self.render("glossary_table.html", page_url, terms=self.atlas.of_kind("terms"))

    @cached_property
    def emergency_help(self) -> Entry | None:
        """The first-aid entry that holds the emergency numbers every emergency shows, if any."""
        return next((e for e in self.atlas.of_kind("first-aid") if e.emergency_numbers), None)

    def home(self, page_url: str, compared: list[str], first_aid: str) -> str:
        stretches = self.atlas.of_kind("stretches")
        return self.render(
            "home.html", page_url,
            compared=[self.atlas.get(term_id) for term_id in compared],
            first_aid=self.atlas.get(first_aid),
            emergencies=[f for f in self.atlas.of_kind("red-flags") if f.tier == "emergency"],
            cramp_stretches=[s for s in stretches if "cramp_relief" in s.dose],
            term_count=len(self.atlas.of_kind("terms")),
        )

    def abbreviate(self, text: object) -> Markup:
        """Escaped text with each glossary abbreviation in it (DOMS, EAMC…) as <abbr title="…">,
        which Material shows as a tooltip. Done here because the pages are HTML from templates,
        which Markdown's abbr extension never looks inside."""
        text = "" if text is None else str(text)
        found = self._abbreviation_pattern
        if found is None:
            return escape(text)
        out, last = Markup(""), 0
        for match in found.finditer(text):
            abbreviation = match[0]
            out += text[last:match.start()]  # a str added to Markup is escaped
            out += Markup('<abbr title="{}">{}</abbr>').format(self._abbreviation_titles[abbreviation], abbreviation)
            last = match.end()
        return out + text[last:]

    @cached_property
    def _abbreviation_titles(self) -> dict[str, str]:
        titles: dict[str, str] = {}
        for term in self.atlas.of_kind("terms"):
            if term.abbreviation:
                titles.setdefault(term.abbreviation, term.title)
        return titles

    @cached_property
    def _abbreviation_pattern(self) -> re.Pattern[str] | None:
        names = sorted(self._abbreviation_titles, key=len, reverse=True)  # longest first: "BFS" before "B"
        return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b") if names else None


# What a reader should do or believe first: a verdict's or status's place in its label list
# (Recommended before Avoid, best-supported before not supported), then evidence strength.
RANKED_BY = {"prevention": ("verdict", "VERDICTS"), "causes": ("status", "CAUSE_STATUSES"),
             "myths": ("verdict", "MYTH_VERDICTS"), "red-flags": ("tier", "TIERS")}  # labels: entities.LABELLED


def answer_first(entry: Entry) -> tuple[int, int, str]:
    """Sort key for a list of entries: verdict or status first, then grade, then title."""
    field_name, labels = RANKED_BY.get(entry.kind.name, ("", ""))
    order = list(entities.labels(labels)) if labels else []
    verdict = order.index(entry.fields[field_name]) if field_name and entry.fields.get(field_name) in order else 0
    grades = list(entities.GRADES)
    grade = grades.index(entry.fields["evidence"]) if entry.fields.get("evidence") in grades else len(grades)
    return verdict, grade, str(entry.fields.get("title", "")).lower()


# How each kind's index page groups its entries: template, then what to group and badge by
# ("labels" names a label list of entities.LABELLED, read from the schemas when the page is made).
SECTION_VIEWS: dict[str, tuple[str, dict[str, Any]]] = {
    "terms": ("grouped_list.html", {"field": "group", "labels": "GROUPS"}),
    "questions": ("grouped_list.html", {"field": "topic", "labels": "GROUPS"}),
    "causes": ("grouped_list.html", {"field": "category", "labels": "CATEGORIES"}),
    "prevention": ("grouped_list.html", {"field": "purpose", "labels": "PURPOSES"}),
    "myths": ("grouped_list.html", {"field": "verdict", "labels": "MYTH_VERDICTS"}),
    "stretches": ("grouped_list.html", {"field": "region"}),  # labels: data/regions.yaml, read per build
    "red-flags": ("red_flags.html", {}),
    "first-aid": ("first_aid_list.html", {}),
    "coverage": ("coverage_table.html", {}),
    "sources": ("bibliography.html", {}),
}
