"""The review trail's second half: when each data file last changed, and in which commit.

Git is asked once per build session (one `git log` over data/, one `rev-parse`), never once per page.
A build from a tarball has no .git: the history is then empty, the pages say nothing about
changes, and the build log says why, once.
"""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from macros.model.atlas import Entry

log = logging.getLogger("mkdocs.plugins.cramp_atlas")

_RECORD = "\x1e"  # starts each commit in the log output; cannot occur in a path or a hash
_UNIT = "\x1f"


@dataclass(frozen=True)
class Change:
    commit: str  # full hash
    date: str  # committer date, YYYY-MM-DD

    @property
    def short(self) -> str:
        return self.commit[:7]


@dataclass
class History:
    head: str | None  # the commit being built, or None without git
    changes: dict[str, Change] = field(default_factory=dict)  # "terms/doms.yaml" -> last change
    unavailable: str | None = None  # why there is no history, said once in the build log

    def last_change(self, relative_path: str) -> Change | None:
        return self.changes.get(relative_path)


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise OSError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "git failed")
    return done.stdout


def read_history(data_root: Path) -> History:
    """Last change of every file now under data_root, from one git log read newest first."""
    present = {p.relative_to(data_root).as_posix() for p in data_root.rglob("*") if p.is_file()}
    try:
        head = _git(data_root, "rev-parse", "HEAD").strip()
        prefix = _git(data_root, "rev-parse", "--show-prefix").strip()
        changes = _last_changes(data_root, prefix, present)
    except (OSError, FileNotFoundError) as exc:
        reason = f"no git history ({exc})"
        log.info("Cramp Atlas: %s: entry pages show review dates but not when they last changed, "
                 "and atlas.json has commit null", reason)
        return History(head=None, unavailable=reason)
    return History(head=head, changes=changes)


def _last_changes(data_root: Path, prefix: str, present: set[str]) -> dict[str, Change]:
    """The newest change of each present file. The log is read as git writes it and left once
    every file has its change, so neither memory nor time grows with the length of the history
    or with files long deleted."""
    # --diff-merges=c: a merge that changed a file against every parent (a resolved data
    # merge) is its last change, as `git log -- file` says. Git names those files from the
    # top of the repository even with --relative, hence the prefix.
    command = ["git", "-C", str(data_root), "log", f"--format={_RECORD}%H{_UNIT}%cs", "--name-only",
               "--diff-merges=c", "--relative", "--", "."]
    changes: dict[str, Change] = {}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as git:
        assert git.stdout is not None and git.stderr is not None
        change: Change | None = None
        for line in git.stdout:
            line = line.rstrip("\n")
            if line.startswith(_RECORD):
                change = Change(*line[1:].split(_UNIT))
            elif line and change is not None:
                name = line.removeprefix(prefix) if prefix else line
                if name in present:
                    changes.setdefault(name, change)  # newest first: keep the first seen
                    if len(changes) == len(present):
                        git.kill()  # every file has its last change: the rest is older
                        return changes
        failed = git.wait() != 0 and git.stderr.read().strip()
    if failed:
        raise OSError(failed.splitlines()[-1])
    return changes


@dataclass(frozen=True)
class Trail:
    """What an entry page shows about its history, with links to the hosting site."""

    history: History
    repo_url: str | None  # mkdocs.yml repo_url, e.g. https://github.com/owner/name
    branch: str = "main"  # the branch the site is published from (settings: edit_uri)

    def changed(self, entry: Entry) -> Change | None:
        return self.history.last_change(entry.data_file)

    def file_history_url(self, entry: Entry) -> str | None:
        return f"{self.repo_url}/commits/{self.branch}/{entry.path}" if self.repo_url else None

    def commit_url(self, change: Change) -> str | None:
        return f"{self.repo_url}/commit/{change.commit}" if self.repo_url else None
