"""`make bench`: how fast the site builds, how it scales, and how quickly the preview shows a change.

1. Engines: MkDocs, ProperDocs and Zensical build the same mkdocs.yml, each beside its floor: the
   same pages, captured as Markdown after the macros ran, built with no data layer (same theme,
   same link validation, same Pagefind search index), in alternating runs; medians of wall and
   CPU seconds, peak memory.
2. Synthetic atlases at 1x, 10x and 100x, built by each engine: seconds and peak memory;
   `check` on 10,000 entries.
3. Hostile size: cold `check` with one data file grown to 10 MB (refused before parsing), and
   with one just under the size limit (parsed and checked in full): seconds and peak memory.
4. Preview: `mkdocs serve` on a copy of the project; one data file saved, seconds until the
   served page shows the change.

Wall seconds depend on what else the machine runs (the load average is printed); CPU seconds
(user + system, every process of a build) much less, so the ratios are given in both.

Prints a table and writes it to bench/results/bench.md (bench-<parts>.md for a partial run with --only).
"""

from __future__ import annotations

import argparse
import copy
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.preview import both_modes
from bench.synthetic import generate
from macros.settings import project_config

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"
# This checkout's macros, whatever the shared virtualenv's editable install points at.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
         "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
CHILD_PEAK = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
              "stderr=subprocess.PIPE); u = resource.getrusage(resource.RUSAGE_CHILDREN); "
              "sys.stderr.write(r.stderr.decode(errors='replace')[-2000:]); "
              "print(u.ru_maxrss, u.ru_utime + u.ru_stime, r.returncode)")
ENGINES = ("MkDocs", "ProperDocs", "Zensical")
PARTS = ("engines", "preview", "check", "hostile", "scaling")


@dataclass(frozen=True)
class Cost:
    wall: float  # seconds
    cpu: float  # user + system seconds of every process the command ran
    peak: int  # MiB, the largest process


def timed(args: list[str], env: dict[str, str] | None = None, limit: float | None = None,
          ok: tuple[str, ...] = ("0",)) -> Cost:
    """Wall and CPU seconds and peak memory of one command, measured in a fresh wrapper process."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD_PEAK, *args], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, **QUIET, **(env or {})}, timeout=limit)
    seconds = time.perf_counter() - start
    peak_kib, cpu, code = out.stdout.split()
    if code not in ok:
        raise RuntimeError(f"failed ({code}): {' '.join(args)}\n{out.stderr[-2000:]}")
    return Cost(seconds, float(cpu), int(peak_kib) // 1024)


def mkdocs(config: Path, site: Path, env: dict[str, str] | None = None, limit: float | None = None,
           engine: str = "mkdocs") -> Cost:
    return timed([str(BIN / engine), "build", "--strict", "-q", "-f", str(config), "-d", str(site)], env, limit)


def real_build(engine: str, work: Path, env: dict[str, str] | None = None, limit: float | None = None) -> Cost:
    """The real site from mkdocs.yml, as a contributor builds it with that engine."""
    site = work / f"real-{engine.lower()}"
    if engine == "Zensical":
        return timed([sys.executable, "-m", "macros", "zensical", "--site", str(site)], env, limit)
    return mkdocs(ROOT / "mkdocs.yml", site, env, limit, engine.lower())


def floor_build(engine: str, floor: Path) -> Cost:
    """The floor's pages with that engine and the same search index, no data layer."""
    if engine == "Zensical":  # Zensical wants site_dir inside the config's folder; no hooks
        index = f"{shlex.quote(sys.executable)} -m pagefind --site site --quiet --exclude-selectors .headerlink"
        zensical = shlex.quote(str(BIN / "zensical"))
        return timed(["sh", "-c", (f"cd {shlex.quote(str(floor))} && {zensical} build --clean -f mkdocs.yml "
                                  f"> /dev/null && {index}")])
    return mkdocs(floor / "mkdocs.yml", floor / f"site-{engine.lower()}", engine=engine.lower())


