"""`make bench`: how fast the site builds, how it scales, and MkDocs against Zensical.

1. The real site against its plain-Markdown floor: the same pages, already rendered to
   Markdown, built without the macros layer (median of alternating runs).
2. Synthetic atlases at 1x, 10x and 100x: build time and peak memory; `check` on 10,000 entries.
3. Hostile size: cold `check` with one data file grown to 10 MB (refused before parsing), and
   with one just under the size limit (parsed and checked in full): seconds and peak memory.
4. The same mkdocs.yml built with Zensical.

Prints a table and writes it to bench/results/bench.md (bench-<parts>.md for a partial run with --only).
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bench.synthetic import generate
from macros.settings import project_config

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
CHILD_PEAK = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
              "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")


def timed(args: list[str], env: dict[str, str] | None = None, limit: float | None = None,
          ok: tuple[str, ...] = ("0",)) -> tuple[float, int]:
    """Wall seconds and peak memory (MiB) of one command, measured in a fresh wrapper process."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD_PEAK, *args], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, **QUIET, **(env or {})}, timeout=limit)
    seconds = time.perf_counter() - start
    peak_kib, code = out.stdout.split()
    if code not in ok:
        raise RuntimeError(f"failed ({code}): {' '.join(args)}\n{out.stderr[-2000:]}")
    return seconds, int(peak_kib) // 1024


def mkdocs(config: Path, site: Path, env: dict[str, str] | None = None, limit: float | None = None) -> tuple[float, int]:
    return timed([str(BIN / "mkdocs"), "build", "--strict", "-q", "-f", str(config), "-d", str(site)], env, limit)


def floor_config(work: Path) -> Path:
    """Capture every page's rendered Markdown, then a config that builds it with no macros."""
    capture = ROOT / ".bench-capture.yml"
    config = copy.deepcopy(project_config())
    capture.write_text(yaml.safe_dump({**config, "hooks": ["bench/capture_hook.py"]}, sort_keys=False), encoding="utf-8")
    docs = work / "floor-docs"
    shutil.copytree(ROOT / "docs", docs)  # assets, then every page overwritten by its rendered Markdown
    try:
        mkdocs(capture, work / "capture-site", {"CRAMP_ATLAS_CAPTURE": str(docs)})
    finally:
        capture.unlink()
    plain = {k: v for k, v in config.items() if k not in ("plugins", "watch", "hooks")}
    plain["plugins"] = ["search"]
    plain["docs_dir"] = str(docs)
    plain["theme"] = {**config["theme"], "custom_dir": str(ROOT / config["theme"]["custom_dir"])}
    plain["validation"] = {"omitted_files": "ignore", "absolute_links": "ignore", "unrecognized_links": "ignore",
                           "anchors": "ignore", "not_found": "ignore"}
    path = work / "floor.yml"
    path.write_text(yaml.safe_dump(plain, sort_keys=False), encoding="utf-8")
    return path


def real_vs_floor(work: Path, runs: int) -> dict[str, float]:
    floor = floor_config(work)
    real, plain = [], []
    for _ in range(runs):  # alternate, so drift in machine load hits both alike
        real.append(mkdocs(ROOT / "mkdocs.yml", work / "real-site")[0])
        plain.append(mkdocs(floor, work / "floor-site")[0])
    return {"real": statistics.median(real), "floor": statistics.median(plain)}


def scaling(work: Path, factors: list[int], limit: float) -> list[tuple[int, int, float | None, int | None]]:
    rows: list[tuple[int, int, float | None, int | None]] = []
    for factor in factors:
        data = work / f"data-{factor}x"
        entries = generate(ROOT / "data", data, factor)
        try:
            seconds, peak = mkdocs(ROOT / "mkdocs.yml", work / f"site-{factor}x", {"CRAMP_ATLAS_DATA": str(data)}, limit)
        except (subprocess.TimeoutExpired, RuntimeError) as exc:
            print(f"{factor}x: {exc}", file=sys.stderr)
            seconds, peak = None, None  # reported as stopped or failed, not left out
        rows.append((factor, entries, seconds, peak))
        shutil.rmtree(work / f"site-{factor}x", ignore_errors=True)
    return rows


