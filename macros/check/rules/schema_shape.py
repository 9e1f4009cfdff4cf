"""Each file has the shape its kind's JSON Schema asks for, explained in contributor words."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

from jsonschema import ValidationError

from macros.check.rules import Rule
from macros.check.style import PLACEHOLDER
from macros.load.documents import EntryFile
from macros.problems import Problem
from macros.schema.registry import describe, validator


def check(entry: EntryFile) -> Iterable[Problem]:
    errors = list(validator(entry.kind).iter_errors(entry.document.data))
    mistyped = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    misspelt = {(tuple(e.absolute_path), name) for e in errors if e.validator == "additionalProperties"
                for name in _close_names(e)}
    for error in errors:
        if _placeholder(error.instance):
            continue  # left by `.venv/bin/cramp-atlas new`: the placeholder rule says what to write
        # One mistake, one message: an unquoted `false` fails both type and allowed values,
        # and a misspelt field is also a missing one. Say each once, the clearer way.
        if error.validator == "enum" and tuple(error.absolute_path) in mistyped:
            continue
        if error.validator == "required" and (tuple(error.absolute_path), _missing(error)) in misspelt:
            continue
        yield from explain(entry, error)


def _placeholder(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PLACEHOLDER)


def _close_names(error: ValidationError) -> list[str]:
    allowed = list(error.schema.get("properties", {}))
    unknown = sorted(set(error.instance) - set(allowed))
    return [close[0] for key in unknown if (close := get_close_matches(key, allowed, n=1, cutoff=0.6))]


def _missing(error: ValidationError) -> str:
    return error.message.split("'")[1]


def explain(entry: EntryFile, error: ValidationError) -> Iterable[Problem]:
    pointer = tuple(error.absolute_path)
    field = _name(pointer)
    doc = entry.document
    line, col = doc.position(pointer)
    hint = describe(entry.kind, pointer)
    kind = error.validator
    if kind == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        for key in sorted(set(error.instance) - set(allowed)):
            kline, kcol = doc.position(pointer + (key,), key=True)
            close = get_close_matches(key, allowed, n=1, cutoff=0.6)
            where = f" in '{field}'" if pointer else ""
            fix = f"did you mean '{close[0]}'?" if close else "remove it, or use one of: " + ", ".join(allowed)
            yield Problem(doc.path, kline, kcol, f"unknown field '{key}'{where}", fix)
        return
    if kind == "required":
        missing = _missing(error)
        where = f" in '{field}'" if pointer else ""
        what = describe(entry.kind, pointer + (missing,))
        yield Problem(doc.path, line, col, f"missing required field '{missing}'{where}",
                      f"add `{missing}:` — {what}" if what else f"add `{missing}:`")
        return
    if kind == "dependentRequired":  # a paper (DOI or PMID) without its year
        yield Problem(doc.path, line, col, "a paper with a DOI or PMID needs its 'year'",
                      "add `year:` — the year of publication, as the record shows it")
        return
    if kind == "uniqueItems" and isinstance(error.instance, list):
        first, again = _repeat(error.instance)
        line, col = doc.position(pointer + (again,))
        yield Problem(doc.path, line, col, f"'{field}' lists {_shown(error.instance[again])} twice "
                      f"(items {first + 1} and {again + 1})", "remove the repeated item")
        return
    if kind == "anyOf" and "x-allowed" in error.schema:  # a dose: a number, a range or a keyword
        yield Problem(doc.path, line, col, f"'{field}' is {_shown(error.instance)}, which is not allowed here",
                      f"write {error.schema['x-allowed']}")
        return
    if kind == "pattern" and error.validator_value == VISIBLE:
        yield Problem(doc.path, line, col, f"'{field}' is blank: it has no visible characters",
                      f"write the text ({hint})" if hint else "write the text, or delete the field if it is optional")
        return
    if kind == "anyOf" and not pointer and entry.kind == "sources":
        yield Problem(doc.path, line, col, "a source needs a way to find it",
                      "add at least one of `doi:`, `pmid:` or `url:`")
        return
    if kind == "anyOf" and not pointer and entry.kind == "questions":
        yield Problem(doc.path, line, col, "a question links no entry behind its answer",
                      "add at least one of `related_terms:`, `related_causes:`, `related_prevention:`, "
                      "`related_myths:`, `related_stretches:` or `red_flags:`")
        return
    yield Problem(doc.path, line, col, _message(kind, field, error), _hint(kind, error, hint))


VISIBLE = "\\S"  # the schemas' pattern for text that must show something (common.json#/$defs/visible)


def _shown(value: object) -> str:
    """A value as the contributor wrote it, short: '30 bananas', 9999, {min: 0, max: 9999}."""
    if isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {_shown(v)}" for k, v in value.items()) + "}"
    elif isinstance(value, str):
        text = f"'{value}'"
    else:
        text = str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _repeat(items: list) -> tuple[int, int]:
    """The indexes of the first item that appears again, and of its repeat."""
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        key = repr(item)
        if key in seen:
            return seen[key], index
        seen[key] = index
    return 0, 0


def _name(pointer: tuple) -> str:
    parts = [f"[{p + 1}]" if isinstance(p, int) else f".{p}" for p in pointer]
    return "".join(parts).lstrip(".") or "the file"


def _message(kind: str, field: str, error: ValidationError) -> str:
    value = error.instance
    if kind == "enum":
        return f"'{value}' is not an allowed value for '{field}'"
    if kind == "type":
        return f"'{field}' must be {_type_words(error.validator_value)}, not {_type_words(_json_type(value))}"
    if kind == "pattern":
        return f"'{value}' is not a valid value for '{field}'"
    if kind == "minItems":
        return f"'{field}' needs at least {error.validator_value} item(s)"
    if kind == "uniqueItems":
        return f"'{field}' lists the same value twice"
    if kind == "maxItems":
        return f"'{field}' has {len(value)} items; at most {error.validator_value}"
    if kind == "minLength":
        return f"'{field}' is too short ({len(value)} characters; at least {error.validator_value})"
    if kind == "maxLength":
        return f"'{field}' is too long ({len(value)} characters; at most {error.validator_value})"
    if kind == "minimum":
        return f"'{field}' is {value}, below the lowest allowed ({error.validator_value})"
    if kind == "maximum":
        return f"'{field}' is {value}, above the highest allowed ({error.validator_value})"
    if kind == "minProperties":
        return f"'{field}' is empty"
    return f"'{field}': {error.message}"


def _hint(kind: str, error: ValidationError, described: str) -> str:
    if kind == "enum":
        options = [str(v) for v in error.validator_value]
        close = get_close_matches(str(error.instance), options, n=1, cutoff=0.5)
        lead = f"did you mean '{close[0]}'? " if close else ""
        return f"{lead}write one of: {', '.join(options)}"
    if kind == "type" and isinstance(error.instance, bool) and error.validator_value == "string":
        word = "yes" if error.instance else "no"
        if str(error.instance).lower() in error.schema.get("enum", []):
            word = str(error.instance).lower()  # e.g. a myth's verdict: "false"
        return f'YAML reads yes/no/true/false as a switch: put the text in quotes, e.g. "{word}"'
    if kind == "type" and error.validator_value == "array":
        return "write a list, one item per line starting with '- '" + (f" ({described})" if described else "")
    if kind == "uniqueItems":
        return "remove the repeated item"
    if kind == "maxItems":
        return "keep the ones that matter most, or merge items that say the same thing"
    if kind == "maxLength":
        return "shorten it; move technical detail to `details:`" if "summary" in str(error.path) else described
    return described


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return {str: "string", int: "integer", float: "number", list: "array", dict: "object"}.get(type(value), "value")


def _type_words(json_type: object) -> str:
    words = {"string": "text", "integer": "a whole number", "number": "a number", "array": "a list",
             "object": "a group of fields", "boolean": "true or false", "null": "empty"}
    if isinstance(json_type, list):
        return " or ".join(words.get(t, t) for t in json_type)
    return words.get(str(json_type), str(json_type))


RULE = Rule("schema-shape", "Fields, types and allowed values match the kind's JSON Schema.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
