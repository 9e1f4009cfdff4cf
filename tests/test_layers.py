"""The folders of macros/ are the pipeline's stages, and imports only go down the pipeline.

A stage may use its own modules and the stages before it, never one after it: so the checker runs
without the model, the model without the site, and a new maintainer can read the tree top-down
(README.md, "How it fits together"). The two entry files of the package sit on top.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "macros"
# Earliest first. A module at the top of the package (settings.py…) is its own stage.
STAGES = ["problems", "settings", "load", "schema", "entities", "check", "model", "publish", "site", "cli"]
ENTRY = {"__init__", "__main__"}  # what mkdocs-macros and `python -m macros` load: may use any stage


def stage_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "macros"


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("macros.")}


def test_every_module_of_macros_sits_in_a_stage() -> None:
    strays = [p.relative_to(ROOT) for p in PACKAGE.rglob("*.py")
              if p.relative_to(PACKAGE).parts[0].removesuffix(".py") not in STAGES + sorted(ENTRY)]
    assert not strays, f"modules outside the stages {STAGES}: {strays}"


def test_imports_only_go_down_the_pipeline() -> None:
    upward = []
    for path in PACKAGE.rglob("*.py"):
        here = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if here in ENTRY:
            continue
        for module in imports(path):
            there = stage_of(module)
            if STAGES.index(there) > STAGES.index(here):
                upward.append(f"{path.relative_to(ROOT)} ({here}) imports {module} ({there})")
    assert not upward, "imports against the pipeline's direction:\n" + "\n".join(sorted(upward))


def test_every_module_of_macros_imports() -> None:
    """An import left pointing at a module's old place fails here, not in a reader's command."""
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        if name in ("macros.__main__", "macros.site.gen_pages"):  # run as scripts: they act on import
            continue
        importlib.import_module(name)
