#!/usr/bin/env python3
"""Tagging speed of the project's NER model, in tokens per second on one core.

    python benchmarks/bench_ner.py [--repeat 3] [--limit N]

Texts: ../shared/eval/actors/ner_dev.jsonl when present, else a synthetic text made of
sentences written for this benchmark. Prints the plain-tokenisation speed (the baseline,
same texts, same run), the full tagging speed (tokenise + sentences + features + CRF
decoding) and their ratio. Target: >= 20,000 tokens/s per core.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis import ner  # noqa: E402

SHARED = Path(os.environ.get("NEWSFRAME_SHARED", REPO.parent / "shared"))
SYNTHETIC = [
    "Foreign Minister Mara Vint of Norland met Portuguese Prime Minister Antonio Costa in "
    "Lisbon on Monday, the ministry said.",
    "\"We have waited a long time for this agreement,\" Vint told reporters after the "
    "ceremony, adding that the European Union would review it next year.",
    "Shares in Acme Corp. rose 3.5 percent to $42.10 in New York, while the Dow Jones index "
    "closed 12 points lower.",
]


def load_texts(limit: int | None) -> tuple[list[str], str]:
    dev = SHARED / "eval" / "actors" / "ner_dev.jsonl"
    if dev.exists():
        with open(dev, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()]
        source = "ner_dev.jsonl"
    else:
        texts = ["\n".join(SYNTHETIC * 20)] * 100
        source = "synthetic"
    return texts[:limit] if limit else texts, source


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    texts, source = load_texts(a.limit)
    n_tokens = sum(len(ner.tokenize(t)) for t in texts)
    ner.load_model()
    ner.gazetteers()
    t_tok = best_of(a.repeat, lambda: [ner.tokenize(t) for t in texts])
    t_cold = best_of(1, lambda: [ner.tag_entities(t) for t in texts])  # empty word caches
    t_tag = best_of(a.repeat, lambda: [ner.tag_entities(t) for t in texts])
    tok_rate, tag_rate, cold_rate = n_tokens / t_tok, n_tokens / t_tag, n_tokens / t_cold
    print(f"texts: {source}, {len(texts)} documents, {n_tokens:,} tokens, best of {a.repeat}, "
          f"one process (one core)")
    print(f"tokenise only : {tok_rate:12,.0f} tokens/s")
    print(f"tag, first pass: {cold_rate:11,.0f} tokens/s   (word-feature cache empty)")
    print(f"tag entities  : {tag_rate:12,.0f} tokens/s   (target >= 20,000)")
    print(f"ratio tag/tokenise: {tag_rate / tok_rate:.3f} (tagging costs {tok_rate / tag_rate:.1f}x "
          f"plain tokenisation)")


if __name__ == "__main__":
    main()
