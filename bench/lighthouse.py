"""Lighthouse on four page types of the built site, mobile profile: `make lighthouse`.

A benchmark, not a test: scores move with the machine's load. Serves the built site on
127.0.0.1 at site_url's path (as published), gzip-compressed like any static host (GitHub Pages
compresses text), runs bench/node_modules/.bin/lighthouse with Debian's Chromium, and writes
the four category scores and the bytes transferred per page to bench/results/lighthouse.md.

    python bench/lighthouse.py [--site site]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run by path: `python bench/lighthouse.py`

from macros.settings import project

LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
RESULTS = ROOT / "bench" / "results" / "lighthouse.md"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# One page of each type the issue names: home, a glossary term, a stretch, the red-flags page.
PAGES = {"Home": "", "Glossary term (muscle cramp)": "glossary/muscle-cramp/",
         "Stretch (standing calf)": "stretches/standing-calf-stretch/", "Red flags (see a doctor)": "see-a-doctor/"}
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 100}
BUDGET_KB = 150
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzip-compressed when the browser asks, as a real static host does."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if (path.suffix not in COMPRESSIBLE or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()  # directories without '/', errors, images, PDFs
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Body(body)


class Plain(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_: int) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def serve(site: Path, compress: bool = True) -> tuple[http.server.ThreadingHTTPServer, str]:
    prefix = urlsplit(project().site_url).path.strip("/")
    docroot = Path(tempfile.mkdtemp(prefix="atlas-lighthouse-"))
    (docroot / prefix).symlink_to(site.resolve(), target_is_directory=True)
    handler = functools.partial(GzipHandler if compress else Plain, directory=str(docroot))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/{prefix}/"


def audit(url: str, out: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"],
                   env=env, check=True)
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    kb = report["audits"]["total-byte-weight"]["numericValue"] / 1024
    failing = sorted(a["id"] for a in report["audits"].values()
                     if a.get("score") is not None and a["score"] < 0.9 and a.get("scoreDisplayMode") == "binary")
    return {"scores": scores, "kb": kb, "failing": failing}


def table(results: dict[str, dict], version: str) -> str:
    mark = lambda ok: "" if ok else " ✗"
    lines = ["# Lighthouse, mobile profile", "",
             (f"`make lighthouse` (bench/lighthouse.py), Lighthouse {version}, Debian Chromium headless, the built "
             "site served gzip-compressed on 127.0.0.1. Targets: performance ≥ 95, accessibility 100, best "
             f"practices ≥ 95, SEO 100, ≤ {BUDGET_KB} KB transferred for a fact page. ✗ marks a miss."), "",
             "| page | performance | accessibility | best practices | SEO | transferred (KB) | audits below 0.9 |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, r in results.items():
        s = r["scores"]
        cells = [f"{s[c]}{mark(s[c] >= TARGETS[c])}" for c in CATEGORIES]
        lines.append(f"| {name} | {' | '.join(cells)} | {r['kb']:.0f}{mark(r['kb'] <= BUDGET_KB)} | "
                     f"{', '.join(r['failing']) or '—'} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (make build)")
    parser.add_argument("--no-gzip", action="store_true", help="serve uncompressed (worst-case host); prints only")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `make lighthouse` (installs it into bench/node_modules)")
    if not (args.site / "index.html").exists():
        sys.exit(f"No built site in {args.site}: run `make build` first")
    version = json.loads((ROOT / "bench" / "package.json").read_text())["dependencies"]["lighthouse"]
    httpd, base = serve(args.site, compress=not args.no_gzip)
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, path in PAGES.items():
            results[name] = audit(base + path, Path(scratch) / "report.json")
            print(f"{name}: {results[name]['scores']} {results[name]['kb']:.0f} KB", flush=True)
    httpd.shutdown()
    if args.no_gzip:
        return 0
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table(results, version), encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
