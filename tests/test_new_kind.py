"""A new kind is what the README's "Adding a kind" says: a toy kind, added in a temporary copy of
the project by exactly those steps, builds into a section page, entry pages and valid open data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import BIN, copy_project, run
from jsonschema import Draft202012Validator

from macros.schema.registry import Schemas

MYTH = "data/myths/lactic-acid-causes-cramps.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}: the README's steps no longer match the code"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def schema(copy: Path) -> None:
    """One schema, macros/schema/<kind>.json, and its entry list in the export's atlas.schema.json."""
    tips = json.loads((copy / "macros/schema/myths.json").read_text(encoding="utf-8"))
    tips["$id"] = tips["$id"].replace("myths.json", "tips.json")
    (copy / "macros/schema/tips.json").write_text(json.dumps(tips, indent=2), encoding="utf-8")
    atlas_path = copy / "macros/schema/atlas.schema.json"
    atlas = json.loads(atlas_path.read_text(encoding="utf-8"))
    entries = atlas["properties"]["entries"]["properties"]
    entries["tips"] = json.loads(json.dumps(entries["myths"]).replace('"myths"', '"tips"'))
    atlas["$defs"]["kind_name"]["enum"].append("tips")
    atlas_path.write_text(json.dumps(atlas, indent=2), encoding="utf-8")


def data_folder(copy: Path) -> None:
    (copy / "data/tips").mkdir()
    text = (copy / MYTH).read_text(encoding="utf-8").replace("schema/myths.json", "schema/tips.json")
    (copy / "data/tips/toy-tip.yaml").write_text(text.replace("\ntitle: ", "\ntitle: Toy tip about ", 1), encoding="utf-8")


def template(copy: Path) -> None:
    shutil.copy(copy / "macros/site/templates/myth.html", copy / "macros/site/templates/tip.html")


def registry_line(copy: Path) -> None:
    edit(copy / "macros/entities.py", '    Kind("first-aid",', '    Kind("tips", "tip", "tips", "Tips", "tip.html", word="tip"),\n    Kind("first-aid",')


def section_view(copy: Path) -> None:
    edit(copy / "macros/site/render.py", '    "first-aid": ("first_aid_list.html", {}),',
         '    "first-aid": ("first_aid_list.html", {}),\n    "tips": ("grouped_list.html", {"field": "verdict", "labels": "MYTH_VERDICTS"}),')


def section_page(copy: Path) -> None:
    (copy / "docs/tips").mkdir()
    (copy / "docs/tips/index.md").write_text('---\ntitle: Tips\n---\n\n# Tips\n\n{{ section("tips") }}\n', encoding="utf-8")
    edit(copy / "mkdocs.yml", "  /first-aid/*.md\n", "  /first-aid/*.md\n  /tips/*.md\n")
    edit(copy / "mkdocs.yml", "  - Home: index.md\n", "  - Home: index.md\n  - Tips: tips/index.md\n")


def test_a_toy_kind_added_as_the_readme_says_builds_into_the_site(tmp_path: Path) -> None:
    copy = tmp_path / "project"
    copy_project(copy)
    for step in (schema, data_folder, template, registry_line, section_view, section_page):
        step(copy)
    env = {"PYTHONPATH": str(copy), "CRAMP_ATLAS_CACHE": str(tmp_path / "cache")}  # the copy's code, not ours
    checked = run([str(BIN / "python"), "-m", "macros", "check"], cwd=copy, env=env)
    assert checked.code == 0 and "0 error(s)" in checked.out, checked.out
    site = tmp_path / "site"
    built = run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], cwd=copy, env=env)
    assert built.code == 0, built.out
    section = (site / "tips/index.html").read_text(encoding="utf-8")
    assert "Toy tip about" in section and 'href="toy-tip/"' in section.replace("./toy-tip/", "toy-tip/")
    assert "Toy tip about" in (site / "tips/toy-tip/index.html").read_text(encoding="utf-8")
    atlas = json.loads((site / "data/atlas.json").read_text(encoding="utf-8"))
    schemas = Schemas(copy / "macros/schema")
    Draft202012Validator(schemas.schema("atlas.schema"), registry=schemas.registry).validate(atlas)
    assert [entry["id"] for entry in atlas["entries"]["tips"]] == ["toy-tip"]
