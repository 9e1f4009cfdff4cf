"""Every kind of contributor mistake gets file, line, column and what to write instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import build, check, edit, line_of

STRETCH = "stretches/standing-calf-stretch.yaml"
TERM = "terms/muscle-cramp.yaml"
CHEUNG = "sources/cheung-2003-doms.yaml"
SHEEAN = "sources/sheean-spasticity-neurophysiology.yaml"
ONE_PAGE = "red-flags/stiff-neck-with-fever-or-rash.yaml"  # rests on one health-service page
QUESTION = "questions/how-long-does-a-cramp-last.yaml"




def add(data: Path, rel: str, text: str) -> None:
    (data / rel).write_text(text, encoding="utf-8")


UNUSED_SOURCE = """# yaml-language-server: $schema=../../macros/schema/sources.json
title: A paper nobody cites yet
authors: [Smith A]
year: 2020
url: https://example.org/paper
type: narrative-review
verified: true
checked_against: https://example.org/paper
checked_on: 2026-11-30
"""




# A figure folded up into a ball: what the "fills its frame" check is for.
SMALL_FROM = """  torso: 165
  head: 165
  arms: {near: [115, 100], far: [110, 95]}
  legs: {near: [-26, -26, 90], far: [30, -15, 90]}
  props: [floor, wall]
  target: [near-shin]
  move: {at: hips, toward: 90}
  touch: {near-hand: wall, near-heel: floor, far-heel: floor}"""
SMALL_TO = """  torso: 100
  head: 100
  arms: {near: [180, 0], far: [180, 0]}
  legs: {near: [150, -30, 90], far: [150, -30, 90]}
  props: [floor]"""

# (name, how to break the data, file, text on the reported line, message, hint)
MISTAKES = [
    ("misspelt field", lambda d: edit(d, STRETCH, "summary:", "sumary:"), STRETCH, "sumary:",
     "unknown field 'sumary'", "did you mean 'summary'?"),
    ("missing field", lambda d: edit(d, STRETCH, "evidence: limited\n", ""), STRETCH, None,
     "missing required field 'evidence'", "add `evidence:`"),
    ("value not allowed", lambda d: edit(d, "red-flags/dark-urine-after-exercise.yaml", "tier: emergency", "tier: emergancy"),
     "red-flags/dark-urine-after-exercise.yaml", "tier:", "'emergancy' is not an allowed value for 'tier'",
     "did you mean 'emergency'?"),
    ("unquoted no", lambda d: edit(d, TERM, 'relax_at_will: "No"', "relax_at_will: no"), TERM, "relax_at_will",
     "'attributes.relax_at_will' must be text, not true or false", 'put the text in quotes, e.g. "no"'),
    ("unquoted false as a verdict", lambda d: edit(d, "myths/lactic-acid-causes-cramps.yaml", 'verdict: "false"', "verdict: false"),
     "myths/lactic-acid-causes-cramps.yaml", "verdict:", "'verdict' must be text, not true or false",
     'put the text in quotes, e.g. "false"'),
    ("unknown reference", lambda d: edit(d, STRETCH, "relieves: [muscle-cramp, exercise-associated-muscle-cramp", "relieves: [muscle-cramp, exercise-associated-muscle-cramps"),
     STRETCH, "relieves:", "'relieves' names 'exercise-associated-muscle-cramps', but there is no glossary term with that id",
     "did you mean 'exercise-associated-muscle-cramp'?"),
    ("reference of the wrong kind", lambda d: edit(d, STRETCH, "relieves: [muscle-cramp,", "relieves: [quinine,"),
     STRETCH, "relieves:", "there is no glossary term with that id", "'quinine' is a prevention or treatment; this field takes ids from data/terms/"),
    ("duplicate key", lambda d: edit(d, STRETCH, "region: calf\n", "region: calf\nregion: foot\n"), STRETCH, "region: foot",
     "field 'region' appears twice", "keep one of them"),
    ("yaml alias", lambda d: edit(d, STRETCH, "muscles: [gastrocnemius]", "muscles: &m [gastrocnemius]\nalso: *m"), STRETCH, "muscles:",
     "YAML anchors and aliases", "write the value out in full"),
    ("python tag", lambda d: edit(d, STRETCH, "region: calf", "region: !!python/object/apply:os.system [echo]"), STRETCH, "region:",
     "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed", "remove the tag"),
    ("tab indentation", lambda d: edit(d, STRETCH, "  - Do not bounce", "\t- Do not bounce"), STRETCH, "Do not bounce",
     "YAML syntax", "indent with spaces, not tabs"),
    ("text with a colon", lambda d: edit(d, STRETCH, "title: Standing calf stretch against a wall", "title: Calf stretch: against a wall"),
     STRETCH, "title:", "YAML syntax: mapping values are not allowed", "put text that contains ': ' or ' #' in quotes"),
    ("date in the wrong format", lambda d: edit(d, STRETCH, "last_reviewed: 2026-12-01", "last_reviewed: 24/11/2026"),
     STRETCH, "last_reviewed", "'24/11/2026' is not a valid value for 'last_reviewed'", "YYYY-MM-DD"),
    ("review date in the future", lambda d: edit(d, STRETCH, "last_reviewed: 2026-12-01", "last_reviewed: 2999-01-01"),
     STRETCH, "last_reviewed", "last_reviewed 2999-01-01 is in the future", "write the date the entry was checked"),
    ("source without identifier", lambda d: edit(d, "sources/nhs-leg-cramps.yaml", "url: https://www.nhs.uk/conditions/leg-cramps/\n", ""),
     "sources/nhs-leg-cramps.yaml", None, "a source needs a way to find it", "add at least one of `doi:`, `pmid:` or `url:`"),
    ("doi written as a link", lambda d: edit(d, "sources/miller-2022-eamc-review.yaml", "doi: 10.4085", "doi: https://doi.org/10.4085"),
     "sources/miller-2022-eamc-review.yaml", "doi:", "is not a valid value for 'doi'", "without https://doi.org/"),
    ("arms hidden in the body", lambda d: edit(d, STRETCH, "arms: {near: [115, 100], far: [110, 95]}", "arms: {near: [-15, -15], far: [-15, -15]}"),
     STRETCH, "arms:", "the figure looks wrong: the near arm lies along the body, so it cannot be seen",
     "point `arms.near` away from the torso"),
    ("contact not drawn", lambda d: edit(d, STRETCH, "legs: {near: [-26, -26, 90]", "legs: {near: [-26, -60, 90]"),
     STRETCH, "touch:", "the figure looks wrong: the pose says near-heel touches the floor, but the figure draws it",
     "change the angles of the limb that ends at near-heel until it reaches the floor"),
    ("figure too small for its frame", lambda d: edit(d, STRETCH, SMALL_FROM, SMALL_TO),
     STRETCH, "torso:", "the figure looks wrong: the figure fills only", "so it spans at least 35% of the frame"),
    ("region not listed", lambda d: edit(d, STRETCH, "region: calf", "region: upper-arm"), STRETCH, "region:",
     "'upper-arm' is not a body region in data/regions.yaml", "or add a line `upper-arm: <label readers see>` there"),
    ("no source cited", lambda d: edit(d, STRETCH, "sources: [mkuh-lower-limb-stretches, acsm-2021-stretching-guidelines, miller-2022-eamc-review, nhs-dvt]", "sources: []"),
     STRETCH, "sources:", "'sources' needs at least 1 item(s)", "Ids of the sources"),
    ("verified without evidence", lambda d: edit(d, CHEUNG, "checked_against: https://bmjopensem.bmj.com/lookup/external-ref?access_num=10.2165/00007256-200333020-00005&link_type=DOI\n", ""),
     CHEUNG, "verified:", "`verified: true` without `checked_against:`", "add `checked_against: <https address"),
    ("checked in the future", lambda d: edit(d, CHEUNG, "checked_on: '2026-12-01'", "checked_on: '2999-01-01'"),
     CHEUNG, "checked_on:", "checked_on 2999-01-01 is in the future", "write the day you matched the record"),
    ("fact on unverified sources only", lambda d: edit(d, SHEEAN, "verified: true", "verified: false"),
     "terms/spasticity.yaml", "sources:", "every source of this glossary term is unverified ('sheean-spasticity-neurophysiology')",
     "verify one of them"),
    ("grade above its sources", lambda d: edit(d, ONE_PAGE, "evidence: limited", "evidence: moderate"),
     ONE_PAGE, "evidence:", "evidence 'moderate' is more than its sources can carry: hackney-city-meningitis (consumer-page) allow at most 'limited'",
     "write `evidence: limited`"),
    ("source address is a search page", lambda d: edit(d, "sources/martin-genereviews-mcardle.yaml", "url: https://www.ncbi.nlm.nih.gov/books/NBK1344/", "url: https://www.ncbi.nlm.nih.gov/books/?term=mcardle"),
     "sources/martin-genereviews-mcardle.yaml", "url:", "`url:` https://www.ncbi.nlm.nih.gov/books/?term=mcardle is a search page, not the work itself",
     "give the deep address of the paper or page"),
    ("source address is a home page", lambda d: edit(d, "sources/kmpt-stretching-leaflet.yaml", "url: https://kmpt.nhs.uk/pdf-documents", "url: https://kmpt.nhs.uk/#pdf-documents"),
     "sources/kmpt-stretching-leaflet.yaml", "url:", "is a home page, not the work itself", "give the deep address"),
    ("twins graded differently", lambda d: edit(d, "causes/plain-water-after-sweating.yaml", "evidence: limited", "evidence: insufficient"),
     "myths/water-after-dehydration-causes-cramps.yaml", "evidence:",
     "evidence 'limited' differs from 'insufficient' in data/causes/plain-water-after-sweating.yaml",
     "`evidence: insufficient` here and in data/causes/plain-water-after-sweating.yaml"),
    ("question linking no entry", lambda d: edit(d, QUESTION, "related_terms: [muscle-cramp, night-cramp]\n"
                                                 "related_prevention: [stretch-during-cramp]\nred_flags: [cramp-longer-than-ten-minutes]\n", ""),
     QUESTION, None, "a question links no entry behind its answer", "add at least one of `related_terms:`"),
    ("question without a question mark", lambda d: edit(d, QUESTION, "title: How long does a cramp last?", "title: How long a cramp lasts"),
     QUESTION, "title:", "is not a valid value for 'title'", "ending with a question mark"),
    ("search phrase as another name", lambda d: edit(d, TERM, "also_called: [charley horse, cramp]", "also_called: [charley horse, how to stop a cramp]"),
     TERM, "also_called:", "also_called 'how to stop a cramp' is a question, not another name for this",
     "put a question in data/questions/"),
]


@pytest.mark.parametrize("name,mutate,rel,needle,message,hint", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_mistake_is_reported_at_its_line_with_a_fix(scratch_data: Path, name, mutate, rel, needle, message, hint) -> None:
    mutate(scratch_data)
    result = check(scratch_data)
    assert result.code == 1, result.out
    lines = [line for line in result.out.splitlines() if line.startswith(f"data/{rel}:") and message in line]
    assert lines, f"expected {message!r} for data/{rel}, got:\n{result.out}"
    line = lines[0]
    about_file = [line for line in result.out.splitlines() if line.startswith(f"data/{rel}:")]
    assert len(about_file) == 1, f"one mistake, one message:\n{result.out}"
    assert " — " in line and hint in line.split(" — ", 1)[1], line
    if needle:
        assert line.split(":")[1] == str(line_of(scratch_data, rel, needle)), line
    assert "Traceback" not in result.out


def test_all_errors_are_reported_in_one_run_sorted_by_file_and_line(scratch_data: Path) -> None:
    edit(scratch_data, STRETCH, "summary:", "sumary:")
    edit(scratch_data, STRETCH, "region: calf", "region: calves")
    edit(scratch_data, TERM, "group: cramp", "group: cramps")
    result = check(scratch_data)
    errors = [line for line in result.out.splitlines() if ": error[" in line]
    assert len(errors) >= 3
    keys = [(line.split(":")[0], int(line.split(":")[1])) for line in errors]
    assert keys == sorted(keys)


@pytest.mark.parametrize("name,setup,expected", [
    ("non-UTF-8 file", lambda d: (d / STRETCH).write_bytes((d / STRETCH).read_bytes().replace(b"Do not bounce", b"Do not bounce \xe9")),
     "is not UTF-8 — save the file as UTF-8"),
    ("empty file", lambda d: (d / "terms/new-term.yaml").write_text("# to do\n"), "data/terms/new-term.yaml:1:1: error: the file is empty"),
    (".yml ending", lambda d: shutil.move(d / STRETCH, d / STRETCH.replace(".yaml", ".yml")),
     "this file is not read as an entry, so it would be lost — rename it to standing-calf-stretch.yaml"),
    ("file outside a kind folder", lambda d: shutil.copy(d / STRETCH, d / "standing-calf-stretch.yaml"),
     "data/standing-calf-stretch.yaml:1:1: error[stray-file]: this file is not read as an entry"),
    ("file name is not an id", lambda d: shutil.move(d / STRETCH, d / "stretches/Standing Calf.yaml"),
     "'Standing Calf' is not a valid id (the file name is the id) — rename the file to standing-calf.yaml"),
    ("same id in two folders", lambda d: shutil.copy(d / "myths/lactic-acid-causes-cramps.yaml", d / "causes/lactic-acid-causes-cramps.yaml"),
     "id 'lactic-acid-causes-cramps' is already used by"),
])
def test_file_level_mistake_is_reported(scratch_data: Path, name, setup, expected) -> None:
    setup(scratch_data)
    result = check(scratch_data)
    assert result.code == 1
    assert expected in result.out, result.out


def test_clean_data_passes(scratch_data: Path) -> None:
    result = check(scratch_data)
    assert result.code == 0, result.out
    assert "0 error(s)" in result.out


def test_github_format_prints_workflow_annotations(scratch_data: Path) -> None:
    edit(scratch_data, STRETCH, "summary:", "sumary:")
    result = check(scratch_data, "--format", "github")
    line = line_of(scratch_data, STRETCH, "sumary:")
    assert f"::error file=data/{STRETCH},line={line},col=1,title=schema-shape::unknown field 'sumary'" in result.out


def test_build_fails_with_the_same_message_and_no_traceback(scratch_data: Path, tmp_path: Path) -> None:
    edit(scratch_data, STRETCH, "summary:", "sumary:")
    result = build(tmp_path / "site", data=scratch_data)
    assert result.code != 0
    assert f"data/{STRETCH}:{line_of(scratch_data, STRETCH, 'sumary:')}:1: error[schema-shape]: unknown field 'sumary'" in result.out
    assert "Traceback" not in result.out
    assert not (tmp_path / "site" / "stretches").exists()


def test_a_missing_data_folder_is_an_error_not_an_empty_atlas(tmp_path: Path) -> None:
    result = check(tmp_path / "no-such-data")
    assert result.code == 1
    assert "the data folder does not exist" in result.out


def test_strong_grade_from_a_consumer_page_alone_is_refused_with_the_exact_message(scratch_data: Path) -> None:
    """The grading policy as a rule: one health-service page cannot make a fact 'strong'."""
    edit(scratch_data, ONE_PAGE, "evidence: limited", "evidence: strong")
    result = check(scratch_data)
    line = line_of(scratch_data, ONE_PAGE, "evidence:")
    expected = (
        f"data/{ONE_PAGE}:{line}:11: error[grade-cap]: evidence 'strong' is more than its sources can carry: "
        "hackney-city-meningitis (consumer-page) allow at most 'limited' — write `evidence: limited`, or cite "
        "a systematic review, meta-analysis or guideline (or two or more randomised trials) that "
        "supports the fact; the grading policy is in CONTRIBUTING.md"
    )
    assert result.code == 1
    assert expected in result.out.splitlines(), result.out


def test_two_randomised_trials_can_carry_strong_but_one_cannot() -> None:
    from macros.check.grading import highest_grade

    assert highest_grade(["rct"]) == "moderate"
    assert highest_grade(["rct", "rct"]) == "strong"
    assert highest_grade(["consumer-page", "narrative-review"]) == "limited"
    assert highest_grade(["consumer-page", "systematic-review"]) == "strong"
