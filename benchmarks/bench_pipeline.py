"""Benchmark: the whole pipeline (load, segment, readability, quotes, actors) on page dumps.

    .venv/bin/python benchmarks/bench_pipeline.py [--pages 1000] [--seed 3]

Pages: ``--pages`` article-sized page dumps written to a temporary folder, made from the
project's own sample corpus (``data/pages``): each copy gets its digits redrawn and two
neighbouring words swapped in every longer line, so no two pages (and almost no two
lines) are identical and no per-text cache can help.

Baseline, in the same run: reading the same files and splitting them into stripped lines
(what any tool must do). Each stage is reported as articles/second and as its time
relative to that baseline. One process, one core: per-core figures equal the overall ones.
Peak memory: the process's maximum resident set size (``resource.getrusage``) at the end.
"""
from __future__ import annotations

import argparse
import platform
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import analysis  # noqa: E402

DIGIT = re.compile(r"\d")


def make_pages(folder: Path, n: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    sources = sorted((REPO / "data" / "pages").rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    paths = []
    for i in range(n):
        lines = []
        for line in texts[i % len(texts)].split("\n"):
            words = line.split(" ")
            if len(words) >= 8:
                j = rng.randrange(1, len(words) - 2)
                words[j], words[j + 1] = words[j + 1], words[j]
            lines.append(DIGIT.sub(lambda _m: str(rng.randrange(10)), " ".join(words)))
        path = folder / f"page-{i:05d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def baseline(paths: list[Path]) -> int:
    n = 0
    for p in paths:
        n += sum(1 for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    return n


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_pages(Path(tmp), args.pages, args.seed)
        # warm-up on a few pages: dictionaries and models load once per process
        warm = analysis.load(paths[:3], progress=False)
        warm.readability(level="document"), warm.quotes, warm.actors
        base_s, _ = timed(lambda: baseline(paths))
        rows = []
        t_load, corpus = timed(lambda: analysis.load(tmp, progress=False))
        t_blocks, _ = timed(lambda: corpus.raw_blocks)
        rows.append(("load + blocks", t_load + t_blocks))
        rows.append(("segment", timed(lambda: (corpus.blocks, corpus.documents, corpus.comments))[0]))
        rows.append(("readability", timed(lambda: (corpus.readability(level="zone"),
                                                    corpus.readability(level="document")))[0]))
        rows.append(("quotes", timed(lambda: corpus.quotes)[0]))
        rows.append(("actors", timed(lambda: (corpus.mentions, corpus.actors))[0]))
    total = sum(s for _, s in rows)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = args.pages
    print(f"machine: {platform.machine()}, {platform.processor() or platform.platform()}, "
          f"Python {platform.python_version()}, 1 process")
    print(f"pages: {n} page dumps from the sample corpus (seed {args.seed}), "
          f"{sum(len(t) for t in corpus.texts.values()) / n:,.0f} characters each on average\n")
    print(f"{'stage':<16}{'seconds':>9}{'articles/s':>12}{'x baseline time':>17}")
    print(f"{'baseline':<16}{base_s:>9.2f}{n / base_s:>12.0f}{1:>17.1f}   (read files + split lines)")
    for name, s in rows:
        print(f"{name:<16}{s:>9.2f}{n / s:>12.0f}{s / base_s:>17.1f}")
    print(f"{'whole pipeline':<16}{total:>9.2f}{n / total:>12.1f}{total / base_s:>17.1f}")
    print(f"\npeak memory (max RSS of this process): {peak_mb:,.0f} MB")
    print(f"problems recorded: {len(corpus.problems)}")


if __name__ == "__main__":
    main()
