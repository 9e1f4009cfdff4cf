"""Cross-entry checks, one rule per module. Adding a rule = one new file + one line in RULES."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Literal

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
        duplicate_id,
        file_name,
        redirect_conflict,
        review_date,
        schema_shape,
        stable_ids,
        stray_file,
        uncited_source,
        unknown_reference,
        unrecorded_id,
    )

    return [
        stray_file.RULE,
        file_name.RULE,
        schema_shape.RULE,
        duplicate_id.RULE,
        unknown_reference.RULE,
        uncited_source.RULE,
        review_date.RULE,
        stable_ids.RULE,
        unrecorded_id.RULE,
        redirect_conflict.RULE,
    ]
