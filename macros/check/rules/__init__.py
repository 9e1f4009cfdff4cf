"""Checks on the data, one rule per module. Adding a rule = one new file + one line in all_rules.

A rule declares what it is — its id, whether it looks at one entry file or the whole tree, how
severe its findings are, whether they keep an entry off the site and whether `fmt` mends them —
and the runner (macros/check/runner.py) walks the data, stamps each finding with the rule and
contains a rule that crashes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from macros.load.documents import EntryFile, Tree
from macros.problems import Problem, Severity

Scope = Literal["file", "tree"]


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    scope: Scope  # "file": check(entry) on one entry file; "tree": check(tree) on all of them
    check: Callable[[Any], Iterable[Problem]]
    severity: Severity
    blocks_publishing: bool  # a finding keeps the site from being built (a warning may, too)
    fixable: bool  # `.venv/bin/cramp-atlas fmt` mends what it finds
    style_only: bool = False  # about how a file is written, not what it says: a site build skips it

    def findings(self, target: EntryFile | Tree) -> list[Problem]:
        """What check says about one entry file (file rule) or the tree (tree rule), each finding
        carrying this rule's id and severity."""
        return [dataclasses.replace(p, rule=self.id, severity=self.severity) if not p.rule else p
                for p in self.check(target)]


def by_id() -> dict[str, Rule]:
    return {rule.id: rule for rule in all_rules()}


def all_rules() -> list[Rule]:
    from macros.check.rules import (
        consistent_grade,
        copied_text,
        coverage_answers,
        dose_range,
        duplicate_id,
        escalation,
        figure,
        figures_agree,
        file_name,
        grade_cap,
        key_order,
        long_summary,
        placeholder,
        redirect_conflict,
        reference_marker,
        review_date,
        schema_header,
        schema_shape,
        source_address,
        stable_ids,
        stray_file,
        template_text,
        trailing_space,
        uncited_source,
        unformatted,
        unknown_reference,
        unknown_region,
        unrecorded_id,
        unverified_support,
        verification_evidence,
    )

    return [
        stray_file.RULE,
        file_name.RULE,
        schema_shape.RULE,
        dose_range.RULE,
        duplicate_id.RULE,
        unknown_reference.RULE,
        unknown_region.RULE,
        uncited_source.RULE,
        reference_marker.RULE,
        coverage_answers.RULE,
        escalation.RULE,
        figures_agree.RULE,
        review_date.RULE,
        verification_evidence.RULE,
        source_address.RULE,
        unverified_support.RULE,
        grade_cap.RULE,
        consistent_grade.RULE,
        stable_ids.RULE,
        unrecorded_id.RULE,
        redirect_conflict.RULE,
        placeholder.RULE,
        template_text.RULE,
        schema_header.RULE,
        key_order.RULE,
        trailing_space.RULE,
        long_summary.RULE,
        unformatted.RULE,
        copied_text.RULE,
        figure.RULE,
    ]
