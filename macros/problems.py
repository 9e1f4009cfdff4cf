"""A problem found in the data, and the one place that formats problems for people."""

from __future__ import annotations

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

    @classmethod
    def crash(cls, path: str, rule: str, exc: BaseException) -> Problem:
        """What a rule that raised says about the file (or folder) it was checking."""
        return cls(path, 1, 1, f"internal error in rule '{rule}': {type(exc).__name__}: {str(exc)[:200]}",
                   "this is a bug in the checker, not your mistake: please open an issue with this file attached",
                   internal=True)

    def text(self) -> str:
        hint = f" — {self.hint}" if self.hint else ""
        return _one_line(f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}{hint}")

    def github(self) -> str:
        # GitHub workflow commands: the message must be one line, with % and newlines escaped.
        body = self.message + (f" — {self.hint}" if self.hint else "")
        body = body.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{self.severity} file={self.path},line={self.line},col={self.col}::{body}"


_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(text: str) -> str:
    """One problem, one line, whatever the data held: control characters and line breaks in a
    quoted value show as escapes (\\n, \\x85), as the contributor would write them in quotes."""
    return _INVISIBLE.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


def format_problems(problems: Iterable[Problem], style: str = "text") -> str:
    ordered = sorted(problems)
    lines = [p.github() if style == "github" else p.text() for p in ordered]
    return "\n".join(lines)


class DataError(Exception):
    """Raised by the build when the data has errors; carries the problems, not a traceback."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = sum(p.severity == "error" for p in problems)
        super().__init__(f"{errors} error(s) in data/:\n" + format_problems(problems))
