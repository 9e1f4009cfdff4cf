from rules.given import entry, seen, tree

COVERAGE = """\
topics:
  - topic: Night cramps
    answered_by: [night-cramp]
  - topic: Cramps in pregnancy
"""


def test_an_unanswered_topic_and_an_unknown_answer_are_reported() -> None:
    found = seen("coverage-answers", tree(entry("coverage", COVERAGE)))
    assert found == [
        ("coverage-answers", "data/coverage/example.yaml", 3, "'answered_by' names 'night-cramp', but there is no entry with that id"),
        ("coverage-answers", "data/coverage/example.yaml", 4, "topic 'Cramps in pregnancy' is neither answered nor declared out of scope"),
    ]


def test_answered_topics_pass() -> None:
    assert seen("coverage-answers", tree(entry("coverage", COVERAGE.replace("  - topic: Cramps in pregnancy\n", "")),
                                         entry("terms", "title: Night cramp\n", id="night-cramp"))) == []


def test_a_scaffold_placeholder_answer_is_left_to_the_placeholder_rule() -> None:
    scaffold = "topics:\n  - topic: Night cramps\n    answered_by: [todo-entry-id]\n"
    assert seen("coverage-answers", tree(entry("coverage", scaffold))) == []
