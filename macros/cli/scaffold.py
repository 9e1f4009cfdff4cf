"""`.venv/bin/cramp-atlas new <type> <id>`: a skeleton entry with every required field, explained.

Values a person must write are placeholders starting with TODO (ids: `todo-…`). `check` lists
each one as a warning, so the fresh file passes while you fill it in; the build refuses to
publish an entry that still has one.
"""

from __future__ import annotations

import datetime
import json
import textwrap
from pathlib import Path
from typing import Any

from macros import settings
from macros.check.style import PLACEHOLDER, formatted
from macros.entities import BY_NAME, KINDS
from macros.schema.registry import id_pattern, resolve, schema

ALIASES = {alias: kind.name for kind in KINDS
           for alias in {kind.name, kind.word or kind.name, kind.name.rstrip("s"), kind.singular,
                         kind.singular.replace(" ", "-")}}
ALIASES["treatment"] = "prevention"
# Optional fields worth offering in a skeleton: a reader or reviewer expects them when they apply.
OFFERED = {"details", "avoid_if", "red_flags", "related_terms", "venue", "year", "url", "checked_against", "checked_on",
           "conflict_of_interest", "also_called"}
# Offered only where nearly every entry has one: elsewhere also_called is added when readers need it.
OFFERED_ONLY_FOR = {"also_called": {"terms", "questions"}}


class ScaffoldError(Exception):
    pass


def kind_of(word: str) -> str:
    try:
        return ALIASES[word.lower()]
    except KeyError:
        names = ", ".join(k.word for k in KINDS)
        raise ScaffoldError(f"unknown type '{word}' — write one of: {names}") from None


def skeleton(kind: str, today: datetime.date) -> str:
    lines: list[str] = []
    root = schema(kind)
    required = set(root.get("required", []))
    for name, prop in root["properties"].items():
        if name in required or (name in OFFERED and kind in OFFERED_ONLY_FOR.get(name, {kind})):
            _field(lines, name, resolve(prop, root["$id"]), 0, today, optional=name not in required)
    return formatted(kind, "\n".join(lines) + "\n")


def write(data: Path, word: str, entry_id: str, today: datetime.date | None = None) -> Path:
    kind = kind_of(word)
    if not id_pattern().match(entry_id):
        raise ScaffoldError(f"'{entry_id}' is not a valid id — use lower-case words joined by hyphens, e.g. 'calf-raise-stretch'")
    taken = [p for p in data.glob(f"*/{entry_id}.yaml")]
    if taken:
        raise ScaffoldError(f"an entry with id '{entry_id}' already exists: {taken[0]} — choose another id, or edit that file")
    path = data / BY_NAME[kind].data_file(entry_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(skeleton(kind, today or settings.today()), encoding="utf-8")
    return path


def _field(lines: list[str], name: str, prop: dict[str, Any], depth: int, today: datetime.date, optional: bool) -> None:
    pad = "  " * depth
    note = prop.get("description", "")
    if optional:
        note = f"Optional: delete this field if it does not apply. {note}"
    if "enum" in prop:
        note += " One of: " + ", ".join(str(v) for v in prop["enum"]) + "."
    for line in textwrap.wrap(note, 92 - len(pad), break_on_hyphens=False):
        lines.append(f"{pad}# {line}")
    kind = prop.get("type")
    if name == "pose":
        lines.append(f"{pad}# Start from this upright figure and change the angles; other stretches show how.")
        lines.append(f"{pad}pose: {{torso: 180, arms: {{near: [10, 10], far: [-10, -10]}}, legs: {{near: [0, 0], far: [0, 0]}}, props: [floor]}}")
    elif kind == "object":
        lines.append(f"{pad}{name}:")
        props, required = prop.get("properties", {}), set(prop.get("required", []))
        chosen = [n for n in props if n in required] or list(props)[-1:]
        for child in chosen:
            _field(lines, child, resolve(props[child], prop["x-base"]), depth + 1, today, optional=False)
    elif kind == "array":
        lines.append(f"{pad}{name}:")
        item = resolve(prop.get("items", {}), prop["x-base"])
        count = max(1, prop.get("minItems", 1))
        for number in range(1, count + 1):  # numbered when several: list items must differ
            lines.append(f"{pad}  - {_value(name if count == 1 else f'{name} {number}', item, today)}")
    else:
        lines.append(f"{pad}{name}: {_value(name, prop, today)}")


def _value(name: str, prop: dict[str, Any], today: datetime.date) -> str:
    if name == "last_reviewed" or prop.get("pattern", "").startswith("^\\d{4}-"):
        return today.isoformat()
    if prop.get("type") == "boolean":
        return "false"
    refers = prop.get("x-refers-to")
    if refers:
        return f"todo-{refers}-id"
    return json.dumps(f"{PLACEHOLDER}: {name.replace('_', ' ')}")
