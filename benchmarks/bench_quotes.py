#!/usr/bin/env python3
"""Quote extraction throughput: ``analysis.quotes.find_quotes`` vs a plain regex.

    .venv/bin/python benchmarks/bench_quotes.py [--docs 500] [--seed 5] [--repeat 3]

Texts: ``--docs`` synthetic article-sized page texts (a headline, 10-18 paragraphs of
about 50 words, about 700 words each) generated here from sentences written for this
benchmark: attributed quotes with straight and curly marks, interrupted and
multi-paragraph quotes, partial quotes, titles in double quotes and plain prose.

Baseline (same texts, same run): a plain regex double-quote region finder, one
``re.finditer`` over each paragraph for ``"..."`` and curly pairs. Prints docs/s and
chars/s for both (best of ``--repeat`` runs) and the ratio baseline/kit.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis.quotes import find_quotes  # noqa: E402

FIRST = ["Mara", "Jonas", "Ilse", "Tomas", "Rosa", "Pavel", "Nadia", "Hugo", "Lena", "Ivo"]
LAST = ["Vint", "Keller", "Brandt", "Reyes", "Delgado", "Orlov", "Aalto", "Baptiste", "Moss"]
TITLES = ["Mayor", "Finance Minister", "Senator", "transport analyst", "Coach", "Director"]
PROSE = [
    "The council met on Tuesday to discuss the budget for the coming year.",
    "Officials said the ferry timetable would change in the spring.",
    "Residents of the east bank have complained about traffic for months.",
    "The plan, first proposed in 2019, was delayed twice by legal challenges.",
    "Prices at the market rose by 4.5 percent in March, the statistics office reported.",
    "A spokesperson for the port declined to comment on the negotiations.",
]
QUOTES = [
    "We cannot keep asking families to pay more for less",
    "This is a difficult decision, but it is the right one for the city",
    "Nobody told us the bridge would close for a whole year",
    "The numbers simply do not add up",
]


def person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{rng.choice(TITLES)} {first} {last}", last


def paragraph(rng: random.Random) -> str:
    full, last = person(rng)
    q = rng.choice(QUOTES)
    kind = rng.randrange(8)
    prose = " ".join(rng.sample(PROSE, 2))
    if kind == 0:
        return f'"{q}," said {full}. {prose}'
    if kind == 1:
        return f'\u201c{q},\u201d {last} said. \u201c{rng.choice(QUOTES)}.\u201d'
    if kind == 2:
        return f'"{q}," said {full}, "and {rng.choice(QUOTES).lower()}."'
    if kind == 3:
        return f'{full} said: "{q}. {rng.choice(QUOTES)}.'       # left open: continues
    if kind == 4:
        return f'{prose} {last} called it "a {rng.choice(["rough", "bold", "costly"])} year."'
    if kind == 5:
        return f'The "Fix It First" programme starts in June. {prose}'
    return f"{prose} {rng.choice(PROSE)}"


def make_docs(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        paras = [paragraph(rng) for _ in range(rng.randint(10, 18))]
        docs.append("Headline about the city budget\n\n" + "\n\n".join(paras) + "\n")
    return docs


BASELINE_RE = re.compile('"[^"\\n]*"|\u201c[^\u201d\\n]*\u201d')


def baseline(text: str) -> list[tuple[int, int]]:
    """Plain regex: every "..." or curly pair on one line."""
    return [(m.start() + 1, m.end() - 1) for m in BASELINE_RE.finditer(text)]


def timed(fn, docs: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = make_docs(args.docs, args.seed)
    chars = sum(map(len, docs))
    find_quotes(docs[0])                      # load the tables once
    t_kit = timed(find_quotes, docs, args.repeat)
    t_base = timed(baseline, docs, args.repeat)
    n_quotes = sum(len(find_quotes(d)) for d in docs)
    print(f"texts: {len(docs)} synthetic articles, {chars:,} chars, "
          f"{chars / len(docs):,.0f} chars/doc, {n_quotes:,} quotations found")
    for name, t in (("regex baseline", t_base), ("find_quotes", t_kit)):
        print(f"{name:15s} {len(docs) / t:10,.1f} docs/s {chars / t:14,.0f} chars/s")
    print(f"ratio baseline/find_quotes: {t_kit / t_base:,.1f}x slower "
          "(speakers, titles, pronouns and filters on top of the regions)")


if __name__ == "__main__":
    main()
