"""Every registered rule has a unit test file here, and each test file is about a registered rule."""

from pathlib import Path

from macros.check.rules import all_rules

HERE = Path(__file__).parent


def test_every_rule_has_a_unit_test_file_that_calls_it() -> None:
    for rule in all_rules():
        path = HERE / f"test_{rule.id.replace('-', '_')}.py"
        assert path.is_file(), f"{rule.id}: add {path.relative_to(HERE.parents[1])}"
        assert f'"{rule.id}"' in path.read_text(encoding="utf-8"), f"{path.name} never calls {rule.id}"


def test_every_rule_declares_what_it_is() -> None:
    for rule in all_rules():
        assert rule.scope in ("file", "tree") and rule.severity in ("error", "warning"), rule.id
        assert rule.blocks_publishing or rule.severity == "warning", f"{rule.id}: an error always blocks publishing"


def test_no_test_file_is_about_a_rule_that_does_not_exist() -> None:
    ids = {f"test_{rule.id.replace('-', '_')}.py" for rule in all_rules()}
    extra = {p.name for p in HERE.glob("test_*.py")} - ids - {Path(__file__).name}
    assert not extra, extra
