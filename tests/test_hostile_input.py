"""Hostile and careless input gets a `path:line:col` message with the fix, never a traceback
and never silent acceptance: impossible dates, absurd doses, blank text, repeats, huge values,
deep nesting, a crashing rule. `check` runs in-process here (fast); the CLI path is the same."""

from __future__ import annotations

import io
import re
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from conftest import Run
from test_contributor_mistakes import STRETCH, edit, line_of

from macros import settings
from macros.cli import commands as cli
from macros.load.documents import MAX_BYTES

SOURCE = "sources/cheung-2003-doms.yaml"  # a dated paper
WEB_PAGE = "sources/nhs-leg-cramps.yaml"
FLEX_HOLD = "    hold: {min: 20, max: 30}\n    repetitions: 3\n    each: leg\ncautions:"
TODAY = "2026-12-01"


def check_here(data: Path) -> Run:
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        code = cli.main(["check", "--data", str(data)])
    return Run(code, out.getvalue())


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch: pytest.MonkeyPatch):
    """Dates are judged against a fixed day, so these tests mean the same next year."""
    monkeypatch.setenv("CRAMP_ATLAS_TODAY", TODAY)
    settings.today.cache_clear()
    yield
    settings.today.cache_clear()


def append(data: Path, rel: str, text: str) -> None:
    with (data / rel).open("a", encoding="utf-8") as file:
        file.write(text)


def hold(value: str) -> str:
    return f"    hold: {value}\n    repetitions: 3\n    each: leg\ncautions:"


def repeats(value: str) -> str:
    return f"    hold: {{min: 20, max: 30}}\n    repetitions: {value}\n    each: leg\ncautions:"


HOLD_FIX = "write a number of seconds from 5 to 120 (e.g. 30), a range such as {min: 20, max: 30}, or until-it-lets-go"
TIMES_FIX = "write a number of times from 1 to 10 (e.g. 3), a range such as {min: 2, max: 4}, or again-if-it-comes-back"
LONG_URL = "https://www.nhs.uk/conditions/leg-cramps/" + "a" * 1000

