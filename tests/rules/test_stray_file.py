from rules.given import findings, seen, tree


def test_a_yml_file_is_reported_with_the_name_to_use() -> None:
    found = findings("stray-file", tree(stray=["data/terms/cramp.yml"]))
    assert [(p.rule, p.path, p.line, p.message) for p in found] == [
        ("stray-file", "data/terms/cramp.yml", 1, "this file is not read as an entry, so it would be lost")]
    assert found[0].hint == "rename it to cramp.yaml"


def test_no_stray_files_pass() -> None:
    assert seen("stray-file", tree()) == []
