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
Beside the index, pagefind/words.json lists the words the entries use, which the search page
reads a misspelt word against (Fuse.js, vendored in docs/assets/vendor/fuse/).
The reader's side is docs/search.md and docs/assets/search.js. Run after every build, from the
macros module, so `mkdocs build`, `mkdocs serve` and the Zensical build all get the same index.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path


class SearchIndexError(RuntimeError):
    pass


def index(site_dir: Path, remember: bool = False) -> None:
    """Write site_dir/pagefind/ from the HTML in site_dir (the PyPI `pagefind[extended]` binary).
    remember: the preview's, see vocabulary."""
    # The heading permalinks ("¶") are not words: left out, a result's title is the heading alone.
    done = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet",
                           "--exclude-selectors", ".headerlink"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0 or not (site_dir / "pagefind" / "pagefind.js").exists():
        raise SearchIndexError(f"the site search index was not written: {done.stdout.strip()[-800:]} — "
                               "install the pinned requirements (`make setup`, pagefind[extended])")
    vocabulary(site_dir, remember)


# The words a misspelt query word may be read as (docs/assets/search.js, with Fuse.js): those of
# the indexed part of the atlas's own pages, most used first. The bibliography and coverage pages
# and the contributor guides are left out, so a typo is read as a word of the entries, not as an
# author's name or a field of the data format.
WORDS_FILE = "pagefind/words.json"
NOT_WORDS_FROM = ("sources/", "coverage/", "contribute/", "data/")
SHORTEST = 4  # shorter typos have too many near neighbours to guess from
NOT_TEXT = {"script", "style", "template"}  # JSON-LD and the like: not what a reader reads
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class IndexedText(HTMLParser):
    """The text Pagefind indexes on a page: inside data-pagefind-body, outside data-pagefind-ignore,
    the heading permalinks and scripts. One pass over the page, no tree (a parse per page on every build)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, bool, bool]] = []  # tag, opens the body, opens a skipped part
        self.body = self.skipped = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        names = dict(attrs)
        opens_body = "data-pagefind-body" in names
        skips = (tag in NOT_TEXT or "data-pagefind-ignore" in names
                 or "headerlink" in (names.get("class") or "").split())
        self.body += opens_body
        self.skipped += skips
        self.open.append((tag, opens_body, skips))

    def handle_endtag(self, tag: str) -> None:
        while self.open:  # close up to the matching tag (an unclosed <p> or <li> closes with it)
            name, opened_body, skipped = self.open.pop()
            self.body -= opened_body
            self.skipped -= skipped
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.body and not self.skipped:
            self.text.append(data)


def vocabulary(site_dir: Path, remember: bool = False) -> None:
    """Write site_dir/pagefind/words.json: every word of four letters or more in the indexed part
    of the entry and section pages, the most used first. remember (the preview): keep each page's
    words for the next build (below); a build reads each page once and lets its words go."""
    counts: Counter[str] = Counter()
    for page in sorted(site_dir.rglob("index.html")):
        if not page.relative_to(site_dir).as_posix().startswith(NOT_WORDS_FROM):
            counts.update(_words_of(page) if remember else _read_words(page.read_text(encoding="utf-8")))
    words = [w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    (site_dir / WORDS_FILE).write_text(json.dumps(words, separators=(",", ":")), encoding="utf-8")


# The preview (make serve) builds again only the pages a save changes and leaves the others as
# they were, so a page's words are remembered by its file's time and size: a page not written
# again is not read again. (A file written anew always has a new time.) Only the preview fills
# it: kept by a build, it held every page's words to the end (at 100x data, 22,000 pages).
_WORDS: dict[Path, tuple[tuple[int, int], Counter[str]]] = {}  # page -> (its time and size, its words)


def _words_of(page: Path) -> Counter[str]:
    stat = page.stat()
    seen = (stat.st_mtime_ns, stat.st_size)
    if page not in _WORDS or _WORDS[page][0] != seen:
        _WORDS[page] = (seen, _read_words(page.read_text(encoding="utf-8")))
    return _WORDS[page][1]


def _read_words(html: str) -> Counter[str]:
    at = html.find("data-pagefind-body")
    if at < 0:  # not indexed (print guides, search: exclude)
        return Counter()
    reader = IndexedText()
    reader.feed(html[html.rfind("<", 0, at):])  # from the body's own tag: the header and nav are not read
    text = " ".join(reader.text).lower().replace("\u2019", "").replace("'", "")
    return Counter(w for w in re.findall(r"[a-z]+", text) if len(w) >= SHORTEST)
