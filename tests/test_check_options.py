"""`check --rule`, `--ignore` and `--format json`, run in-process on a copy of the data."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from conftest import Run
from test_contributor_mistakes import STRETCH, edit, line_of

TERM = "terms/muscle-cramp.yaml"

from macros.cli import commands as cli


def check_here(data: Path, *options: str) -> Run:
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        code = cli.main(["check", "--data", str(data), *options])
    return Run(code, out.getvalue())


def two_mistakes(data: Path) -> None:
    """An unknown field (schema-shape, an error) and spaces after a title (trailing-space, a warning)."""
    edit(data, STRETCH, "summary:", "sumary:")
    edit(data, TERM, "\ntitle: Muscle cramp\n", "\ntitle: Muscle cramp   \n")


def rules_named(output: str) -> set[str]:
    return {line.split("[", 1)[1].split("]", 1)[0] for line in output.splitlines() if line.startswith("data/")}


def test_every_message_names_its_rule(scratch_data: Path) -> None:
    two_mistakes(scratch_data)
    result = check_here(scratch_data)
    assert result.code == 1
    assert rules_named(result.out) == {"schema-shape", "trailing-space"}, result.out
    assert f"data/{STRETCH}:{line_of(scratch_data, STRETCH, 'sumary:')}:1: error[schema-shape]: unknown field 'sumary'" in result.out


def test_rule_runs_only_the_rules_named(scratch_data: Path) -> None:
    two_mistakes(scratch_data)
    result = check_here(scratch_data, "--rule", "trailing-space")
    assert result.code == 0, result.out  # the error's rule did not run
    assert rules_named(result.out) == {"trailing-space"}, result.out
    both = check_here(scratch_data, "--rule", "trailing-space", "--rule", "schema-shape")
    assert rules_named(both.out) == {"schema-shape", "trailing-space"}, both.out


def test_ignore_skips_a_rule(scratch_data: Path) -> None:
    two_mistakes(scratch_data)
    result = check_here(scratch_data, "--ignore", "schema-shape")
    assert result.code == 0, result.out
    assert rules_named(result.out) == {"trailing-space"}, result.out


def test_an_unknown_rule_id_is_refused_with_the_closest_one(scratch_data: Path) -> None:
    result = check_here(scratch_data, "--ignore", "long-sumary")
    assert result.code == 2
    assert "error: there is no rule 'long-sumary' — did you mean 'long-summary'?" in result.out


def test_json_format_lists_each_problem_with_its_rule(scratch_data: Path) -> None:
    two_mistakes(scratch_data)
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        code = cli.main(["check", "--data", str(scratch_data), "--format", "json"])
    assert code == 1
    found = json.loads(out.getvalue())
    shape = next(p for p in found if p["rule"] == "schema-shape")
    assert shape == {"path": f"data/{STRETCH}", "line": line_of(scratch_data, STRETCH, "sumary:"), "column": 1,
                     "severity": "error", "rule": "schema-shape", "message": "unknown field 'sumary'",
                     "hint": shape["hint"]}
    assert "summary" in shape["hint"]
    assert {p["severity"] for p in found if p["rule"] == "trailing-space"} == {"warning"}


def test_json_format_prints_an_empty_list_for_clean_data(scratch_data: Path) -> None:
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        assert cli.main(["check", "--data", str(scratch_data), "--format", "json", "--rule", "grade-cap"]) == 0
    assert json.loads(out.getvalue()) == []
