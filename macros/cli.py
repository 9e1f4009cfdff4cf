"""`python -m macros <command>`: thin commands over the pipeline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .model import data_dir, load_atlas
from .problems import format_problems
from .validate import check


def cmd_check(args: argparse.Namespace) -> int:
    root = Path(args.data) if args.data else data_dir()
    tree, problems = check(root)
    if problems:
        print(format_problems(problems, args.format), flush=True)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    summary = f"checked {len(tree.files)} entries in {root.name}/: {errors} error(s), {warnings} warning(s)"
    print(summary, file=sys.stderr)
    return 1 if errors else 0


def cmd_readability(args: argparse.Namespace) -> int:
    from . import readability  # textstat is only needed for this report

    found = readability.scores(load_atlas(Path(args.data) if args.data else None))
    print(readability.report(found, args.top))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m macros", description="Cramp Atlas data tools.")
    commands = top.add_subparsers(dest="command", required=True)
    checking = commands.add_parser("check", help="validate data/ without building the site")
    checking.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    checking.add_argument("--format", choices=["text", "github"], default="text",
                          help="github prints workflow annotations for pull requests")
    checking.set_defaults(run=cmd_check)
    reading = commands.add_parser("readability", help="Flesch-Kincaid grade of every summary, hardest first")
    reading.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    reading.add_argument("--top", type=int, default=10, help="how many of the hardest summaries to list")
    reading.set_defaults(run=cmd_readability)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
