#!/usr/bin/env python
"""Benchmark: page segmentation vs a trivial line-splitting baseline, same run, one core.

    python benchmarks/bench_segment.py [--pages 400] [--repeat 3] [--sample] [--real PATH]

The pages are synthetic, article-sized page dumps generated here from a small made-up
vocabulary (menu, section label, headline, captions, a dozen body paragraphs, teasers,
a comment section, footer: about 90 lines and 5,000 characters each, like a real news
page dump). The baseline is ``[line.strip() for line in text.split("\\n")]``. Prints
pages per second per core for both and their ratio. Every segmentation pass starts with
an empty per-line feature cache (``clear_line_cache``), so repeated passes over the same
pages are not sped up by lines cached in an earlier pass.

It also splits the time between the two halves of segmentation: reading the lines
(``line_table``: the per-line features) and the rules and models that decide the kinds
(``_segment_rows`` on tables read beforehand). When ``../shared`` is beside the checkout,
the same is measured on the real page dumps of the segmentation benchmark
(``pages_dev.jsonl``: whole pages of about 210 lines and 7,300 characters).
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis.segment import _segment_rows, predict_record  # noqa: E402
from analysis.segment_features import clear_line_cache, line_table  # noqa: E402
from analysis.segment_model import load_model  # noqa: E402

SHARED = Path(os.environ.get("NEWSFRAME_SHARED", REPO.parent / "shared"))
REAL = SHARED / "eval" / "boilerplate" / "pages_dev.jsonl"

NOUNS = ("council budget harbor ferry school bridge river mayor plan vote tenant market "
         "station board report study season road fund hospital court police museum "
         "library farm port teacher driver family island union").split()
VERBS = ("said approved rejected delayed expects plans warned opened closed raised cut "
         "reviewed announced proposed").split()
NAMES = ("Okafor Lindqvist Marsh Basu Estrada Whitlock Pell Ruiz Sato Kowal Orlik "
         "Strand Castelo Holm").split()
PLACES = ("Port Callow", "Maplestead", "Ashgrove", "Gannet Island", "Velgrad", "Orlena")
FILLER = NOUNS + ["of", "in", "and", "the", "to", "a", "for"]
MENU = ("Home", "News", "Local", "Sport", "Business", "Opinion", "Weather", "Video")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(NAMES), rng.choice(VERBS), "the"]
    for _ in range(rng.randint(8, 20)):
        words.append(rng.choice(FILLER))
    return " ".join(words) + rng.choice((".", ".", ".", "?"))


def _title(rng: random.Random) -> str:
    return " ".join(w.capitalize() for w in rng.sample(NOUNS, rng.randint(5, 9)))


def make_page(rng: random.Random) -> str:
    lines = list(rng.sample(MENU, 6))
    lines += ["", f"News / {rng.choice(PLACES)}", "", _title(rng), ""]
    cap = f"{_sentence(rng)[:-1]}, March {rng.randint(1, 28)}, 2025."
    lines += [cap, cap]
    for _ in range(rng.randint(9, 14)):
        para = " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            para = f'"{para}" {rng.choice(NAMES)} said.'
        lines += [para, ""]
    lines += ["You May Like", ""]
    for _ in range(3):
        lines += [_title(rng), "", _sentence(rng)[:-1] + " More", ""]
    lines += ["Comments", ""]
    for _ in range(rng.randint(1, 4)):
        lines += [f"by: {rng.choice(NAMES)} from: {rng.choice(PLACES)}",
                  f"March {rng.randint(1, 28)}, 2025 {rng.randint(1, 12)}:{rng.randint(10, 59)} PM",
                  _sentence(rng), "", ""]
    lines += ["Featured Videos", ""]
    for _ in range(4):
        lines += [f"Video {_title(rng)}", "", _sentence(rng), "Video", ""]
    lines += ["About | Contact | Privacy policy | Terms of use", "© 2025 Example Media"]
    return "\n".join(lines)


def baseline(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def rate(func, pages: list[str], repeat: int, before_pass=None) -> float:
    """Best pages/second over ``repeat`` passes (process CPU time: one core);
    ``before_pass`` runs (untimed) before each pass."""
    best = 0.0
    for _ in range(repeat):
        if before_pass is not None:
            before_pass()
        t0 = time.process_time()
        for p in pages:
            func(p)
        dt = max(time.process_time() - t0, 1e-9)
        best = max(best, len(pages) / dt)
    return best


def measure(pages: list[str], repeat: int) -> dict:
    """Pages per second per core: whole segmentation, its two halves, and the baseline."""
    model = load_model()
    split = [p.split("\n") for p in pages]
    predict_record(pages[0])  # load the model and data tables once
    # each pass starts with an empty line cache: lines repeated across the pages of one
    # pass (menus, teaser labels) are read once, as for a real site, but no pass reuses
    # what an earlier pass over the same pages cached
    seg = rate(predict_record, pages, repeat, before_pass=clear_line_cache)
    read = rate(line_table, split, repeat, before_pass=clear_line_cache)
    tables = [line_table(ls) for ls in split]
    rules = rate(lambda t: _segment_rows(t, model, explain=False), tables, repeat)
    base = rate(baseline, pages, repeat)
    return {"segment": seg, "read_lines": read, "rules_models": rules, "baseline": base}


def report(name: str, pages: list[str], res: dict) -> None:
    n_lines = sum(p.count("\n") + 1 for p in pages) / len(pages)
    n_chars = sum(len(p) for p in pages) / len(pages)
    us = {k: 1e6 / v for k, v in res.items()}
    print(f"pages: {len(pages)} {name}, {n_lines:.0f} lines and {n_chars:.0f} characters each")
    print(f"segmentation:            {res['segment']:10.0f} pages/s per core "
          f"({us['segment']:.0f} µs a page)")
    print(f"  reading the lines:     {res['read_lines']:10.0f} pages/s "
          f"({us['read_lines']:.0f} µs a page)")
    print(f"  rules and models:      {res['rules_models']:10.0f} pages/s "
          f"({us['rules_models']:.0f} µs a page, lines read beforehand)")
    print(f"baseline (split + strip): {res['baseline']:10.0f} pages/s per core")
    print(f"ratio baseline/segmentation: {res['baseline'] / res['segment']:.0f}x slower "
          "than splitting lines")


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sample", action="store_true",
                    help="use the bundled sample corpus (data/pages) instead of synthetic pages")
    ap.add_argument("--real", type=Path, default=REAL,
                    help="JSONL of real page dumps ({'text': ...} per line) also measured "
                         "when the file exists (default: the segmentation benchmark's pages)")
    args = ap.parse_args(argv)
    if args.sample:
        files = sorted((REPO / "data" / "pages").rglob("*.txt"))
        texts = [f.read_text(encoding="utf-8") for f in files]
        pages = [texts[i % len(texts)] for i in range(args.pages)] if texts else []
    else:
        rng = random.Random(20250301)
        pages = [make_page(rng) for _ in range(args.pages)]
    kind = "sample-corpus" if args.sample else "synthetic"
    out = measure(pages, args.repeat)
    report(kind, pages, out)
    if args.real and args.real.is_file():
        with args.real.open(encoding="utf-8") as fh:
            real = [json.loads(line)["text"] for line in fh if line.strip()]
        if real:
            print()
            res = measure(real, args.repeat)
            report(f"real ({args.real.name})", real, res)
            out["real"] = res
    else:
        print(f"\n(no real pages: {args.real} is absent)")
    return out


if __name__ == "__main__":
    main()
