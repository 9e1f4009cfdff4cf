"""Read one YAML data file safely, keeping the line and column of every key and value.

libyaml's event stream is walked directly, so that anchors, aliases, explicit tags and
duplicate keys can be refused with their exact position before any value is built.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from macros.problems import Problem

try:  # libyaml is five times faster; the pure-Python parser gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Pointer = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column, as editors count

_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
NOT_ENTRIES = ("README.md", "published-ids.txt", "regions.yaml")  # files data/ may hold besides entries


@dataclass
class Document:
    """One data file: its values as plain Python, and where each value and key stands."""

    path: str
    data: Any
    values: dict[Pointer, Position] = field(default_factory=dict)
    keys: dict[Pointer, Position] = field(default_factory=dict)
    text: str = ""  # the file as written, for the style rules

    def position(self, pointer: Pointer, *, key: bool = False) -> Position:
        """The nearest known position: the value (or its key), else its closest parent."""
        table = self.keys if key else self.values
        while pointer:
            if pointer in table:
                return table[pointer]
            if pointer in self.values:
                return self.values[pointer]
            pointer = pointer[:-1]
        return self.values.get((), (1, 1))


class LoadError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(problem.text())
        self.problem = problem


def load_document(path: Path, display_path: str) -> Document:
    """Parse a data file, or raise LoadError with the first thing a contributor must fix."""
    return parse_document(path.read_bytes(), display_path)


MAX_BYTES = 256 * 1024  # the longest entry today is ~4 KB; a bigger file is a mistake or an attack
MAX_DEPTH = 8  # the deepest field today (pose.legs.near[0]) is 4 levels down


def parse_document(raw: bytes, display_path: str) -> Document:
    if len(raw) > MAX_BYTES:  # refused before parsing, so the cost of a huge file stays bounded
        raise _error(display_path, (1, 1), f"the file is {len(raw) // 1024} KB; a data file may be at most "
                     f"{MAX_BYTES // 1024} KB", "one entry per file: split it, or shorten the long values")
    text = _decode(raw, display_path)
    if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        raise _error(display_path, (1, 1), "the file is empty",
                     "write the entry's fields, or delete the file")
    doc = Document(display_path, None, text=text)
    try:
        events = list(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(display_path, exc, text) from None
    except yaml.reader.ReaderError as exc:  # a character YAML refuses anywhere (NUL, other controls)
        before = text[: exc.position]
        where = (before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
        raise _error(display_path, where, f"the character U+{_code(exc.character):04X} is not allowed in a data file",
                     "delete it: it is a control character, invisible in most editors") from None
    builder = _Builder(doc, events)
    doc.data = builder.document()
    return doc


def _decode(raw: bytes, display_path: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise _error(display_path, (line, col), f"byte 0x{raw[exc.start]:02x} is not UTF-8",
                     "save the file as UTF-8 (in most editors: File > Save with encoding > UTF-8)") from None


def _syntax_error(display_path: str, exc: yaml.MarkedYAMLError, text: str) -> LoadError:
    mark = exc.problem_mark or exc.context_mark
    where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = exc.problem or "this is not valid YAML"
    hint = "check the indentation, and put text that contains ': ' or ' #' in quotes"
    line = text.splitlines()[where[0] - 1] if where[0] <= len(text.splitlines()) else ""
    if "\t" in line[: where[1]]:
        hint = "indent with spaces, not tabs"
    return _error(display_path, where, f"YAML syntax: {what}", hint)


def _error(path: str, where: Position, message: str, hint: str) -> LoadError:
    return LoadError(Problem(path, where[0], where[1], message, hint))


def _at(event: yaml.Event) -> Position:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


class _Builder:
    """Turns the event list of one document into plain values, recording positions."""

    def __init__(self, doc: Document, events: list[yaml.Event]):
        self.doc = doc
        self.events = events
        self.i = 0

    def next(self) -> yaml.Event:
        event = self.events[self.i]
        self.i += 1
        return event

    def document(self) -> Any:
        documents = [e for e in self.events if isinstance(e, yaml.DocumentStartEvent)]
        if len(documents) > 1:
            raise _error(self.doc.path, _at(documents[1]), "the file holds more than one YAML document",
                         "keep one entry per file and remove the '---' line")
        while not isinstance(self.events[self.i], yaml.DocumentStartEvent):
            self.i += 1
        self.i += 1
        return self.node(())

    def node(self, pointer: Pointer) -> Any:
        event = self.next()
        self.refuse_unsafe(event)
        if len(pointer) > MAX_DEPTH:
            raise _error(self.doc.path, _at(event), f"values are nested more than {MAX_DEPTH} levels deep",
                         "write the field's value flat, as the schema's example shows")
        self.doc.values[pointer] = _at(event)
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(event)
            if isinstance(value, float) and not math.isfinite(value):  # .nan passes every bound check
                raise _error(self.doc.path, _at(event), f"'{event.value}' is not a number a reader can use",
                             "write a plain number, e.g. 30")
            return value
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not isinstance(self.events[self.i], yaml.SequenceEndEvent):
                items.append(self.node(pointer + (len(items),)))
            self.i += 1
            return items
        if isinstance(event, yaml.MappingStartEvent):
            return self.mapping(pointer)
        raise _error(self.doc.path, _at(event), "unexpected YAML structure", "write a plain mapping of fields")

    def mapping(self, pointer: Pointer) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        while not isinstance(self.events[self.i], yaml.MappingEndEvent):
            key_event = self.events[self.i]
            if not isinstance(key_event, yaml.ScalarEvent):
                raise _error(self.doc.path, _at(key_event), "a field name must be plain text",
                             "write `name: value`")
            self.next()
            self.refuse_unsafe(key_event)
            key = str(key_event.value)
            if key in mapping:
                first = self.doc.keys[pointer + (key,)]
                raise _error(self.doc.path, _at(key_event), f"field '{key}' appears twice (first at line {first[0]})",
                             "keep one of them; YAML would silently keep only the last")
            self.doc.keys[pointer + (key,)] = _at(key_event)
            mapping[key] = self.node(pointer + (key,))
        self.i += 1
        return mapping

    def refuse_unsafe(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _error(self.doc.path, _at(event), "YAML anchors and aliases (&name, *name) are not allowed",
                         "write the value out in full where it is needed")
        tag = getattr(event, "tag", None)
        if tag is not None and not (isinstance(event, yaml.ScalarEvent) and event.tag == "!"):
            raise _error(self.doc.path, _at(event), f"YAML tag '{tag}' is not allowed",
                         "remove the tag and write a plain value; put text in quotes")


def _scalar(event: yaml.ScalarEvent) -> Any:
    if event.implicit[0] is False:  # quoted text stays text
        return event.value
    tag = _RESOLVER.resolve(ScalarNode, event.value, event.implicit)
    if tag == _TIMESTAMP:  # dates stay as written (YYYY-MM-DD), so the schema checks the text
        return event.value
    return _CONSTRUCTOR.construct_object(ScalarNode(tag, event.value))


@dataclass
class EntryFile:
    """A loaded data file and the entry it declares: its kind folder and its id (the file name)."""

    kind: str
    id: str
    document: Document

    @property
    def path(self) -> str:
        return self.document.path


@dataclass
class Tree:
    """Every data file that loaded, plus the problems met while reading the folder."""

    root: Path
    files: list[EntryFile]
    problems: list[Problem]
    stray: list[str]  # files in data/ that are not entries (wrong folder or extension)


def load_tree(root: Path, kinds: list[str], parse: Callable[[bytes, str], Document] = parse_document) -> Tree:
    """Read every data/<kind>/<id>.yaml; a file that cannot be read becomes a problem, not a crash.

    `parse` turns a file's bytes into a Document; `check` passes one that remembers past runs."""
    tree = Tree(root, [], [], [])
    if not root.is_dir():
        tree.problems.append(Problem(str(root), 1, 1, "the data folder does not exist",
                                     "run from the project root, or point CRAMP_ATLAS_DATA at the data folder"))
        return tree
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        display = f"{root.name}/{rel.as_posix()}"
        if path.suffix != ".yaml" or len(rel.parts) != 2 or rel.parts[0] not in kinds:
            if not path.name.startswith(".") and path.name not in NOT_ENTRIES:
                tree.stray.append(display)
            continue
        try:
            document = parse(path.read_bytes(), display)
        except LoadError as exc:
            tree.problems.append(exc.problem)
            continue
        except Exception as exc:  # noqa: BLE001 — a reader bug must not hide the other files' problems
            tree.problems.append(Problem.crash(display, "load", exc))
            continue
        tree.files.append(EntryFile(rel.parts[0], path.stem, document))
    return tree


def strings(data: Any, pointer: Pointer = ()) -> Iterator[tuple[Pointer, str, bool]]:
    """Every text in a loaded value, with its pointer; True marks a mapping key (pointer to its value)."""
    if isinstance(data, str):
        yield pointer, data, False
    elif isinstance(data, dict):
        for key, value in data.items():
            yield pointer + (key,), key, True
            yield from strings(value, pointer + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from strings(value, pointer + (index,))


def _code(character: str | int) -> int:
    return character if isinstance(character, int) else ord(character)  # libyaml gives the number
