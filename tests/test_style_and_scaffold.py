"""House style warnings, the `new` scaffold and the `fmt` formatter, as a contributor meets them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build, check, run
from test_contributor_mistakes import MISTAKES, STRETCH, UNUSED_SOURCE, add, edit, line_of

from macros.check.rules import all_rules

LONG = "A summary that goes on. " * 12

# (rule, how to break the data, file, text on the reported line, message, hint): warnings, exit 0
WARNINGS = [
    ("schema-header", lambda d: edit(d, STRETCH, "# yaml-language-server: $schema=../../macros/schema/stretches.json\n", ""),
     STRETCH, None, "the first line does not name the schema for editors",
     "make the first line `# yaml-language-server: $schema=../../macros/schema/stretches.json`"),
    ("key-order", lambda d: edit(d, STRETCH, "region: calf\nmuscles: [gastrocnemius]\n", "muscles: [gastrocnemius]\nregion: calf\n"),
     STRETCH, "region: calf", "field 'region' should come before 'muscles'", "run `.venv/bin/cramp-atlas fmt`"),
    ("trailing-space", lambda d: edit(d, STRETCH, "region: calf\n", "region: calf  \n"), STRETCH, "region: calf",
     "spaces at the end of the line", "delete them"),
    ("long-summary", lambda d: edit(d, STRETCH, "summary: >-\n", f"summary: {LONG.strip()}\nx_old_summary: >-\n")
     or edit(d, STRETCH, "x_old_summary: >-\n  Lean into a wall with your back leg straight to stretch the big muscle of the calf.\n", ""),
     STRETCH, "summary:", "the summary is long (287 characters; aim for 250 or fewer)", "move the rest to `details:`"),
    ("unformatted", lambda d: edit(d, STRETCH, "muscles: [gastrocnemius]", "muscles:   [ gastrocnemius ]"), STRETCH, None,
     "the file is not in house style", "run `.venv/bin/cramp-atlas fmt` and commit the result"),
    ("placeholder", lambda d: edit(d, STRETCH, "evidence: limited", 'evidence: "TODO: evidence"'), STRETCH, "evidence:",
     "'evidence' still has the placeholder 'TODO: evidence'", "replace it: How good the evidence"),
    ("uncited-source", lambda d: add(d, "sources/smith-2020-unused.yaml", UNUSED_SOURCE),
     "sources/smith-2020-unused.yaml", None, "source 'smith-2020-unused' is not cited by any entry",
     "add 'smith-2020-unused' to the `sources:` list"),
]

# Rules whose tests live elsewhere, by the test that feeds them a bad file.
TESTED_ELSEWHERE = {
    "stray-file": "test_contributor_mistakes.py::test_file_level_mistake_is_reported[.yml ending]",
    "file-name": "test_contributor_mistakes.py::test_file_level_mistake_is_reported[file name is not an id]",
    "duplicate-id": "test_contributor_mistakes.py::test_file_level_mistake_is_reported[same id in two folders]",
    "schema-shape": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[misspelt field]",
    "unknown-reference": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[unknown reference]",
    "review-date": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[review date in the future]",
    "stable-ids": "test_stable_ids.py::test_removing_a_published_id_without_a_redirect_fails_naming_the_id_and_the_fix",
    "unrecorded-id": "test_stable_ids.py::test_a_renamed_entry_with_redirect_from_passes_with_a_reminder_to_record_its_new_id",
    "redirect-conflict": "test_stable_ids.py::test_redirect_from_naming_a_live_entry_is_reported_at_its_line",
    "template-text": "test_hostile_templates.py::test_check_refuses_template_delimiters",
    "dose-range": "test_hostile_input.py::test_hostile_value_is_refused_at_its_line_with_a_fix[hold range backwards]",
    "figure": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[arms hidden in the body]",
    "unknown-region": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[region not listed]",
    "copied-text": "test_content.py::test_copying_the_seed_into_an_entry_is_reported_at_its_line_with_the_fix",
    "verification-evidence": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[verified without evidence]",
    "unverified-support": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[fact on unverified sources only]",
    "source-address": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[source address is a search page]",
    "grade-cap": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[grade above its sources]",
    "consistent-grade": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[twins graded differently]",
    "reference-marker": "test_reference_markers.py::test_a_bad_marker_is_reported_at_its_line_and_column",
    "escalation": "rules/test_escalation.py::test_if_worse_naming_a_less_urgent_flag_is_reported",
    "figures-agree": "rules/test_figures_agree.py::test_the_entry_that_differs_from_the_others_is_reported",
    "coverage-answers": "rules/test_coverage_answers.py::test_an_unanswered_topic_and_an_unknown_answer_are_reported",
    "also-called-names": "test_contributor_mistakes.py::test_mistake_is_reported_at_its_line_with_a_fix[search phrase as another name]",
}


def test_every_checker_rule_has_a_test_with_a_bad_file() -> None:
    covered = {w[0] for w in WARNINGS} | set(TESTED_ELSEWHERE)
    assert {rule.id for rule in all_rules()} <= covered
    names = {m[0] for m in MISTAKES}
    for rule, test in TESTED_ELSEWHERE.items():
        module, _, name = test.partition("::")
        assert (ROOT / "tests" / module).is_file(), rule
        if "[" in name:
            assert name.split("[", 1)[1].rstrip("]") in names or module != "test_contributor_mistakes.py" or "file_level" in name


@pytest.mark.parametrize("rule,mutate,rel,needle,message,hint", WARNINGS, ids=[w[0] for w in WARNINGS])
def test_style_warning_names_the_line_and_the_fix_but_does_not_fail(scratch_data: Path, rule, mutate, rel, needle, message, hint) -> None:
    mutate(scratch_data)
    result = check(scratch_data)
    assert result.code == 0, result.out
    about_file = [line for line in result.out.splitlines() if line.startswith(f"data/{rel}:")]
    assert len(about_file) == 1, f"one mistake, one message:\n{result.out}"
    line = about_file[0]
    assert f": warning[{rule}]: " in line and message in line, line
    assert hint in line.split(" — ", 1)[1], line
    if needle:
        assert line.split(":")[1] == str(line_of(scratch_data, rel, needle)), line


def new(data: Path, *args: str):
    return run([sys.executable, "-m", "macros", "new", *args, "--data", str(data)])


@pytest.mark.parametrize("kind", ["cause", "prevention", "stretch", "red-flag", "myth", "term", "source",
                                  "question", "first-aid", "coverage"])
def test_a_new_skeleton_passes_check_unchanged_and_lists_what_to_fill_in(scratch_data: Path, kind: str) -> None:
    result = new(scratch_data, kind, "my-new-entry")
    assert result.code == 0, result.out
    written = next(scratch_data.glob("*/my-new-entry.yaml"))
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=") and "\n# " in text  # header and explanations
    checked = check(scratch_data)
    assert checked.code == 0, checked.out
    todo = [line for line in checked.out.splitlines() if line.startswith(f"data/{written.parent.name}/my-new-entry.yaml:")]
    expected = ("still has the placeholder", "is not cited by any entry")  # a new source is cited next
    assert todo and all(any(e in line for e in expected) for line in todo), checked.out
    assert run([sys.executable, "-m", "macros", "fmt", "--check", "--data", str(scratch_data)]).code == 0


def test_a_new_coverage_table_lists_topics_as_the_schema_wants(scratch_data: Path) -> None:
    """Each topic is a mapping with `topic` and `answered_by`, not a line of plain text."""
    assert new(scratch_data, "coverage", "coverage-new-page").code == 0
    written = yaml.safe_load((scratch_data / "coverage" / "coverage-new-page.yaml").read_text(encoding="utf-8"))
    assert written["topics"] and all(isinstance(t, dict) and {"topic", "answered_by"} <= set(t) for t in written["topics"])
    checked = check(scratch_data)
    mine = [line for line in checked.out.splitlines() if "coverage/coverage-new-page.yaml" in line]
    assert checked.code == 0 and mine and all("warning[placeholder]" in line for line in mine), checked.out


def test_the_site_refuses_to_publish_a_placeholder(scratch_data: Path, tmp_path: Path) -> None:
    new(scratch_data, "cause", "my-new-cause")
    result = build(tmp_path / "site", data=scratch_data)
    assert result.code == 1
    assert "data/causes/my-new-cause.yaml:" in result.out and "still has the placeholder" in result.out
    assert "Traceback" not in result.out


@pytest.mark.parametrize("args,message", [
    (["stretch", "standing-calf-stretch"], "an entry with id 'standing-calf-stretch' already exists"),
    (["stretch", "Calf Stretch"], "'Calf Stretch' is not a valid id"),
    (["exercise", "calf-raise"], "unknown type 'exercise' — write one of:"),
])
def test_new_refuses_what_it_cannot_write(scratch_data: Path, args: list[str], message: str) -> None:
    result = new(scratch_data, *args)
    assert result.code == 1 and message in result.out and "Traceback" not in result.out, result.out


def test_fmt_orders_fields_keeps_comments_and_is_idempotent(scratch_data: Path) -> None:
    edit(scratch_data, STRETCH, "region: calf\nmuscles: [gastrocnemius]\n",
         "# the big calf muscle\nmuscles: [gastrocnemius]   \nregion: calf\n")
    fmt = [sys.executable, "-m", "macros", "fmt", "--data", str(scratch_data)]
    assert run([*fmt, "--check"]).code == 1
    assert run(fmt).code == 0
    once = (scratch_data / STRETCH).read_text(encoding="utf-8")
    assert "# the big calf muscle" in once
    assert once.index("region: calf") < once.index("muscles: [gastrocnemius]") and "   \n" not in once
    assert run(fmt).code == 0 and (scratch_data / STRETCH).read_text(encoding="utf-8") == once
    assert run([*fmt, "--check"]).code == 0
    assert check(scratch_data).code == 0
