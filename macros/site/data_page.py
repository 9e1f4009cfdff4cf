"""Macros for the Data page: the downloads, the field reference, how to cite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from macros.entities import KINDS
from macros.settings import PROJECT_ROOT
from macros.site.field_reference import export_fields, kind_fields
from macros.site.render import Renderer

CITATION = PROJECT_ROOT / "CITATION.cff"


def citation(path: Path = CITATION) -> dict[str, Any]:
    """CITATION.cff is the one place the dataset's citation is written."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def register(part: Callable[[Callable[..., str]], Callable[..., str]], renderer: Renderer,
             here: Callable[[], str]) -> None:
    """The Data page's macros, each registered by `part` (macros/site/plugin.py `parts`)."""

    @part
    def data_downloads() -> str:
        return renderer.render("data_downloads.html", here(), kinds=KINDS)

    @part
    def field_reference() -> str:
        return renderer.render("field_reference.html", here(), kinds=KINDS, top=export_fields("top"),
                               entry_fields=export_fields("entry"),
                               fields_of={k.name: kind_fields(k.name) for k in KINDS})

    @part
    def how_to_cite() -> str:
        return renderer.render("how_to_cite.html", here(), cff=citation(),
                               commit=renderer.trail.history.head if renderer.trail else None)
