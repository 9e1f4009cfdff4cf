"""The atlas as open data: what a developer downloading site/data/ gets, checked against data/."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, Site
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from macros.load import citations
from macros.publish.export import cell
from macros.settings import project

KINDS = ["terms", "questions", "causes", "prevention", "stretches", "red-flags", "myths", "first-aid", "coverage", "sources"]


def as_written(value):
    """A YAML value as atlas.json must carry it: dates stay the text YYYY-MM-DD."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: as_written(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_written(v) for v in value]
    return value


def data_entries() -> dict[tuple[str, str], dict]:
    return {(p.parent.name, p.stem): as_written(yaml.safe_load(p.read_text(encoding="utf-8")))
            for kind in KINDS for p in sorted((ROOT / "data" / kind).glob("*.yaml"))}


def published_validator(site: Path) -> Draft202012Validator:
    """The validator a consumer builds from the schemas the site publishes (not from the repo)."""
    schemas = [json.loads(p.read_text(encoding="utf-8")) for p in (site / "schema").glob("*.json")]
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas)
    atlas_schema = next(s for s in schemas if s["$id"].endswith("/atlas.schema.json"))
    return Draft202012Validator(atlas_schema, registry=registry)


@pytest.fixture(scope="session")
def atlas(site: Path) -> dict:
    return json.loads((site / "data" / "atlas.json").read_text(encoding="utf-8"))


def test_atlas_json_validates_against_the_published_schema(site: Path, atlas: dict) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in published_validator(site).iter_errors(atlas)]
    assert not errors, "\n".join(errors[:10])


def test_the_published_schema_rejects_an_entry_that_breaks_its_kinds_schema(site: Path, atlas: dict) -> None:
    broken = copy.deepcopy(atlas)
    broken["entries"]["stretches"][0]["fields"]["region"] = "elbow"
    assert list(published_validator(site).iter_errors(broken))


def test_every_entry_in_data_appears_in_atlas_json_with_identical_values(atlas: dict) -> None:
    """As written, except that reference markers leave the reader-facing text (see `statements`)."""
    exported = {(kind, e["id"]): e["fields"] for kind, entries in atlas["entries"].items() for e in entries}
    expected = data_entries()
    assert exported.keys() == expected.keys()
    for key, fields in expected.items():
        if isinstance(fields.get(citations.FIELD), str):
            fields = {**fields, citations.FIELD: citations.plain(fields[citations.FIELD])}
        assert exported[key] == fields, f"{key[0]}/{key[1]} differs from its YAML file"


def test_each_kind_file_has_the_atlas_shape_with_only_that_kind(site: Path, atlas: dict) -> None:
    validator = published_validator(site)
    for kind in KINDS:
        part = json.loads((site / "data" / f"{kind}.json").read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(part)), kind
        assert list(part["entries"]) == [kind]
        assert part["entries"][kind] == atlas["entries"][kind]


def test_atlas_json_names_its_format_version_commit_and_licence(atlas: dict) -> None:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    assert atlas["schema_version"].startswith("1.")
    assert atlas["commit"] == head
    assert atlas["license"]["content"]["spdx"] == "CC-BY-4.0"
    assert atlas["license"]["code"]["spdx"] == "MIT"


