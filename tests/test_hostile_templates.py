"""Data text is never template text: a Jinja payload in a fact cannot run code in any engine.

Two layers, each tested on its own. `check` refuses template delimiters in data (rule
template-text), so a payload never reaches a build. Behind it, the pages hand data to the
engines only as values (macros/site/pages.py): to prove that layer, the builds below run with the
template-text rule switched off in the child process (a sitecustomize on PYTHONPATH), and the
payload must still do nothing and show as typed.
"""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import BIN, ROOT, check, previewing, run
from test_contributor_mistakes import STRETCH, edit, line_of

from macros.site.pages import finished, stub

# Quote-free, so HTML escaping alone does not defuse it: the folder's path comes from the environment.
OS = "cycler.__init__.__globals__.os"
TITLE = f"Calf {{{{ {OS}.mkdir({OS}.environ.PWNED_DIR) }}}} x"
SUMMARY = f"Lean on a wall {{% if {OS}.mkdir({OS}.environ.PWNED_DIR ~ 2) %}}{{% endif %}} to stretch the calf."
ALT = "A person leans on a wall {# a comment #} with one leg back."
PAGE = "stretches/standing-calf-stretch/"

RULE_OFF = """import sys
sys.path.insert(0, {root!r})
import macros.check.rules as rules
import macros.check.runner as validate
_all = rules.all_rules
rules.all_rules = validate.all_rules = lambda: [rule for rule in _all() if rule.id != "template-text"]
"""


def plant(data: Path) -> None:
    edit(data, STRETCH, "title: Standing calf stretch against a wall", f"title: {TITLE}")
    edit(data, STRETCH, "  Lean into a wall with your back leg straight to stretch the big muscle of the calf.",
         f"  {SUMMARY}")
    edit(data, STRETCH, "  A person leans with both hands on a wall,", f"  {ALT}")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A data copy with the payload, the marker folder it would create, and an environment whose
    Python processes run without the template-text rule."""
    import shutil

    base = tmp_path_factory.mktemp("hostile")
    data = base / "data"
    shutil.copytree(ROOT / "data", data)
    plant(data)
    hook = base / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(RULE_OFF.format(root=str(ROOT)), encoding="utf-8")
    marker = base / "pwned"
    env = {"PWNED_DIR": str(marker), "CRAMP_ATLAS_DATA": str(data), "PYTHONPATH": str(hook),
           "CRAMP_ATLAS_CACHE": str(base / "cache")}
    return {"data": data, "marker": marker, "env": env, "base": base}


def markers(hostile: dict[str, object]) -> list[Path]:
    marker = Path(str(hostile["marker"]))
    return [p for p in (marker, Path(f"{marker}2")) if p.exists()]


def assert_literal(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title is not None and soup.title.get_text().startswith(TITLE), soup.title
    text = " ".join(soup.select_one("article").get_text(" ").split())
    assert TITLE in text and SUMMARY in text and ALT in text
    description = soup.find("meta", attrs={"name": "description"})
    assert description is not None and description["content"] == SUMMARY


def test_a_stub_holds_no_template_text() -> None:
    page = stub(TITLE, SUMMARY, "entry_page('x')")
    front = page.split("---")[1]
    assert "{" not in front and "}" not in front
    assert page.count("{{") == 1  # the one macro call, naming an id


def test_a_finished_page_tells_the_macros_layer_to_leave_it_alone() -> None:
    """An entry page is handed to the engines rendered; its body holds data text, so both
    engines' macros layers are told not to read it as a template (the builds below prove they obey)."""
    import yaml

    page = finished(TITLE, SUMMARY, "<p>Calf {{ x }}</p>")
    front = page.split("---\n")[1]
    assert "{" not in front and "}" not in front
    assert yaml.safe_load(front) == {"title": TITLE.replace("{", "&#123;").replace("}", "&#125;"),
                                     "description": SUMMARY.replace("{", "&#123;").replace("}", "&#125;"),
                                     "render_macros": False, "finished_html": True}


@pytest.mark.parametrize("delimiter", ["{{", "{%", "{#", "}}", "%}", "#}"])
def test_check_refuses_template_delimiters(scratch_data: Path, delimiter: str) -> None:
    edit(scratch_data, STRETCH, "  - Keep breathing normally.", f"  - Keep breathing{delimiter} normally.")
    result = check(scratch_data)
    line = line_of(scratch_data, STRETCH, "Keep breathing")
    expected = (f"data/{STRETCH}:{line}:19: error[template-text]: 'cautions[3]' contains '{delimiter}', which the site's "
                f"template engine reads as code — take out the '{delimiter}'")
    assert result.code == 1 and expected in result.out, result.out
    assert "Traceback" not in result.out


def test_the_build_refuses_the_payload_before_rendering(hostile: dict[str, object], tmp_path: Path) -> None:
    env = {**dict(hostile["env"]), "PYTHONPATH": ""}  # the rule on, as everywhere outside this test
    result = run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(tmp_path / "site")], env=env)
    assert result.code == 1, result.out
    assert f"data/{STRETCH}:2:13: error[template-text]: 'title' contains '{{{{'" in result.out, result.out
    assert "Traceback" not in result.out and not markers(hostile)


@pytest.fixture(scope="module")
def hostile_site(hostile: dict[str, object]) -> Path:
    site = Path(str(hostile["base"])) / "site"
    result = run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], env=dict(hostile["env"]))
    assert result.code == 0, result.out
    return site


def test_mkdocs_build_shows_the_payload_as_text(hostile: dict[str, object], hostile_site: Path) -> None:
    assert not markers(hostile)
    assert_literal((hostile_site / PAGE / "index.html").read_text(encoding="utf-8"))


def test_the_pdf_step_prints_the_payload_as_text(hostile: dict[str, object], hostile_site: Path) -> None:
    # The payload's card and the guides that hold it; the other stretches' cards carry no payload.
    result = run([sys.executable, "-m", "macros", "pdf", "--site", str(hostile_site), "--only", "standing-calf-stretch"],
                 env=dict(hostile["env"]))
    assert result.code == 0, result.out
    assert not markers(hostile)
    card = hostile_site / "print" / "standing-calf-stretch-a4.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(card), "-"], capture_output=True, text=True, check=True).stdout
    assert "Calf {{ cycler" in " ".join(text.split()), text[:500]


def test_zensical_build_shows_the_payload_as_text(hostile: dict[str, object]) -> None:
    site = Path(str(hostile["base"])) / "site-zensical"
    result = run([sys.executable, "-m", "macros", "zensical", "--site", str(site)], env=dict(hostile["env"]))
    assert result.code == 0, result.out
    assert not markers(hostile)
    assert_literal((site / PAGE / "index.html").read_text(encoding="utf-8"))


def test_mkdocs_serve_shows_the_payload_as_text(hostile: dict[str, object], tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    with previewing(ROOT, dict(hostile["env"]), log, "--no-livereload") as base, \
            urllib.request.urlopen(base + PAGE, timeout=60) as answer:
        html = answer.read().decode("utf-8")
    assert not markers(hostile), log.read_text(encoding="utf-8")
    assert_literal(html)
