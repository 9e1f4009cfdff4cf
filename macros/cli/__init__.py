"""The command line: `cramp-atlas` (pyproject's console script) and `python -m macros`.

The entry point stays `macros.cli:main` wherever the commands live, so an installed script keeps
working across a move; the commands load on first call, so importing a helper such as
`macros.cli.scaffold` does not load them all.
"""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from macros.cli.commands import main as run

    return run(argv)
