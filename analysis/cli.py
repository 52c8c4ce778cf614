"""Command line: ``python -m analysis {summary,predict,report} …`` (``--help`` on each)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .predict import TASKS


def _summary(args: argparse.Namespace) -> int:
    from .corpus import documents_frame, load

    corpus = load(args.path, text_column=args.text_column, id_column=args.id_column)
    with pd.option_context("display.max_rows", args.max_rows, "display.max_columns", 20,
                           "display.width", 160, "display.max_colwidth", 60):
        docs = corpus.documents if args.analyse else documents_frame(corpus.documents_read)
        print(f"{len(corpus)} documents, {int(docs['n_words'].sum()):,} words, "
              f"{len(corpus.problems)} problems\n")
        print(docs.drop(columns=["source"]).to_string(index=False) if len(docs) else "(no documents)")
        print("\nProblems:")
        print(corpus.problems.to_string(index=False) if len(corpus.problems) else "(none)")
    return 0


def _predict(args: argparse.Namespace) -> int:
    from .predict import run

    counts: dict[str, int] = {}
    # bytes that are not UTF-8 reach ``run`` as lone surrogates, which it reports line by line
    with open(args.infile, encoding="utf-8", errors="surrogateescape", newline="\n") as fin, \
            open(args.outfile, "w", encoding="utf-8") as fout:
        run(args.task, fin, fout, counts=counts)
    fell_back = counts["bad_record"] + counts["failed"]
    if fell_back or counts["not_json"]:
        print(f"predict {args.task}: {fell_back + counts['not_json']} line(s) reported above: "
              f"{fell_back} record(s) fell back, {counts['not_json']} line(s) skipped (not JSON)",
              file=sys.stderr)
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report import build_report

    result = build_report(args.data, Path(args.out), progress=not args.quiet)
    print(result.message, file=sys.stdout if result.exit_code == 0 else sys.stderr)
    return result.exit_code  # 0 every notebook ran, 1 a notebook failed, 2 nothing to analyse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Media-analysis notebook kit: news pages to tidy frames and an HTML report.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("summary", help="print the documents and problems tables for a path")
    p.add_argument("path", nargs="+", help="file(s), folder(s) or glob(s)")
    p.add_argument("--text-column", default="text", help="text column of .jsonl/.csv/.tsv corpora")
    p.add_argument("--id-column", default="id", help="id column of .jsonl/.csv/.tsv corpora")
    p.add_argument("--max-rows", type=int, default=200)
    p.add_argument("--analyse", action="store_true", help="also segment pages and show zone shares")
    p.set_defaults(func=_summary)

    p = sub.add_parser("predict", help="run one analysis over a JSONL file of {id, text} records")
    p.add_argument("task", choices=sorted(TASKS))
    p.add_argument("infile", help="input JSONL: one {\"id\", \"text\"} per line")
    p.add_argument("outfile", help="output JSONL: one answer per input record")
    p.set_defaults(func=_predict)

    p = sub.add_parser("report", help="build the HTML report (notebooks run on DATA) into --out")
    p.add_argument("data", nargs="?", default="data", help="folder, file or glob to analyse (default: data)")
    p.add_argument("--out", default="reports", help="output folder (default: reports)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
