"""State lives on one build's session: a rebuild in the same process (what `mkdocs serve` does)
sees today's data and today's schema, and refuses data a fresh build would refuse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import QUIET, ROOT, copy_project

from macros.model.atlas import begin, current
from macros.settings import project

# Run in a copy of the project (copy_project: what git tracks); its build imports the copy's own macros.
REBUILDS = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = Path.cwd()
    sys.path.insert(0, str(root))

    def rebuild(out):
        try:
            build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / out)))
            return "built"
        except BaseException as exc:  # what the CLI would print and exit 1 on
            return f"failed: {exc}"

    def edit(path, old, new):
        file = root / path
        text = file.read_text(encoding="utf-8")
        assert old in text, (path, old)
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    steps = {"first": rebuild("site-1")}
    edit("data/terms/doms.yaml", "title: ", "title: Freshly renamed ")
    edit("macros/schema/terms.json", "One or two plain sentences a reader understands first",
         "Freshly described summary")
    steps["second"] = rebuild("site-2")
    edit("macros/schema/terms.json", '"minLength": 20', '"minLength": 2000')
    steps["third"] = rebuild("site-3")
    print(json.dumps(steps))
""")



def test_a_rebuild_in_the_same_process_sees_changed_data_and_a_changed_schema(tmp_path: Path) -> None:
    copy = copy_project(tmp_path / "project")
    done = subprocess.run([sys.executable, "-c", REBUILDS], cwd=copy, capture_output=True, text=True,
                          env={**os.environ, **QUIET, "CRAMP_ATLAS_CACHE": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr[-3000:]
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    assert steps["first"] == "built", steps
    assert steps["second"] == "built", steps
    renamed = (copy / "site-2" / "glossary" / "doms" / "index.html").read_text(encoding="utf-8")
    assert "Freshly renamed" in renamed
    assert "Freshly described summary" in (copy / "site-2" / "data" / "index.html").read_text(encoding="utf-8")
    assert "Freshly described summary" not in (copy / "site-1" / "data" / "index.html").read_text(encoding="utf-8")
    # A schema the data no longer meets fails the rebuild, with the contributor's message.
    assert steps["third"].startswith("failed:"), steps
    assert "data/terms/doms.yaml:" in done.stderr and "'summary' is too short" in done.stderr, done.stderr[-3000:]


def test_a_session_is_kept_while_nothing_it_read_changes_and_replaced_when_a_file_does(scratch_data: Path) -> None:
    settings = project().with_data(scratch_data)
    first = begin(settings)
    assert begin(settings) is first  # Zensical asks once per page: no second check
    term = scratch_data / "terms" / "doms.yaml"
    term.write_text(term.read_text(encoding="utf-8").replace("title: ", "title: Renamed ", 1), encoding="utf-8")
    second = begin(settings)
    assert second is not first
    assert second.atlas.get("doms").title.startswith("Renamed ")
    assert current() is second


def test_importing_the_checker_does_not_load_the_site_layer() -> None:
    probe = ("import sys, macros.check.runner, macros.cli.commands, macros.model.atlas; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'segno', 'markdown', 'mkdocs') "
             "or m.startswith('macros.site')))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.replace("'", '"')) == []


def test_mkdocs_macros_still_finds_define_env_on_the_package() -> None:
    import macros

    assert callable(macros.define_env) and callable(macros.on_post_build)