def test_links_and_backlinks_are_resolved_to_titles_and_pages(atlas: dict) -> None:
    entries = {e["id"]: e for kind in atlas["entries"].values() for e in kind}
    stretch = entries["standing-calf-stretch"]
    linked = stretch["links"]["sources"]
    assert [s["id"] for s in linked] == stretch["fields"]["sources"]
    for source in linked:
        assert source["title"] == entries[source["id"]]["fields"]["title"]
        assert source["url"] == entries[source["id"]]["url"]
        assert "standing-calf-stretch" in [e["id"] for e in entries[source["id"]]["backlinks"]["stretches"]]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_csv_opens_with_the_csv_module_one_row_per_entry(site: Path, kind: str) -> None:
    with (site / "data" / f"{kind}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = {entry_id: fields for (k, entry_id), fields in data_entries().items() if k == kind}
    assert sorted(row["id"] for row in rows) == sorted(expected)
    for row in rows:
        fields = expected[row["id"]]
        assert row["title"] == fields["title"]
        if "sources" in fields:  # a list field, joined
            assert row["sources"] == "; ".join(fields["sources"])


def test_stretch_csv_splits_the_dose_into_columns(site: Path) -> None:
    with (site / "data" / "stretches.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    dose = data_entries()[("stretches", "standing-calf-stretch")]["dose"]
    assert rows["standing-calf-stretch"]["dose.flexibility.hold"] == cell(dose["flexibility"]["hold"])  # {min, max} as JSON


def test_the_data_page_python_example_loads_the_served_dataset(built: Site, server: str) -> None:
    code = built.page("data/").select_one("#python ~ pre code")
    example = code.get_text()
    assert len(example.strip().splitlines()) == 3, example
    site_url = project().site_url
    assert site_url in example
    done = subprocess.run([sys.executable, "-c", example.replace(site_url, server)],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert "Standing calf stretch against a wall" in done.stdout


def test_the_data_page_links_every_download(built: Site, site: Path) -> None:
    hrefs = {a["href"] for a in built.page("data/").select("article a[href]")}
    for name in ["atlas.json", *(f"{k}.json" for k in KINDS), *(f"{k}.csv" for k in KINDS)]:
        assert name in hrefs, f"the Data page has no link to {name}"
        assert (site / "data" / name).is_file()
    assert "../schema/atlas.schema.json" in hrefs


def test_the_field_reference_lists_every_field_of_every_schema(built: Site) -> None:
    page = built.page("data/")
    for kind in KINDS:
        table = page.select_one(f"#fields-{kind} + table")
        names = {code.get_text() for code in table.select("td:first-child code")}
        schema = json.loads((ROOT / "macros" / "schema" / f"{kind}.json").read_text(encoding="utf-8"))
        missing = set(schema["properties"]) - names
        assert not missing, f"{kind}: field reference lacks {missing}"


def test_the_data_page_says_how_to_cite_from_citation_cff(built: Site) -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    text = built.text("data/")
    assert cff["title"] in text and "CC-BY-4.0" in text


# The top-level keys CFF 1.2.0 allows (its schema has additionalProperties: false).
CFF_KEYS = {"abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi", "identifiers",
            "keywords", "license", "license-url", "message", "preferred-citation", "references", "repository",
            "repository-artifact", "repository-code", "title", "type", "url", "version"}


def test_citation_cff_has_the_fields_cff_1_2_0_requires_and_no_others() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert set(cff) <= CFF_KEYS, f"not CFF 1.2.0 keys: {set(cff) - CFF_KEYS}"
    assert {"authors", "cff-version", "message", "title"} <= set(cff)
    assert all(str(cff[k]).startswith("https://") for k in ("url", "repository-code", "repository-artifact"))
    assert cff["cff-version"] == "1.2.0"
    assert isinstance(cff["message"], str) and isinstance(cff["title"], str)
    assert cff["authors"] and all("name" in a or "family-names" in a for a in cff["authors"])
    assert cff["type"] in ("software", "dataset")
    assert cff["license"] == "CC-BY-4.0"


def test_licences_are_in_the_repository_footer_and_about(built: Site) -> None:
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in (ROOT / "LICENSE-content").read_text(encoding="utf-8")
    for url in ("", "about/", "stretches/standing-calf-stretch/"):
        assert "CC BY 4.0" in built.page(url).select_one(".md-copyright").get_text(" ")
    assert "Creative Commons Attribution 4.0" in built.text("about/")


def test_the_atlas_schema_knows_every_kind_in_the_registry() -> None:
    from macros.entities import KINDS as REGISTERED

    names = {kind.name for kind in REGISTERED}
    schema = json.loads((ROOT / "macros" / "schema" / "atlas.schema.json").read_text(encoding="utf-8"))
    assert set(schema["properties"]["entries"]["properties"]) == names, "add the new kind to atlas.schema.json"
    assert set(schema["$defs"]["kind_name"]["enum"]) == names