def check_time(work: Path, target: int) -> dict[str, float]:
    factor = -(-target // len(list((ROOT / "data").glob("*/*.yaml"))))
    data = work / "data-check"
    entries = generate(ROOT / "data", data, factor)
    cache = {"CRAMP_ATLAS_CACHE": str(work / "cache")}
    check = [sys.executable, "-m", "macros", "check", "--data", str(data)]
    cold = timed(check, cache)[0]
    warm = timed(check, cache)[0]
    edited = next(data.glob("terms/*.yaml"))  # a contributor's loop: one file changed, then check
    edited.write_text(edited.read_text(encoding="utf-8").replace("summary:", "summary:  ", 1), encoding="utf-8")
    one_edit = timed(check, cache)[0]
    return {"entries": entries, "cold": cold, "warm": warm, "one_edit": one_edit}


def oversized(source: Path, target: Path, size: int) -> Path:
    """The real data with one stretch grown to about `size` bytes by a long (valid) list of cautions."""
    shutil.copytree(source, target)
    path = target / "stretches" / "standing-calf-stretch.yaml"
    text = path.read_text(encoding="utf-8")
    extra, grown = [], len(text)
    while grown < size:
        extra.append(f"  - Caution number {len(extra)} in a file that grew far too long.\n")
        grown += len(extra[-1])
    path.write_text(text.replace("cautions:\n", "cautions:\n" + "".join(extra), 1), encoding="utf-8")
    return target


def hostile_cost(work: Path) -> dict[str, tuple[float, int]]:
    """Cold `check` (nothing in .cache/) with one 10 MB file, and with one just under the size limit."""
    from macros.load.documents import MAX_BYTES

    found = {}
    for name, size in [("10 MB", 10 * 1024 * 1024), ("under the limit", MAX_BYTES - 4096)]:
        data = oversized(ROOT / "data", work / f"data-{len(found)}", size)
        cache = {"CRAMP_ATLAS_CACHE": str(work / f"cache-{len(found)}")}
        found[name] = timed([sys.executable, "-m", "macros", "check", "--data", str(data)], cache, ok=("0", "1"))
    return found


def zensical_vs_mkdocs(work: Path, runs: int) -> dict[str, float]:
    mk, zen = [], []
    for _ in range(runs):
        mk.append(mkdocs(ROOT / "mkdocs.yml", work / "mk-site")[0])
        zen.append(timed([sys.executable, "-m", "macros", "zensical", "--site", str(work / "zen-site")])[0])
    return {"mkdocs": statistics.median(mk), "zensical": statistics.median(zen)}


def table(found: dict) -> str:
    lines = ["# Cramp Atlas build benchmark", "", f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}.", ""]
    if "floor" in found:
        f = found["floor"]
        lines += ["| real site | seconds |", "| --- | --- |", f"| mkdocs build (macros) | {f['real']:.2f} |",
                  f"| plain-Markdown floor | {f['floor']:.2f} |", f"| ratio (target ≤ 1.10) | {f['real'] / f['floor']:.2f} |", ""]
    if "scaling" in found:
        base = found["scaling"][0][2]
        lines += ["| data | entries | build s | × 1x time | peak MiB |", "| --- | --- | --- | --- | --- |"]
        lines += [f"| {x}x | {n} | {s:.1f} | {s / base:.1f} | {m} |" if s is not None else
                  f"| {x}x | {n} | stopped (over {found['limit']:.0f} s, or failed: see stderr) | – | – |" for x, n, s, m in found["scaling"]] + [""]
    if "check" in found:
        c = found["check"]
        lines += [(f"`check` on {c['entries']} entries (target < 2 s): {c['cold']:.2f} s cold (nothing in .cache/), "
                  f"{c['warm']:.2f} s again unchanged, {c['one_edit']:.2f} s after editing one file."), ""]
    if "hostile" in found:
        lines += ["| cold `check`, one stretch file grown to | seconds (target < 5) | peak MiB |", "| --- | --- | --- |"]
        lines += [f"| {name} | {seconds:.2f} | {peak} |" for name, (seconds, peak) in found["hostile"].items()] + [""]
    if "zensical" in found:
        z = found["zensical"]
        lines += ["| engine | seconds |", "| --- | --- |", f"| MkDocs | {z['mkdocs']:.2f} |",
                  f"| Zensical (incl. stub writing and export) | {z['zensical']:.2f} |",
                  f"| ratio (target ≤ 0.70) | {z['zensical'] / z['mkdocs']:.2f} |", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="alternating runs per comparison (default 5)")
    parser.add_argument("--factors", default="1,10,100", help="synthetic sizes (default 1,10,100)")
    parser.add_argument("--limit", type=float, default=1200, help="seconds before a scaling build is stopped")
    parser.add_argument("--only", choices=["floor", "scaling", "check", "hostile", "zensical"], action="append")
    args = parser.parse_args(argv)
    parts = args.only or ["floor", "scaling", "check", "hostile", "zensical"]
    found: dict = {}
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        work = Path(tmp)
        if "floor" in parts:
            found["floor"] = real_vs_floor(work, args.runs)
        if "check" in parts:
            found["check"] = check_time(work, 10_000)
        if "hostile" in parts:
            found["hostile"] = hostile_cost(work)
        if "zensical" in parts:
            found["zensical"] = zensical_vs_mkdocs(work, args.runs)
        if "scaling" in parts:
            found["limit"] = args.limit
            found["scaling"] = scaling(work, [int(x) for x in args.factors.split(",")], args.limit)
    report = table(found)
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    # A partial run (--only) keeps the full table: it writes bench-<parts>.md beside it.
    name = f"bench-{'-'.join(parts)}.md" if args.only else "bench.md"
    (RESULTS / name).write_text(report + "\n", encoding="utf-8")
    return 0
