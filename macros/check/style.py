"""The house style of a data file: the schema header line, canonical key order, no trailing
spaces. `.venv/bin/cramp-atlas fmt` writes it (ruamel.yaml round-trip, so comments survive) and the
style rules report where a file differs, so diffs stay small and reviews are about facts."""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

from ruamel.yaml import YAML

from macros.schema.registry import field_names

HEADER = "# yaml-language-server: $schema=../../macros/schema/{kind}.json"
HEADER_PATTERN = re.compile(r"^# yaml-language-server: \$schema=.*$")
PLACEHOLDER = "TODO"  # what `.venv/bin/cramp-atlas new` leaves for a person to replace


def header(kind: str) -> str:
    """The first line of every data file: editors with the YAML language server read the schema."""
    return HEADER.format(kind=kind)


def out_of_order(kind: str, keys: list[str]) -> tuple[str, str] | None:
    """The first key that comes before one the schema lists earlier: (key, the one it should follow)."""
    order = {name: i for i, name in enumerate(field_names(kind))}
    known = [k for k in keys if k in order]
    for before, after in itertools.pairwise(known):
        if order[after] < order[before]:
            return after, before
    return None


def _yaml() -> YAML:
    yaml = YAML()  # round-trip: comments, quotes and block styles are kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a contributor's lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def formatted(kind: str, text: str) -> str:
    """The file in house style. Idempotent: formatting formatted text changes nothing."""
    body = "\n".join(line for line in text.splitlines() if not HEADER_PATTERN.match(line))
    yaml = _yaml()
    data = yaml.load(body)
    if hasattr(data, "move_to_end"):
        order = {name: i for i, name in enumerate(field_names(kind))}
        for key in sorted(data, key=lambda k: order.get(k, len(order))):
            data.move_to_end(key)
    out = io.StringIO()
    yaml.dump(data, out)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join([header(kind), *lines]) + "\n"


def format_file(kind: str, path: Path) -> bool:
    """Rewrite one file in house style; True if it changed."""
    text = path.read_text(encoding="utf-8")
    new = formatted(kind, text)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text
