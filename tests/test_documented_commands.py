"""Every command the README, CONTRIBUTING and the site's own pages show works as written.

`make` targets are run dry (`make -n`: the target exists and its recipe expands); data commands
run for real on a scratch copy of data/ (or show their --help when they need a built site);
the `cramp-atlas` console script itself is installed into a throwaway virtualenv and run.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import BIN, ROOT, Site, run

from macros.cli.scaffold import kind_of
from macros.settings import COMMAND

PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").rglob("*.md"))]
OURS = ("make ", COMMAND + " ")
# What a reader substitutes for a placeholder in a command's synopsis.
PLACEHOLDERS = {"<type>": "term", "<id>": "example-documented-term", "[--check]": "--check"}
NEEDS_A_SITE = {"pdf", "zensical"}  # shown with --help: they print or build a whole site
WRITES_TO = {"export"}  # the folder argument (DIR) goes to a temporary folder


def shown_commands(text: str) -> list[str]:
    """Commands in shell code blocks (one a line, comments dropped) and in `inline code`."""
    found = [line.split("#")[0].strip() for block in re.findall(r"```(?:sh|bash|shell)\n(.*?)```", text, re.DOTALL)
             for line in block.splitlines()]
    found += re.findall(r"`([^`\n]+)`", text)
    return [command for command in found if command.startswith(OURS)]


def documented() -> list[str]:
    return sorted({command for page in PAGES for command in shown_commands(page.read_text(encoding="utf-8"))})


def runnable(command: str, data: Path, out: Path) -> list[str]:
    """The command as a contributor would type it, with the placeholders filled in."""
    words = shlex.split(" ".join(PLACEHOLDERS.get(word, word) for word in command.split()))
    if words[0] == "make":
        return ["make", "-n", "-C", str(ROOT), *words[1:]]
    script = BIN / "cramp-atlas"
    tool = [str(script)] if script.is_file() else [sys.executable, "-m", "macros"]  # same entry point
    args = [str(out) if word == "DIR" else word for word in words[1:]]
    if args[0] in NEEDS_A_SITE:
        return [*tool, args[0], "--help"]
    if args[0].startswith("-"):
        return [*tool, *args]
    return [*tool, *args, "--data", str(data)]


def assert_works(command: str, data: Path, out: Path) -> None:
    if "<command>" in command:
        return  # the synopsis itself; each command is shown on its own
    result = run(runnable(command, data, out), cwd=ROOT)
    assert result.code == 0, f"`{command}` failed:\n{result.out[-2000:]}"
    assert "Traceback" not in result.out, f"`{command}`:\n{result.out[-2000:]}"


def test_the_docs_show_commands_and_none_in_a_form_that_fails_outside_the_virtualenv() -> None:
    commands = documented()
    assert {"make check", "make serve", "make test", f"{COMMAND} new source smith-2024-calf-cramps"} <= set(commands)
    for page in PAGES:
        assert "python -m macros" not in page.read_text(encoding="utf-8"), page.name


@pytest.mark.parametrize("command", documented())
def test_every_command_in_the_readme_contributing_and_docs_works(command: str, scratch_data: Path,
                                                                 tmp_path: Path) -> None:
    assert_works(command, scratch_data, tmp_path / "out")


def test_every_command_on_the_built_site_works(built: Site, scratch_data: Path, tmp_path: Path) -> None:
    shown = {" ".join(code.get_text().split()) for page in built.looked_at()
             for code in built.page(str(page.relative_to(built.root))).select("code")}
    commands = sorted(c for c in shown if c.startswith(OURS))
    assert f"{COMMAND} new red-flag your-new-id" in commands  # the Contribute page, one per kind
    for number, command in enumerate(commands):  # one new id each: `new` refuses an id that exists
        assert_works(command.replace("your-new-id", f"example-site-entry-{number}"), scratch_data, tmp_path / "out")


def test_the_kind_words_contributing_lists_are_ones_new_accepts() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    listed = re.search(r"\(or\s+(`[a-z-]+`(?:,\s*`[a-z-]+`)*)\)", text)[1]
    for word in re.findall(r"`([a-z-]+)`", listed):
        kind_of(word)


def test_the_console_script_installs_and_runs_from_any_folder(tmp_path: Path) -> None:
    # A throwaway environment that sees the pinned packages of the running one: only the
    # project's own install (what `make setup` adds last) is tested here.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    site_packages = next(env_dir.glob("lib/python*/site-packages"))
    (site_packages / "pinned.pth").write_text("\n".join(p for p in sys.path if p.endswith("site-packages")) + "\n")
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "-e", str(ROOT)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    result = run([str(env_dir / "bin" / "cramp-atlas"), "check"], cwd=tmp_path)
    assert result.code == 0 and "0 error(s)" in result.out, result.out[-2000:]
