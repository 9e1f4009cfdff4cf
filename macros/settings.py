"""What the pipeline is told from outside: mkdocs.yml and the environment, read in one place.

A build passes the config its engine loaded (`from_config`), so a site built from another config
file (Zensical's copy, a benchmark's) uses that file's values. Commands run outside a build read
the mkdocs.yml beside the code once (`project`). The environment is read when settings are made,
never when a module is imported, so a test or a benchmark can point a run at other data.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFIG_FILE = PROJECT_ROOT / "mkdocs.yml"
SEED_FILE = PROJECT_ROOT / "seed" / "source-text.txt"
# How the docs tell a contributor to run the command line from a checkout: `make setup` (which
# every make target runs first) installs it into .venv, so it works without activating anything.
COMMAND = ".venv/bin/cramp-atlas"
# Variables a contributor, a test or a benchmark may set.
DATA_VARIABLE = "CRAMP_ATLAS_DATA"  # another data folder (tests, benchmarks)
CACHE_VARIABLE = "CRAMP_ATLAS_CACHE"  # where `check` keeps what it remembers between runs
CHROMIUM_VARIABLE = "CRAMP_ATLAS_CHROMIUM"  # a Chromium binary other than the one on PATH
TODAY_VARIABLE = "CRAMP_ATLAS_TODAY"  # YYYY-MM-DD: the day checks judge dates against (tests pin it)
PREVIEW_VARIABLE = "CRAMP_ATLAS_PREVIEW"  # "1" from make serve: open data and search index behind the reload


@dataclass(frozen=True)
class Settings:
    data: Path  # the data folder every stage reads
    cache_dir: Path  # `check`'s memory of unchanged files (ignored by git)
    seed: Path  # the text the atlas was started from: nothing may copy it (rule copied-text)
    chromium: str | None = None  # CRAMP_ATLAS_CHROMIUM, when set
    site_name: str = "Cramp Atlas"
    site_url: str = ""  # e.g. https://cramp-atlas.github.io/cramp-atlas/
    repo_url: str | None = None  # e.g. https://github.com/cramp-atlas/cramp-atlas
    edit_uri: str | None = None  # e.g. edit/main/docs/
    preview: bool = False  # CRAMP_ATLAS_PREVIEW=1: the live preview, where a save must show at once

    @classmethod
    def from_config(cls, conf: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> Settings:
        """Settings for a build from its engine's loaded config (an MkDocsConfig or a plain dict)."""
        environ = os.environ if environ is None else environ
        return cls(
            data=Path(environ.get(DATA_VARIABLE) or PROJECT_ROOT / "data").resolve(),
            cache_dir=Path(environ.get(CACHE_VARIABLE) or PROJECT_ROOT / ".cache"),
            seed=SEED_FILE,
            chromium=environ.get(CHROMIUM_VARIABLE) or None,
            site_name=conf.get("site_name") or "Cramp Atlas",
            site_url=conf.get("site_url") or "",
            repo_url=(conf.get("repo_url") or "").rstrip("/") or None,
            edit_uri=conf.get("edit_uri"),
            preview=environ.get(PREVIEW_VARIABLE) == "1",
        )

    def with_data(self, data: Path | None) -> Settings:
        """The same settings over another data folder (`--data`); None keeps this one."""
        return self if data is None else replace(self, data=Path(data).resolve())

    @property
    def branch(self) -> str:
        """The branch the site is published from, read from an edit_uri like 'edit/main/docs/'."""
        parts = (self.edit_uri or "").strip("/").split("/")
        return parts[1] if len(parts) > 1 and parts[0] in ("edit", "blob", "tree") else "main"


@functools.cache
def project_config() -> dict[str, Any]:
    """mkdocs.yml beside the code, parsed once: for commands and tests that run without a build."""
    try:
        return yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}


@functools.cache
def project() -> Settings:
    """The settings of a command run outside a build: mkdocs.yml and the environment, read once."""
    return Settings.from_config(project_config())


@functools.cache
def today() -> dt.date:
    """The date checks judge against: CRAMP_ATLAS_TODAY (YYYY-MM-DD) if set, else the clock's."""
    pinned = os.environ.get(TODAY_VARIABLE)
    return dt.date.fromisoformat(pinned) if pinned else dt.date.today()
