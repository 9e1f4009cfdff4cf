"""A problem found in the data, and the one place that formats problems for people."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """Something a contributor must fix, pinned to the place they must fix it."""

    path: str
    line: int
    col: int
    message: str
    hint: str = ""
    severity: Severity = "error"
    internal: bool = False  # a bug in the checker, not in the file: `check` exits 2
    rule: str = ""  # the id of the rule that found it ("" for a file that cannot be read at all)

    @classmethod
    def crash(cls, path: str, rule: str, exc: BaseException) -> Problem:
        """What a rule that raised says about the file (or folder) it was checking."""
        return cls(path, 1, 1, f"internal error in rule '{rule}': {type(exc).__name__}: {str(exc)[:200]}",
                   "this is a bug in the checker, not your mistake: please open an issue with this file attached",
                   internal=True, rule=rule)

    @property
    def label(self) -> str:
        """`error[grade-cap]`: how bad, and which rule to read about (or pass to --rule/--ignore)."""
        return f"{self.severity}[{self.rule}]" if self.rule else self.severity

    def text(self) -> str:
        hint = f" — {self.hint}" if self.hint else ""
        return _one_line(f"{self.path}:{self.line}:{self.col}: {self.label}: {self.message}{hint}")

    def github(self) -> str:
        # GitHub workflow commands: the message must be one line, with % and newlines escaped.
        body = self.message + (f" — {self.hint}" if self.hint else "")
        body = body.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        title = f",title={self.rule}" if self.rule else ""
        return f"::{self.severity} file={self.path},line={self.line},col={self.col}{title}::{body}"

    def record(self) -> dict[str, object]:
        """One problem as the JSON output lists it."""
        return {"path": self.path, "line": self.line, "column": self.col, "severity": self.severity,
                "rule": self.rule, "message": self.message, "hint": self.hint}


_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(text: str) -> str:
    """One problem, one line, whatever the data held: control characters and line breaks in a
    quoted value show as escapes (\\n, \\x85), as the contributor would write them in quotes."""
    return _INVISIBLE.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


FORMATS = ("text", "github", "json")


def format_problems(problems: Iterable[Problem], style: str = "text") -> str:
    ordered = sorted(problems)
    if style == "json":
        return json.dumps([p.record() for p in ordered], ensure_ascii=False, indent=1)
    lines = [p.github() if style == "github" else p.text() for p in ordered]
    return "\n".join(lines)


class DataError(Exception):
    """Raised by the build when the data has errors; carries the problems, not a traceback."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = sum(p.severity == "error" for p in problems)
        super().__init__(f"{errors} error(s) in data/:\n" + format_problems(problems))
