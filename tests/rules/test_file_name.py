from rules.given import entry, findings, seen


def test_a_file_name_that_is_not_an_id_is_reported_with_the_name_to_use() -> None:
    bad = entry("terms", "title: Cramp\n", id="Muscle Cramp")
    assert seen("file-name", bad) == [
        ("file-name", "data/terms/Muscle Cramp.yaml", 1, "'Muscle Cramp' is not a valid id (the file name is the id)")]
    assert findings("file-name", bad)[0].hint == "rename the file to muscle-cramp.yaml"


def test_an_id_passes() -> None:
    assert seen("file-name", entry("terms", "title: Cramp\n", id="muscle-cramp")) == []
