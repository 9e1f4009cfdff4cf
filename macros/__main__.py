"""`python -m macros`: the same as `cramp-atlas`, and a plain message when run by the wrong Python."""

import sys


def run() -> int:
    try:
        from macros.cli import main

        return main()
    except ModuleNotFoundError as missing:  # a Python without the project's packages (not .venv's)
        if missing.name and missing.name.split(".")[0] == "macros":
            raise
        print(f"error: {missing.name} is not installed for {sys.executable} — run the command from the "
              "project's environment: `make setup`, then `.venv/bin/cramp-atlas <command>`", file=sys.stderr)
        return 1


sys.exit(run())
