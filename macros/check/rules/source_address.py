"""A source's address leads to the work itself: never a search page, never a site's home page.

A reader who clicks a citation must land on the paper or the leaflet, not on a list of search
results or a front page they then have to dig through."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qs, urlsplit

from macros.check.rules import Rule
from macros.load.documents import EntryFile
from macros.problems import Problem

FIELDS = ("url", "checked_against")
SEARCH_PATHS = ("/search", "/results")
SEARCH_QUERIES = {"term", "q", "query", "search", "s"}


def what_is_wrong(address: str) -> str | None:
    parts = urlsplit(address)
    path = parts.path.rstrip("/")
    if any(path.endswith(p) or f"{p}/" in parts.path for p in SEARCH_PATHS) or SEARCH_QUERIES & set(parse_qs(parts.query)):
        return "a search page"
    if not path and not parts.query:
        return "a home page"
    return None


def check(entry: EntryFile) -> Iterable[Problem]:
    data = entry.document.data
    if entry.kind != "sources" or not isinstance(data, dict):
        return
    for field in FIELDS:
        address = data.get(field)
        wrong = what_is_wrong(address) if isinstance(address, str) else None
        if wrong:
            line, col = entry.document.position((field,))
            yield Problem(entry.path, line, col, f"`{field}:` {address} is {wrong}, not the work itself",
                          "give the deep address of the paper or page (its PubMed, PMC, DOI or "
                          "publisher page, or the leaflet's own page), or use `doi:`/`pmid:` instead")


RULE = Rule("source-address", "Source addresses lead to the work itself, not a search or home page.",
            scope="file", check=check, severity="error", blocks_publishing=True, fixable=False)
