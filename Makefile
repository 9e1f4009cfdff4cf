# Cramp Atlas: `make serve` to preview, `make test` to run the tests (`make test-all`: on every page). All set things up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: setup serve build preview build-zensical bench check ids test test-all system-deps lock clean lighthouse

setup: $(VENV)/.installed

# The pinned dependencies, then this project itself (editable: the checkout is what runs), which
# puts the `cramp-atlas` command in .venv/bin.
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# --dirty: a save builds again only the pages that show the change (macros/site/preview_pages.py);
# CRAMP_ATLAS_PREVIEW: the open data and search index are written just after, behind the reload.
serve: setup  ## preview at http://127.0.0.1:8000/cramp-atlas/ (site_url's path), rebuilt on every save
	CRAMP_ATLAS_PREVIEW=1 $(BIN)/mkdocs serve --strict --dirty -a 127.0.0.1:8000

build: setup system-deps  ## the site in site/, with every stretch card and guide as PDF
	$(BIN)/mkdocs build --strict
	$(BIN)/cramp-atlas pdf

preview: build  ## the built site, PDFs included, at http://127.0.0.1:8000 (no live reload)
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory site

build-zensical: setup  ## the same site built by Zensical, in site-zensical/
	$(BIN)/cramp-atlas zensical

bench: setup  ## build speed: real vs plain floor, 1x/10x/100x data, check on 10,000 entries, Zensical
	$(BIN)/python -m bench

check: setup  ## validate data/ without building
	$(BIN)/cramp-atlas check

ids: setup  ## record new entry ids as published (data/published-ids.txt): their addresses must then stay
	$(BIN)/cramp-atlas ids

# Browser tests drive Debian's Chromium; PDF checks use poppler's pdftotext.
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null || ! command -v java >/dev/null; then \
	  echo "Installing chromium, poppler-utils and a Java runtime (for the HTML validator) from Debian (needs root or sudo)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium poppler-utils default-jre-headless; \
	fi

# Test workers (pytest-xdist): one per core. The run is CPU-bound (both cores 98% busy, over 40%
# of it Chromium), so workers beyond the cores only compete for them (on 2 cores, warm caches:
# 3 min 14 s and 3 min 25 s with 2 workers, 3 min 43 s twice with 4, 4 min 04 s with 6; session
# 15's slower machine had found 4 best). `make test TEST_WORKERS=0` runs in one process.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 1)
PYTEST := $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

test: setup system-deps  ## every test on a sample: each template in each variant, width and scheme, and every page your change touches
	$(PYTEST)

test-all: setup system-deps  ## every test on every page and every printed card (main and nightly CI)
	$(PYTEST) --every-page

lock:  ## re-pin requirements.txt from requirements.in
	rm -rf /tmp/atlas-lock && $(PYTHON) -m venv /tmp/atlas-lock
	/tmp/atlas-lock/bin/pip install --quiet -r requirements.in
	(echo '# Pinned: regenerate with `make lock` after changing requirements.in.'; /tmp/atlas-lock/bin/pip freeze) > requirements.txt

clean:
	rm -rf site $(VENV) .pytest_cache

# Benchmark, not a test: Lighthouse (npm, pinned in bench/package.json) on four page types.
lighthouse: build  ## Lighthouse scores and page weight -> bench/results/lighthouse.md
	cd bench && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python bench/lighthouse.py --site site
