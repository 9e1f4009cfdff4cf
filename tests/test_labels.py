"""Display labels live in the schemas beside each enum: one source, and a missing one is named."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from macros import entities
from macros.check.runner import read
from macros.model.atlas import build
from macros.schema import registry as schemas
from macros.site.render import Renderer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def schema_copy(tmp_path: Path) -> Iterator[Path]:
    """A private copy of macros/schema/, in use for the test (the real one is put back after)."""
    folder = tmp_path / "schema"
    shutil.copytree(schemas.SCHEMA_DIR, folder)
    before = schemas.in_use()
    yield folder
    schemas.use(before)


def add_group(folder: Path, value: str, label: str | None) -> None:
    path = folder / "terms.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    group = schema["properties"]["group"]
    group["enum"].append(value)
    if label:
        group["x-labels"][value] = label
    path.write_text(json.dumps(schema, indent=2), encoding="utf-8")
    schemas.use(schemas.Schemas(folder))


def test_every_enum_value_in_the_schemas_has_a_label() -> None:
    assert entities.unlabelled() == []
    assert entities.labels("TIERS")["emergency"] == "Emergency: get help now"


def test_a_new_enum_value_without_a_label_is_reported_by_name(schema_copy: Path) -> None:
    add_group(schema_copy, "night", None)
    assert entities.unlabelled() == [
        ("macros/schema/terms.json properties/group: value 'night' has no label — "
         "add \"night\": \"<what readers see>\" to its x-labels")]
    with pytest.raises(entities.LabelError, match="value 'night' has no label"):
        entities.GROUPS  # noqa: B018 — what a template reads: an error naming the fix, not a KeyError


def test_a_new_enum_value_with_a_label_shows_up_in_the_section_list(schema_copy: Path, scratch_data: Path) -> None:
    add_group(schema_copy, "night", "Night-time cramps")
    term = scratch_data / "terms/muscle-cramp.yaml"
    term.write_text(term.read_text(encoding="utf-8").replace("group: cramp", "group: night", 1), encoding="utf-8")
    atlas = build(read(scratch_data).files)
    page = Renderer(atlas).section("terms", "glossary/")
    assert '<h2 id="night">Night-time cramps</h2>' in page
    night = page.split('<h2 id="night">', 1)[1].split("<h2", 1)[0]
    assert "Muscle cramp" in night
