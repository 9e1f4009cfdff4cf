"""The preview's loop: `mkdocs serve` on a copy of the project, one data file saved, and the
seconds until the served page shows the change. The server answers a page only once the rebuild
is done (mkdocs' livereload holds requests until then) and tells the open browser to reload at the
same moment, so polling the page measures what a contributor waits for."""

from __future__ import annotations

import random
import shutil
import socket
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

PROJECT = ["mkdocs.yml", "docs", "macros", "overrides", "data", "seed", "CITATION.cff"]
EDITED = Path("data/terms/doms.yaml")
PAGE = "glossary/doms/"
BASE_PATH = "/cramp-atlas/"  # site_url's path, where mkdocs serve puts the site


def project_copy(root: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for name in PROJECT:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    return target


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, text: str, limit: float) -> float:
    """Seconds until the page at url holds text (polled every 20 ms)."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        page = fetch(url)
        if page is not None and text in page:
            return time.perf_counter() - start
        time.sleep(0.02)
    raise TimeoutError(f"{url} did not show {text!r} within {limit:.0f} s")


# `make serve`'s command, and the full rebuild it replaced (every page built again on each save).
MODES = {"make serve (--dirty, publishing behind the reload)": (["--strict", "--dirty"], {"CRAMP_ATLAS_PREVIEW": "1"}),
         "full rebuild": (["--strict"], {})}


def save_to_reload(root: Path, work: Path, mkdocs: Path, env: dict[str, str], saves: int = 5,
                   flags: tuple[str, ...] = ("--strict", "--dirty")) -> dict[str, float]:
    """First build (server start to page), then the median and spread of save -> page shows it."""
    work.mkdir(parents=True, exist_ok=True)
    project = project_copy(root, work / "preview-project")
    port = free_port()
    url = f"http://127.0.0.1:{port}{BASE_PATH}{PAGE}"
    log = (work / "serve.log").open("w")
    start = time.perf_counter()
    server = subprocess.Popen([str(mkdocs), "serve", *flags, "-a", f"127.0.0.1:{port}"], cwd=project,
                              env={**env, "PYTHONPATH": str(project), "CRAMP_ATLAS_CACHE": str(work / "preview-cache")},
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(url, "<h1", 600)
        first = time.perf_counter() - start
        edited = project / EDITED
        original = edited.read_text(encoding="utf-8")
        seconds = []
        # The gap after each save varies, so the saves fall at every point of the watcher's polling
        # cycle: a fixed gap of whole cycles would land each one at the same point.
        gaps = random.Random(0)
        for n in range(saves):
            marker = f"Renamed for preview {n}"
            assert "\ntitle: " in original
            edited.write_text(original.replace("\ntitle: ", f"\ntitle: {marker} ", 1), encoding="utf-8")
            seconds.append(wait_for(url, marker, 120))
            time.sleep(1 + gaps.random())  # let the watcher settle, so each save is one rebuild
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return {"first": first, "median": statistics.median(seconds), "min": min(seconds), "max": max(seconds),
            "saves": saves}


def both_modes(root: Path, work: Path, mkdocs: Path, env: dict[str, str], saves: int = 5) -> dict[str, dict]:
    """The preview as `make serve` runs it and as a full rebuild, one after the other in one run."""
    return {mode: save_to_reload(root, work / f"preview-{n}", mkdocs, {**env, **extra}, saves, tuple(flags))
            for n, (mode, (flags, extra)) in enumerate(MODES.items())}


__all__ = ["both_modes", "save_to_reload"]
