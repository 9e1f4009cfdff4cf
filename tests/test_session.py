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
    import json, logging, sys
    from pathlib import Path
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = Path.cwd()
    sys.path.insert(0, str(root))
    logging.basicConfig(level=logging.WARNING)  # as the CLI shows them: on the terminal
    site = root / "site"
    # Pages to watch: the renamed term's, one that links to it, one that does not (mtime in ns).
    watched = ["glossary/doms/index.html", "prevention/build-up-gradually/index.html",
               "sources/ec-112-emergency-number/index.html", "data/index.html"]

    def rebuild():
        # As `mkdocs serve --dirty --strict` (make serve) rebuilds: same process, same site folder.
        try:
            build(load_config(str(root / "mkdocs.yml"), site_dir=str(site), strict=True), dirty=True)
            return {"result": "built", **{page: (site / page).stat().st_mtime_ns for page in watched}}
        except BaseException as exc:  # what the CLI would print and exit 1 on
            return {"result": f"failed: {exc}"}

    def edit(path, old, new):
        file = root / path
        text = file.read_text(encoding="utf-8")
        assert old in text, (path, old)
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    steps = {"first": rebuild()}
    steps["first"]["data page"] = (site / "data" / "index.html").read_text(encoding="utf-8")
    edit("data/terms/doms.yaml", "title: ", "title: Freshly renamed ")
    edit("macros/schema/terms.json", "One or two plain sentences a reader understands first",
         "Freshly described summary")
    steps["second"] = rebuild()
    from macros.site.plugin import BEHIND_THE_RELOAD
    BEHIND_THE_RELOAD.wait()  # the preview writes the search index just after the build
    steps["second"]["words"] = (site / "pagefind" / "words.json").read_text(encoding="utf-8")
    edit("macros/schema/terms.json", '"minLength": 20', '"minLength": 2000')
    steps["third"] = rebuild()
    print(json.dumps(steps))
""")


def test_a_rebuild_in_the_same_process_sees_changed_data_and_a_changed_schema(tmp_path: Path) -> None:
    """The preview's loop: each page that shows the change is built again, and only those."""
    copy = copy_project(tmp_path / "project")
    done = subprocess.run([sys.executable, "-c", REBUILDS], cwd=copy, capture_output=True, text=True,
                          env={**os.environ, **QUIET, "CRAMP_ATLAS_CACHE": str(tmp_path / "cache"),
                               "CRAMP_ATLAS_PREVIEW": "1"})  # as make serve
    assert done.returncode == 0, done.stderr[-3000:]
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    first, second = steps["first"], steps["second"]
    assert first["result"] == "built" and second["result"] == "built", steps
    site = copy / "site"
    renamed = (site / "glossary" / "doms" / "index.html").read_text(encoding="utf-8")
    assert "Freshly renamed" in renamed
    assert "/edit/main/data/terms/doms.yaml" in renamed  # the edit link survives the rebuild
    assert "Freshly renamed" in (site / "prevention" / "build-up-gradually" / "index.html").read_text(encoding="utf-8")
    assert "Freshly renamed" in (site / "index.html").read_text(encoding="utf-8")  # hand-made: always built
    assert "Freshly described summary" in (site / "data" / "index.html").read_text(encoding="utf-8")
    assert "Freshly described summary" not in first["data page"]
    for page in ("glossary/doms/index.html", "prevention/build-up-gradually/index.html", "data/index.html"):
        assert second[page] > first[page], f"{page} was not built again"
    unrelated = "sources/ec-112-emergency-number/index.html"
    assert second[unrelated] == first[unrelated], "a page the change does not show was built again"
    # A schema the data no longer meets fails the rebuild, with the contributor's message.
    assert steps["third"]["result"].startswith("failed:"), steps["third"]
    assert "data/terms/doms.yaml:" in done.stderr and "'summary' is too short" in done.stderr, done.stderr[-3000:]
    assert "'dirty' build" not in done.stderr  # the warning --strict would fail on is dropped
    assert '"freshly"' in second["words"]  # the search index, written behind the reload, has the new title


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
