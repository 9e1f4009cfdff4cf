"""Cross-entry checks, one rule per module. Adding a rule = one new file + one line in RULES."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from ..load import Tree
from ..problems import Problem


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    scope: Literal["file", "tree"]
    check: Callable[[Tree], Iterable[Problem]]


def all_rules() -> list[Rule]:
    from . import (
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