def floor_config(work: Path) -> Path:
    """Capture every page's rendered Markdown, then a folder whose mkdocs.yml builds it with no macros."""
    capture = ROOT / ".bench-capture.yml"
    config = copy.deepcopy(project_config())
    capture.write_text(yaml.safe_dump({**config, "hooks": ["bench/capture_hook.py"]}, sort_keys=False), encoding="utf-8")
    floor = work / "floor"
    shutil.copytree(ROOT / "docs", floor / "docs")  # assets, then every page overwritten by its rendered Markdown
    try:
        mkdocs(capture, work / "capture-site", {"CRAMP_ATLAS_CAPTURE": str(floor / "docs")})
    finally:
        capture.unlink()
    plain = {k: v for k, v in config.items() if k not in ("plugins", "watch", "hooks")}
    plain["plugins"] = []  # the search index is Pagefind's, as on the real site (bench/floor_hook.py)
    plain["hooks"] = [str(ROOT / "bench" / "floor_hook.py")]
    plain["docs_dir"] = "docs"
    plain["site_dir"] = "site"
    plain["theme"] = {**config["theme"], "custom_dir": str(ROOT / config["theme"]["custom_dir"])}
    # `validation` stays the site's own: the same pages, so the same links and anchors to check.
    (floor / "mkdocs.yml").write_text(yaml.safe_dump(plain, sort_keys=False), encoding="utf-8")
    return floor


def median_cost(costs: list[Cost]) -> Cost:
    return Cost(statistics.median(c.wall for c in costs), statistics.median(c.cpu for c in costs),
                max(c.peak for c in costs))


def engines_vs_floor(work: Path, runs: int) -> dict[str, dict[str, Cost]]:
    """Each engine's real build and its floor, all six alternating, so load drift hits all alike."""
    floor = floor_config(work)
    found: dict[str, dict[str, list[Cost]]] = {e: {"real": [], "floor": []} for e in ENGINES}
    for _ in range(runs):
        for engine in ENGINES:
            found[engine]["real"].append(real_build(engine, work))
            found[engine]["floor"].append(floor_build(engine, floor))
    return {e: {part: median_cost(costs) for part, costs in parts.items()} for e, parts in found.items()}


Scaled = tuple[int, int, str, "Cost | None"]  # factor, entries, engine, its cost (None: stopped or failed)


def scaling(work: Path, factors: list[int], limit: float, engines: tuple[str, ...] = ENGINES) -> list[Scaled]:
    rows: list[Scaled] = []
    for factor in factors:
        data = work / f"data-{factor}x"
        entries = generate(ROOT / "data", data, factor)
        for engine in engines:
            try:
                cost: Cost | None = real_build(engine, work, {"CRAMP_ATLAS_DATA": str(data)}, limit)
            except (subprocess.TimeoutExpired, RuntimeError) as exc:
                print(f"{factor}x {engine}: {exc}", file=sys.stderr)
                cost = None  # reported as stopped or failed, not left out
            rows.append((factor, entries, engine, cost))
            shutil.rmtree(work / f"real-{engine.lower()}", ignore_errors=True)
        shutil.rmtree(data, ignore_errors=True)
    return rows


