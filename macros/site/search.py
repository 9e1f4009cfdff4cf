"""The site search: a Pagefind index of the built pages, written into site/pagefind/.

Pagefind won on the reader query set (tests/search_queries.yaml; bench/results/search-engines.md)
against Material's built-in search: it stems ("cramps" finds "cramp"), weighs short pages fairly
and honours weights set in the templates. Which parts of a page count:
- only the article (overrides/main.html marks it `data-pagefind-body`; pages whose front matter
  says `search: {exclude: true}`, such as the print guides, are left out);
- lists that repeat other entries' titles are `data-pagefind-ignore` (macros/site/templates/_parts.html,
  and the section pages' cards, the red-flag list and the glossary table);
- the lay words (`also_called`) weigh like a title, the answer (`summary`) double and a
  bibliography page a third.
The reader's side is docs/search.md and docs/assets/search.js. Run after every build, from the
macros module, so `mkdocs build`, `mkdocs serve` and the Zensical build all get the same index.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class SearchIndexError(RuntimeError):
    pass


def index(site_dir: Path) -> None:
    """Write site_dir/pagefind/ from the HTML in site_dir (the PyPI `pagefind[extended]` binary)."""
    # The heading permalinks ("¶") are not words: left out, a result's title is the heading alone.
    done = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet",
                           "--exclude-selectors", ".headerlink"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0 or not (site_dir / "pagefind" / "pagefind.js").exists():
        raise SearchIndexError(f"the site search index was not written: {done.stdout.strip()[-800:]} — "
                               "install the pinned requirements (`make setup`, pagefind[extended])")
