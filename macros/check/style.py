"""The house style of a data file: the schema header line, canonical key order, no trailing
spaces. `.venv/bin/cramp-atlas fmt` writes it (ruamel.yaml round-trip, so comments survive) and the
style rules report where a file differs, so diffs stay small and reviews are about facts."""

from __future__ import annotations

import hashlib
import io
import itertools
import re
from pathlib import Path

import ruamel.yaml
from ruamel.yaml import YAML

from macros.schema.registry import field_names
from macros.settings import project

HEADER = "# yaml-language-server: $schema=../../macros/schema/{kind}.json"
HEADER_PATTERN = re.compile(r"^# yaml-language-server: \$schema=.*$")
PLACEHOLDER = "TODO"  # what `.venv/bin/cramp-atlas new` leaves for a person to replace
# Formatting a file means a full ruamel.yaml round trip (milliseconds each), so texts already seen
# in house style are remembered by content hash, and `check` and `fmt` skip them next time.
# (This outlives check's file cache, which a change to any code in macros/ throws away; only a
# change to the formatter itself, or to ruamel.yaml, should make files be formatted again.)
CACHE = "formatted.txt"  # in the cache folder the settings name
FORMATTER = hashlib.sha1(Path(__file__).read_bytes() + ruamel.yaml.__version__.encode()).hexdigest()


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


def in_house_style(kind: str, text: str) -> bool:
    """Whether formatting would leave text unchanged; ValueError where ruamel cannot read it."""
    digest = hashlib.sha1(f"{FORMATTER}\n{kind}\n{text}".encode()).hexdigest()
    known = _known()
    if digest in known:
        return True
    if formatted(kind, text) != text:
        return False
    known.add(digest)
    _remember(digest)
    return True


_KNOWN: dict[Path, set[str]] = {}  # per cache folder: read once per process, then added to


def _known() -> set[str]:
    store = project().cache_dir / CACHE
    if store not in _KNOWN:
        try:
            _KNOWN[store] = set(store.read_text(encoding="ascii").split())
        except OSError:
            _KNOWN[store] = set()
    return _KNOWN[store]


def _remember(digest: str) -> None:
    try:
        project().cache_dir.mkdir(parents=True, exist_ok=True)
        with (project().cache_dir / CACHE).open("a", encoding="ascii") as store:
            store.write(digest + "\n")  # appended: one line per file newly seen in house style
    except OSError:
        pass  # a read-only checkout only loses the speed-up


def format_file(kind: str, path: Path) -> bool:
    """Rewrite one file in house style; True if it changed."""
    text = path.read_text(encoding="utf-8")
    if in_house_style(kind, text):
        return False
    new = formatted(kind, text)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text
