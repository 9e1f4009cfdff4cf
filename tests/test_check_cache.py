"""`check` remembers unchanged files between runs, and never answers from a stale memory."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import Run, run

BROKEN_GRADE = ("evidence: limited", "evidence: limted")


def check(data: Path, cache: Path) -> Run:
    return run([sys.executable, "-m", "macros", "check", "--data", str(data)], env={"CRAMP_ATLAS_CACHE": str(cache)})


def break_file(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}: pick another example"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_second_check_reports_the_same_problems_from_the_store(scratch_data: Path, tmp_path: Path) -> None:
    break_file(scratch_data / "terms" / "muscle-cramp.yaml", *BROKEN_GRADE)
    (scratch_data / "myths" / "lactic-acid-causes-cramps.yaml").write_text("summary: [unclosed\n", encoding="utf-8")
    first = check(scratch_data, tmp_path / "cache")
    store = tmp_path / "cache" / "files.pickle"
    written = store.stat().st_mtime_ns
    second = check(scratch_data, tmp_path / "cache")
    assert store.stat().st_mtime_ns == written, "nothing changed, yet the store was written again"
    assert first.code == second.code == 1
    assert first.out == second.out
    assert "data/terms/muscle-cramp.yaml:" in second.out and "'limted' is not an allowed value" in second.out
    assert "data/myths/lactic-acid-causes-cramps.yaml:2:1: error: YAML syntax" in second.out


def test_a_file_changed_after_a_check_is_read_again(scratch_data: Path, tmp_path: Path) -> None:
    assert check(scratch_data, tmp_path / "cache").code == 0
    break_file(scratch_data / "terms" / "muscle-cramp.yaml", *BROKEN_GRADE)
    found = check(scratch_data, tmp_path / "cache")
    assert found.code == 1 and "'limted' is not an allowed value for 'evidence'" in found.out
    break_file(scratch_data / "terms" / "muscle-cramp.yaml", BROKEN_GRADE[1], BROKEN_GRADE[0])
    assert check(scratch_data, tmp_path / "cache").code == 0


def test_a_damaged_store_is_ignored_not_trusted(scratch_data: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache" / "files.pickle"
    store.parent.mkdir()
    store.write_bytes(b"not a pickle at all")
    break_file(scratch_data / "terms" / "muscle-cramp.yaml", *BROKEN_GRADE)
    found = check(scratch_data, tmp_path / "cache")
    assert found.code == 1 and "'limted' is not an allowed value" in found.out
    assert "Traceback" not in found.out