def check_time(work: Path, target: int) -> dict[str, float]:
    factor = -(-target // len(list((ROOT / "data").glob("*/*.yaml"))))
    data = work / "data-check"
    entries = generate(ROOT / "data", data, factor)
    cache = {"CRAMP_ATLAS_CACHE": str(work / "cache")}
    check = [sys.executable, "-m", "macros", "check", "--data", str(data)]
    cold = timed(check, cache).wall
    warm = timed(check, cache).wall
    edited = next(data.glob("terms/*.yaml"))  # a contributor's loop: one file changed, then check
    edited.write_text(edited.read_text(encoding="utf-8").replace("summary:", "summary:  ", 1), encoding="utf-8")
    one_edit = timed(check, cache).wall
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
        cost = timed([sys.executable, "-m", "macros", "check", "--data", str(data)], cache, ok=("0", "1"))
        found[name] = (cost.wall, cost.peak)
    return found


def engines_table(found: dict[str, dict[str, Cost]]) -> list[str]:
    mk = found["MkDocs"]["real"]
    lines = [("| engine | build s | CPU s | floor s | floor CPU s | × floor (wall) | × floor (CPU) "
             "| × MkDocs (wall) | × MkDocs (CPU) | peak MiB | floor peak MiB |"), "|" + " --- |" * 11]
    for engine, parts in found.items():
        real, floor = parts["real"], parts["floor"]
        lines.append(f"| {engine} | {real.wall:.2f} | {real.cpu:.2f} | {floor.wall:.2f} | {floor.cpu:.2f} "
                     f"| {real.wall / floor.wall:.2f} | {real.cpu / floor.cpu:.2f} | {real.wall / mk.wall:.2f} "
                     f"| {real.cpu / mk.cpu:.2f} | {real.peak} | {floor.peak} |")
    return lines + ["", ("Targets: MkDocs ≤ 1.10 × its floor; Zensical ≤ 0.70 × MkDocs. Zensical's real build is "
                    "`python -m macros zensical` (pages rendered, Zensical, export, search index)."), ""]


def scaling_table(rows: list[Scaled], limit: float) -> list[str]:
    base = {engine: cost for factor, _, engine, cost in rows if factor == rows[0][0]}
    lines = ["| data | entries | engine | build s | CPU s | × its 1x time | peak MiB |", "|" + " --- |" * 7]
    for factor, entries, engine, cost in rows:
        if cost is None:
            lines.append(f"| {factor}x | {entries} | {engine} | stopped (over {limit:.0f} s, or failed: see stderr) | – | – | – |")
            continue
        first = base.get(engine)
        times = f"{cost.wall / first.wall:.1f}" if first else "–"
        lines.append(f"| {factor}x | {entries} | {engine} | {cost.wall:.1f} | {cost.cpu:.1f} | {times} | {cost.peak} |")
    return lines + [""]


def table(found: dict) -> str:
    lines = ["# Cramp Atlas build benchmark", "",
             (f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; load average "
             f"{found['load'][0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end."), ""]
    if "engines" in found:
        lines += engines_table(found["engines"])
    if "scaling" in found:
        lines += scaling_table(found["scaling"], found["limit"])
    if "check" in found:
        c = found["check"]
        lines += [(f"`check` on {c['entries']} entries (target < 2 s): {c['cold']:.2f} s cold (nothing in .cache/), "
                  f"{c['warm']:.2f} s again unchanged, {c['one_edit']:.2f} s after editing one file."), ""]
    if "hostile" in found:
        lines += ["| cold `check`, one stretch file grown to | seconds (target < 5) | peak MiB |", "| --- | --- | --- |"]
        lines += [f"| {name} | {seconds:.2f} | {peak} |" for name, (seconds, peak) in found["hostile"].items()] + [""]
    if "preview" in found:
        lines += ["Preview (target about 1 s): one data file saved → its page served with the change.", "",
                  "| `mkdocs serve` | save → page shows it, median s | spread s | first build to first page s |",
                  "| --- | --- | --- | --- |"]
        lines += [f"| {mode} | {v['median']:.2f} | {v['min']:.2f}–{v['max']:.2f} | {v['first']:.1f} |"
                  for mode, v in found["preview"].items()] + [""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="alternating runs per comparison (default 5)")
    parser.add_argument("--factors", default="1,10,100", help="synthetic sizes (default 1,10,100)")
    parser.add_argument("--limit", type=float, default=1200, help="seconds before a scaling build is stopped")
    parser.add_argument("--saves", type=int, default=5, help="data files saved in the preview step (default 5)")
    parser.add_argument("--only", choices=PARTS, action="append")
    parser.add_argument("--out", help="file name under bench/results/ (default bench.md, bench-<parts>.md with --only)")
    args = parser.parse_args(argv)
    parts = args.only or list(PARTS)
    found: dict = {"load": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        work = Path(tmp)
        if "engines" in parts:
            found["engines"] = engines_vs_floor(work, args.runs)
            print("\n".join(engines_table(found["engines"])), file=sys.stderr, flush=True)  # kept if a later part fails
        if "preview" in parts:
            found["preview"] = both_modes(ROOT, work, BIN / "mkdocs", {**os.environ, **QUIET}, args.saves)
        if "check" in parts:
            found["check"] = check_time(work, 10_000)
        if "hostile" in parts:
            found["hostile"] = hostile_cost(work)
        if "scaling" in parts:
            found["limit"] = args.limit
            found["scaling"] = scaling(work, [int(x) for x in args.factors.split(",")], args.limit)
    report = table(found)
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    # A partial run (--only) keeps the full table: it writes bench-<parts>.md beside it.
    name = args.out or (f"bench-{'-'.join(parts)}.md" if args.only else "bench.md")
    (RESULTS / name).write_text(report + "\n", encoding="utf-8")
    return 0
