"""A built site on loopback and the Chromium that reads it: shared by PDF printing and the tests.

Pages load over HTTP exactly as in a reader's browser (styles, scripts, relative links), and
Chromium runs with the same flags everywhere, so a PDF and a test see the same page.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# No sandbox (containers, CI as root), no GPU, and nothing that calls home while we print.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium(wanted: str | None = None) -> str | None:
    """The Chromium binary: the one asked for (CRAMP_ATLAS_CHROMIUM) if it exists, else Debian's."""
    if wanted:
        return wanted if Path(wanted).is_file() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(folder: Path, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """folder over HTTP on 127.0.0.1 (a free port) while the block runs; yields 'http://127.0.0.1:port/'."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
