"""The atlas as open data: atlas.json, one JSON and one CSV per kind, and the schemas.

Every build writes these into site/data/ (and the schemas into site/schema/), from the same
validated model the pages are rendered from, so the download can never disagree with the site.
`fields` holds each entry as written in data/, except that reference markers (`[@source-id]`,
macros/load/citations.py) are taken out of `details` so no one shows their raw syntax; `statements`
keeps what they said: the details text cut after each marker, with the sources it names. The
resolved links, back-links and review trail sit beside it, never mixed in.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

from macros.entities import KINDS, Kind
from macros.load import citations
from macros.model.atlas import Atlas, Entry, begin
from macros.model.history import History
from macros.schema.registry import SCHEMA_DIR, schema
from macros.settings import Settings

SCHEMA_VERSION = "1.1.0"  # of the export format: a major bump means consumers must change code
ATLAS_SCHEMA = "atlas.schema.json"
LICENSE = {
    "content": {"name": "Creative Commons Attribution 4.0 International", "spdx": "CC-BY-4.0",
                "url": "https://creativecommons.org/licenses/by/4.0/"},
    "code": {"name": "MIT License", "spdx": "MIT", "url": "https://opensource.org/license/mit"},
}
LIST_SEPARATOR = "; "  # how a CSV cell joins a list of values


def reference(entry: Entry, site_url: str) -> dict[str, str]:
    return {"id": entry.id, "kind": entry.kind.name, "title": entry.title,
            "url": site_url + entry.site_path}


def reader_fields(entry: Entry) -> dict[str, Any]:
    """The entry's fields with reference markers taken out of the text readers see."""
    text = entry.fields.get(citations.FIELD)
    if not isinstance(text, str) or citations.OPENING not in text:
        return entry.fields
    return {**entry.fields, citations.FIELD: citations.plain(text)}


def entry_record(entry: Entry, history: History, site_url: str) -> dict[str, Any]:
    change = history.last_change(entry.data_file)
    fields = reader_fields(entry)
    return {
        "id": entry.id,
        "kind": entry.kind.name,
        "url": site_url + entry.site_path,
        "file": entry.path,
        "fields": fields,
        **({"statements": citations.statements(entry.fields[citations.FIELD])} if fields is not entry.fields else {}),
        "links": {name: [reference(e, site_url) for e in linked] for name, linked in entry.links.items()},
        "backlinks": {kind: [reference(e, site_url) for e in named] for kind, named in entry.backlinks.items()},
        "last_changed": {"date": change.date, "commit": change.commit} if change else None,
    }


def document_head(history: History, settings: Settings, chosen: list[Kind]) -> dict[str, Any]:
    site_url = settings.site_url.rstrip("/") + "/"
    return {
        "$schema": f"{site_url}schema/{ATLAS_SCHEMA}",
        "schema_version": SCHEMA_VERSION,
        "title": settings.site_name,
        "site_url": site_url,
        "repository": settings.repo_url,
        "commit": history.head,
        "commit_note": None if history.head else f"built without git: {history.unavailable}",
        "license": LICENSE,
        "kinds": [{"name": k.name, "singular": k.singular, "section": site_url + k.section + "/",
                   "schema": f"{site_url}schema/{k.name}.json"} for k in chosen],
    }


def restricted(head: dict[str, Any], entries: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The document with these kinds' records; a kind's file reuses atlas.json's records."""
    return {**head, "kinds": [k for k in head["kinds"] if k["name"] in entries], "entries": entries}


def csv_columns(properties: dict[str, Any], prefix: str = "") -> list[str]:
    """One column per field; objects the schema spells out become dotted columns (dose.flexibility.hold)."""
    columns = []
    for name, prop in properties.items():
        if prop.get("type") == "object" and "properties" in prop:
            columns += csv_columns(prop["properties"], f"{prefix}{name}.")
        else:
            columns.append(prefix + name)
    return columns


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def dotted(fields: dict[str, Any], column: str) -> Any:
    value: Any = fields
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def csv_text(kind: str, records: list[dict[str, Any]]) -> str:
    columns = csv_columns(schema(kind)["properties"])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "url", *columns, "last_changed", "commit"])
    for record in records:
        change = record["last_changed"] or {}
        writer.writerow([record["id"], record["url"], *(cell(dotted(record["fields"], c)) for c in columns),
                         change.get("date", ""), change.get("commit", "")])
    return out.getvalue()


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _indented(value: Any, level: int) -> str:
    """json.dumps(value, indent=2) as it reads nested `level` deep: every line but the first
    indented further (JSON strings hold no raw line break, so every newline is the layout's)."""
    return _json(value)[:-1].replace("\n", "\n" + "  " * level)


def _hole(kind: str) -> str:
    """The value that stands for a kind's records in a document's frame. A NUL never survives
    json.dumps unescaped, so no data text can look like one."""
    return f"\0{kind}\0"


def hole(kind: str) -> str:
    """Where a kind's records go in a frame, as json.dumps writes the stand-in."""
    return json.dumps(_hole(kind))


def frame(head: dict[str, Any], kinds: list[str]) -> str:
    """A document as _json writes it, with a hole where each of these kinds' records go."""
    return _json(restricted(head, {kind: _hole(kind) for kind in kinds}))


def write_export(site_dir: Path, atlas: Atlas | None = None, history: History | None = None,
                 settings: Settings | None = None) -> list[Path]:
    """Write data/ and schema/ under site_dir (by default from a session over the project's
    settings, as a command outside a build needs); return the files written.

    One kind at a time: its records are made and serialized once (Python's indenting encoder is
    slow), written into atlas.json's place for them and into the kind's own files, and let go, so
    the export holds one kind's records, never the whole atlas as records and text at once (at
    10x data, that was the build's peak)."""
    if atlas is None or history is None or settings is None:
        session = begin(settings)
        atlas, history, settings = atlas or session.atlas, history or session.history, session.settings
    data_out, schema_out = site_dir / "data", site_dir / "schema"
    data_out.mkdir(parents=True, exist_ok=True)
    schema_out.mkdir(parents=True, exist_ok=True)
    site_url = settings.site_url.rstrip("/") + "/"
    head = document_head(history, settings, list(KINDS))
    written = [data_out / "atlas.json"]
    rest = frame(head, [kind.name for kind in KINDS])
    with written[0].open("w", encoding="utf-8") as whole:
        for kind in KINDS:
            records = [entry_record(e, history, site_url) for e in sorted(atlas.of_kind(kind.name), key=lambda e: e.id)]
            listed = _indented(records, 2)
            before, rest = rest.split(hole(kind.name), 1)
            whole.write(before + listed)
            own = frame(head, [kind.name]).replace(hole(kind.name), listed, 1)
            (data_out / f"{kind.name}.json").write_text(own, encoding="utf-8")
            (data_out / f"{kind.name}.csv").write_text(csv_text(kind.name, records), encoding="utf-8")
            written += [data_out / f"{kind.name}.json", data_out / f"{kind.name}.csv"]
        whole.write(rest)
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        written.append(Path(shutil.copy(path, schema_out / path.name)))
    _publish_regions(schema_out / "stretches.json", settings.data)
    return written


def _publish_regions(path: Path, data: Path) -> None:
    """The published stretch schema lists the regions of data/regions.yaml, so it rejects any other."""
    from macros.load.regions import regions

    published = json.loads(path.read_text(encoding="utf-8"))
    published["properties"]["region"]["enum"] = list(regions(data))
    path.write_text(json.dumps(published, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
