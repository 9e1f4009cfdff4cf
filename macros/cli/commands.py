"""`cramp-atlas <command>` (also `python -m macros <command>`): thin commands over the pipeline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from macros.check.runner import check
from macros.entities import BY_NAME, KINDS
from macros.model.atlas import data_dir, load_atlas
from macros.problems import FORMATS, format_problems


def cmd_check(args: argparse.Namespace) -> int:
    root = Path(args.data) if args.data else data_dir()
    if unknown := _unknown_rules([*args.rule, *args.ignore]):
        print(unknown, file=sys.stderr)
        return 2
    tree, problems = check(root, only=args.rule, ignore=args.ignore)
    if problems or args.format == "json":  # JSON readers get a list, even an empty one
        print(format_problems(problems, args.format), flush=True)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    summary = f"checked {len(tree.files)} entries in {root.name}/: {errors} error(s), {warnings} warning(s)"
    print(summary, file=sys.stderr)
    if any(p.internal for p in problems):
        return 2  # the checker itself failed somewhere: not the contributor's mistake
    return 1 if errors else 0


def _unknown_rules(named: list[str]) -> str:
    """Why a --rule/--ignore id names no rule, or ''."""
    from difflib import get_close_matches

    from macros.check.rules import by_id

    known = sorted(by_id())
    for rule_id in named:
        if rule_id not in known:
            close = get_close_matches(rule_id, known, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "the rules are: " + ", ".join(known)
            return f"error: there is no rule '{rule_id}' — {hint}"
    return ""


def cmd_ids(args: argparse.Namespace) -> int:
    """Record the ids of all entries as published (lines are only ever added)."""
    from macros.check.published import REGISTRY, current_from_files, write_registry
    from macros.check.runner import read

    root = Path(args.data) if args.data else data_dir()
    added = write_registry(root, current_from_files(read(root).files))
    print(f"{root.name}/{REGISTRY}: {len(added)} id(s) added" + "".join(f"\n  + {line}" for line in added))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the open-data files (what every build publishes in site/data/) to a folder."""
    from macros.model.atlas import begin
    from macros.publish.export import write_export
    from macros.settings import project

    session = begin(project().with_data(Path(args.data) if args.data else None))
    written = write_export(Path(args.out), session.atlas, session.history, session.settings)
    print(f"wrote {len(written)} files to {args.out}")
    return 0


def cmd_readability(args: argparse.Namespace) -> int:
    from macros.cli import readability

    found = readability.scores(load_atlas(Path(args.data) if args.data else None))
    print(readability.report(found, args.top))
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from macros.publish import pdf

    return pdf.main(Path(args.site), set(args.only) if args.only else None)


def cmd_new(args: argparse.Namespace) -> int:
    from macros.cli.scaffold import ScaffoldError, write

    root = Path(args.data) if args.data else data_dir()
    try:
        path = write(root, args.type, args.id)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}: replace every TODO, then run `make check`")
    return 0


def cmd_fmt(args: argparse.Namespace) -> int:
    from macros.check.style import format_file

    root = Path(args.data) if args.data else data_dir()
    tree, _ = check(root)
    targets = {Path(p).resolve() for p in args.files}
    changed = []
    for entry in tree.files:
        path = root / BY_NAME[entry.kind].data_file(entry.id)
        if targets and path.resolve() not in targets:
            continue
        try:
            if args.check:
                from macros.check.style import in_house_style

                if not in_house_style(entry.kind, path.read_text(encoding="utf-8")):
                    changed.append(path)
            elif format_file(entry.kind, path):
                changed.append(path)
        except ValueError:  # e.g. an impossible date, which `check` explains
            print(f"skipped {path}: fix the errors `.venv/bin/cramp-atlas check` reports first", file=sys.stderr)
    verb = "would reformat" if args.check else "reformatted"
    for path in changed:
        print(f"{verb} {path}")
    print(f"{verb} {len(changed)} file(s)", file=sys.stderr)
    return 1 if args.check and changed else 0


def cmd_zensical(args: argparse.Namespace) -> int:
    from macros.site.zensical import build

    return build(Path(args.site))


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="cramp-atlas", description="Cramp Atlas data tools.")
    commands = top.add_subparsers(dest="command", required=True)
    checking = commands.add_parser("check", help="validate data/ without building the site")
    checking.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    checking.add_argument("--format", choices=FORMATS, default="text",
                          help="github prints workflow annotations for pull requests; json a list of problems")
    checking.add_argument("--rule", action="append", default=[], metavar="ID",
                          help="run only this rule (repeatable); the id is in brackets in each message")
    checking.add_argument("--ignore", action="append", default=[], metavar="ID",
                          help="skip this rule (repeatable)")
    checking.set_defaults(run=cmd_check)
    ids = commands.add_parser("ids", help="record every entry id as published (data/published-ids.txt)")
    ids.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    ids.set_defaults(run=cmd_ids)
    export = commands.add_parser("export", help="write atlas.json, one JSON and one CSV per kind, schemas")
    export.add_argument("out", help="folder to write into, e.g. site/ (files go to out/data/ and out/schema/)")
    export.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    export.set_defaults(run=cmd_export)
    new = commands.add_parser("new", help="write a skeleton entry with every required field")
    new.add_argument("type", help=", ".join(kind.word for kind in KINDS))
    new.add_argument("id", help="the new entry's id: lower-case words joined by hyphens")
    new.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    new.set_defaults(run=cmd_new)
    fmt = commands.add_parser("fmt", help="rewrite data files in house style (keeps comments)")
    fmt.add_argument("files", nargs="*", help="only these files (default: all of data/)")
    fmt.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    fmt.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    fmt.set_defaults(run=cmd_fmt)
    zensical = commands.add_parser("zensical", help="build the same site with Zensical instead of MkDocs")
    zensical.add_argument("--site", default="site-zensical", help="where to write it (default: site-zensical/)")
    zensical.set_defaults(run=cmd_zensical)
    printing = commands.add_parser("pdf", help="print stretch cards, region guides and the booklet to PDF (after mkdocs build)")
    printing.add_argument("--site", default="site", help="the built site (default: site/)")
    printing.add_argument("--only", nargs="+", metavar="ID",
                          help="print only these stretches' cards (the guides and the booklet always)")
    printing.set_defaults(run=cmd_pdf)
    reading = commands.add_parser("readability", help="Flesch-Kincaid grade of every summary, hardest first")
    reading.add_argument("--data", help="data folder (default: data/ or $CRAMP_ATLAS_DATA)")
    reading.add_argument("--top", type=int, default=10, help="how many of the hardest summaries to list")
    reading.set_defaults(run=cmd_readability)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
