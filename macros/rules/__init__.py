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
        copied_text,
        duplicate_id,
        figure,
        file_name,
        key_order,
        long_summary,
        placeholder,
        redirect_conflict,
        review_date,
        schema_header,
        schema_shape,
        stable_ids,
        stray_file,
        trailing_space,
        uncited_source,
        unformatted,
        unknown_reference,
        unknown_region,
        unrecorded_id,
    )

    return [
        stray_file.RULE,
        file_name.RULE,
        schema_shape.RULE,
        duplicate_id.RULE,
        unknown_reference.RULE,
        unknown_region.RULE,
        uncited_source.RULE,
        review_date.RULE,
        stable_ids.RULE,
        unrecorded_id.RULE,
        redirect_conflict.RULE,
        placeholder.RULE,
        schema_header.RULE,
        key_order.RULE,
        trailing_space.RULE,
        long_summary.RULE,
        unformatted.RULE,
        copied_text.RULE,
        figure.RULE,
    ]
