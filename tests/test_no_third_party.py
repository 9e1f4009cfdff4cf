"""A page loads nothing from another host and logs no console error (Lighthouse best practices).

Readers of a health site should not be announced to third parties, and the site must work offline
from a local copy. Material would otherwise fetch fonts (theme.font: false) and GitHub star counts
(overrides/partials/source.html).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

PAGES = ["", "glossary/muscle-cramp/", "stretches/standing-calf-stretch/", "see-a-doctor/", "search/?q=charley+horse"]


@pytest.mark.parametrize("url", PAGES)
def test_a_page_requests_only_its_own_host_and_logs_no_error(phone, site_server: str, url: str) -> None:
    here = urlsplit(site_server).netloc
    elsewhere, errors = [], []
    phone.on("request", lambda r: urlsplit(r.url).netloc not in (here, "") and elsewhere.append(r.url))
    phone.on("console", lambda m: m.type == "error" and errors.append(m.text))
    phone.goto(site_server + url, wait_until="networkidle")
    assert not elsewhere, f"{url or 'home'} asks other hosts for: {elsewhere}"
    assert not errors, f"{url or 'home'} logs errors: {errors}"