# (name, how to break the data, file, text on the reported line, message, hint)
HOSTILE = [
    ("impossible date", lambda d: edit(d, STRETCH, "last_reviewed: 2026-12-01", "last_reviewed: 2026-02-30"),
     STRETCH, "last_reviewed", "last_reviewed 2026-02-30 is not a day on the calendar (February 2026 has 28 days)",
     "write a real date as YYYY-MM-DD"),
    ("checked in the future", lambda d: edit(d, SOURCE, "checked_on: '2026-12-01'", "checked_on: 2027-01-05"),
     SOURCE, "checked_on", "checked_on 2027-01-05 is in the future", f"at the latest {TODAY}"),
    ("published after this year", lambda d: edit(d, SOURCE, "year: 2003", "year: 2099"),
     SOURCE, "year:", "year 2099 is after this year (2026)", "write the year the work was published"),
    ("hold in bananas", lambda d: edit(d, STRETCH, FLEX_HOLD, hold("thirty bananas")), STRETCH, "thirty bananas",
     "'dose.flexibility.hold' is 'thirty bananas', which is not allowed here", HOLD_FIX),
    ("hold of 0 seconds", lambda d: edit(d, STRETCH, FLEX_HOLD, hold("0")), STRETCH, "hold: 0",
     "'dose.flexibility.hold' is 0, which is not allowed here", HOLD_FIX),
    ("hold of 9999 seconds", lambda d: edit(d, STRETCH, FLEX_HOLD, hold("9999")), STRETCH, "hold: 9999",
     "'dose.flexibility.hold' is 9999, which is not allowed here", HOLD_FIX),
    ("hold written as text", lambda d: edit(d, STRETCH, FLEX_HOLD, hold("20 to 30 seconds")), STRETCH, "hold: 20 to",
     "'dose.flexibility.hold' is '20 to 30 seconds', which is not allowed here", HOLD_FIX),
    ("hold range out of bounds", lambda d: edit(d, STRETCH, FLEX_HOLD, hold("{min: 0, max: 600}")), STRETCH, "max: 600",
     "'dose.flexibility.hold' is {min: 0, max: 600}, which is not allowed here", HOLD_FIX),
    ("hold range backwards", lambda d: edit(d, STRETCH, FLEX_HOLD, hold("{min: 30, max: 20}")), STRETCH, "min: 30",
     "'dose.flexibility.hold' is a range from 30 to 20, but min must be below max", "write {min: 20, max: 30}"),
    ("eleven repetitions", lambda d: edit(d, STRETCH, FLEX_HOLD, repeats("11")), STRETCH, "repetitions: 11",
     "'dose.flexibility.repetitions' is 11, which is not allowed here", TIMES_FIX),
    ("repetitions as a float", lambda d: edit(d, STRETCH, FLEX_HOLD, repeats("2.5")), STRETCH, "repetitions: 2.5",
     "'dose.flexibility.repetitions' is 2.5, which is not allowed here", TIMES_FIX),
    ("blank title", lambda d: edit(d, STRETCH, "title: Standing calf stretch against a wall", 'title: "     "'),
     STRETCH, "title:", "'title' is blank: it has no visible characters", "write the text (The entry's name"),
    ("blank step", lambda d: edit(d, STRETCH, "  - Keep the back knee straight and bend the front knee.", '  - "\\t  "'),
     STRETCH, '"\\t  "', "'steps[3]' is blank: it has no visible characters", "write the text"),
    ("the same step twice", lambda d: edit(d, STRETCH, "  - Keep the back knee straight and bend the front knee.\n",
                                           "  - Keep the back knee straight and bend the front knee.\n" * 2),
     STRETCH, None, "'steps' lists 'Keep the back knee straight and bend the front knee.' twice (items 3 and 4)",
     "remove the repeated item"),
    ("the same caution twice", lambda d: edit(d, STRETCH, "  - Keep breathing normally.\n", "  - Keep breathing normally.\n" * 2),
     STRETCH, None, "'cautions' lists 'Keep breathing normally.' twice (items 3 and 4)", "remove the repeated item"),
    ("too many steps", lambda d: edit(d, STRETCH, "  - Keep the back knee straight and bend the front knee.\n",
                                      "".join(f"  - Step number {n} of far too many.\n" for n in range(20))),
     STRETCH, "Stand an arm's length", "'steps' has 23 items; at most 15", "keep the ones that matter most"),
    ("a very long url", lambda d: edit(d, WEB_PAGE, "url: https://www.nhs.uk/conditions/leg-cramps/", f"url: {LONG_URL}"),
     WEB_PAGE, "url:", "'url' is too long (1041 characters; at most 500)", ""),
    ("a very long id", lambda d: append(d, STRETCH, f"redirect_from: [{'a' * 90}]\n"),
     STRETCH, "redirect_from", "is too long (90 characters; at most 80)", ""),
    ("a very long title", lambda d: edit(d, STRETCH, "title: Standing calf stretch against a wall", "title: " + "word-" * 100 + "end"),
     STRETCH, "title:", "'title' is too long (503 characters; at most 120)", ""),
    ("an angle that is not a number", lambda d: edit(d, STRETCH, "  torso: 165", "  torso: .nan"), STRETCH, "torso:",
     "'.nan' is not a number a reader can use", "write a plain number"),
    ("lists nested ten deep", lambda d: edit(d, STRETCH, "muscles: [gastrocnemius]", "muscles: " + "[" * 10 + "x" + "]" * 10),
     STRETCH, "muscles:", "values are nested more than 8 levels deep", "write the field's value flat"),
    ("lists nested 500 deep", lambda d: edit(d, STRETCH, "muscles: [gastrocnemius]", "muscles: " + "[" * 500 + "x" + "]" * 500),
     STRETCH, "muscles:", "values are nested more than 8 levels deep", "write the field's value flat"),
    ("a file over the size limit", lambda d: edit(d, STRETCH, "cautions:\n", "cautions:\n" + "  # padding\n" * (MAX_BYTES // 10)),
     STRETCH, None, "a data file may be at most 256 KB", "split it, or shorten the long values"),
]


@pytest.mark.parametrize("name,mutate,rel,needle,message,hint", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_value_is_refused_at_its_line_with_a_fix(scratch_data: Path, name, mutate, rel, needle, message, hint) -> None:
    mutate(scratch_data)
    result = check_here(scratch_data)
    assert result.code == 1, result.out
    about_file = [line for line in result.out.splitlines() if line.startswith(f"data/{rel}:")]
    assert len(about_file) == 1, f"one mistake, one message:\n{result.out}"
    line = about_file[0]
    assert re.search(r": error(\[[a-z-]+\])?: ", line) and message in line, line
    assert " — " in line and hint in line.split(" — ", 1)[1], line
    if needle:
        assert line.split(":")[1] == str(line_of(scratch_data, rel, needle)), line
    assert "Traceback" not in result.out


def test_a_crashing_rule_is_an_internal_error_and_the_other_rules_still_run(
        scratch_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from macros.check import runner as validate

    def broken(entry):  # fails on one file only
        if entry.id == "standing-calf-stretch":
            raise ZeroDivisionError("deliberately broken")
        return []

    real = validate.all_rules
    monkeypatch.setattr(validate, "all_rules", lambda: [broken_rule("broken", "file", broken), *real(),
                                                          broken_rule("broken-tree", "tree", lambda tree: 1 / 0)])
    edit(scratch_data, TERM_FILE, "group: cramp", "group: cramps")  # a real mistake the other rules must still find
    result = check_here(scratch_data)
    assert result.code == 2, result.out
    assert (f"data/{STRETCH}:1:1: error[broken]: internal error in rule 'broken': ZeroDivisionError: deliberately broken — "
            "this is a bug in the checker, not your mistake") in result.out
    assert "data/:1:1: error[broken-tree]: internal error in rule 'broken-tree': ZeroDivisionError" in result.out
    assert f"data/{TERM_FILE}:" in result.out and "'cramps' is not an allowed value for 'group'" in result.out
    assert sum("internal error" in line for line in result.out.splitlines()) == 2  # only the file it failed on
    assert "Traceback" not in result.out


TERM_FILE = "terms/muscle-cramp.yaml"


def broken_rule(rule_id: str, scope: str, check):  # a rule with a bug, to see the runner contain it
    from macros.check.rules import Rule
    return Rule(rule_id, "test", scope=scope, check=check, severity="error", blocks_publishing=True, fixable=False)


def test_a_crash_is_not_remembered_as_a_clean_result(scratch_data: Path, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    from macros.check import runner as validate
    from macros.load import filecache

    monkeypatch.setattr(filecache.FileCache.__init__, "__defaults__", (tmp_path / "files.pickle", True))
    real = validate.all_rules
    monkeypatch.setattr(validate, "all_rules", lambda: [broken_rule("broken", "file", lambda entry: 1 / 0), *real()])
    assert check_here(scratch_data).code == 2
    assert check_here(scratch_data).code == 2  # the second run asks the rule again


def test_check_on_clean_data_is_still_clean(scratch_data: Path) -> None:
    result = check_here(scratch_data)
    assert result.code == 0, result.out
