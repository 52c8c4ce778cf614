#!/usr/bin/env python3
"""Tagging speed of the project's NER model, in tokens per second on one core.

    python benchmarks/bench_ner.py [--repeat 3] [--limit N] [--short 20000] [--long 200000]

Texts: ../shared/eval/actors/ner_dev.jsonl when present, else a synthetic text made of
sentences written for this benchmark. Prints the plain-tokenisation speed (the baseline,
same texts, same run), the full tagging speed (tokenise + sentences + features + CRF
decoding) and their ratio. Target: >= 20,000 tokens/s per core.

Then the scaling check: one record of ``--short`` characters and one of ``--long``
characters of invented news (invented names, most of them different), through
``ner.tag_entities`` and ``actors.predict_record`` (what ``predict entities`` / ``predict
actors`` run). It prints the time per character of each and the ratio long/short: about
1 when the time grows linearly with the record, far above 1 when it grows faster (before
the fix, ``predict actors`` took 1.5 s for 92 KB and 29.7 s for 1.47 MB). Printed, never
asserted: timings on a shared machine vary. ``--long 0`` skips it.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis import actors, ner  # noqa: E402

SHARED = Path(os.environ.get("NEWSFRAME_SHARED", REPO.parent / "shared"))
SYNTHETIC = [
    "Foreign Minister Mara Vint of Norland met Portuguese Prime Minister Antonio Costa in "
    "Lisbon on Monday, the ministry said.",
    "\"We have waited a long time for this agreement,\" Vint told reporters after the "
    "ceremony, adding that the European Union would review it next year.",
    "Shares in Acme Corp. rose 3.5 percent to $42.10 in New York, while the Dow Jones index "
    "closed 12 points lower.",
]


SYLLABLES = ["ka", "lor", "ven", "mi", "dra", "tu", "sel", "bo", "rin", "ash", "pel", "zan",
             "quo", "ter", "ul", "fen"]
TEMPLATES = [
    "{P} of the {O} said on {D} that talks with {Q} would resume in {L}.",
    "\"We will not accept this,\" {P} told reporters in {L}, adding that the {O} had been warned.",
    "Shares in {O} fell {N} percent after {Q} announced a review of the {L} contract.",
    "Officials in {L} confirmed that {P} met {Q} and representatives of the {O} on {D}.",
    "The minister, {P}, said the plan for {L} was \"a serious mistake\" and urged the {O} to act.",
    "{Q} ran the marathon in {L} in {N} hours, beating {P} by two minutes.",
]


def invented_record(n_chars: int, seed: int = 7) -> str:
    """A page dump of about ``n_chars`` characters: a headline, then paragraphs of invented
    news sentences whose people, organisations and places are mostly different names."""
    r = random.Random(seed)

    def word() -> str:
        return "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))).capitalize()

    parts, size, k = ["Harbour Talks Stall Again\n\n"], 0, 0
    while size < n_chars:
        s = r.choice(TEMPLATES).format(
            P=f"{word()} {word()}", Q=f"{word()} {word()}", L=word(), N=r.randint(2, 40),
            O=f"{word()} {r.choice(['Bank', 'Union', 'Institute', 'Ministry'])}",
            D=r.choice(["Monday", "Tuesday", "Friday"]))
        k += 1
        s += "\n\n" if k % 4 == 0 else " "
        parts.append(s)
        size += len(s)
    return "".join(parts)


def scaling(short: int, long: int, repeat: int) -> None:
    """Time per character of a short and a long record, and their ratio (1 = linear)."""
    texts = {n: invented_record(n) for n in (short, long)}
    print(f"scaling, one invented record of {short:,} and of {long:,} characters "
          f"(ratio of time per character, long/short: about 1 = linear):")
    for label, fn in (("tag entities  ", ner.tag_entities), ("predict actors", actors.predict_record)):
        fn(texts[short])                                  # warm caches
        per_char = {}
        for n, text in texts.items():
            per_char[n] = best_of(max(3, repeat) if n == short else 1, lambda: fn(text)) / len(text)
        print(f"{label}: {per_char[short] * 1e6:6.2f} us/char short, {per_char[long] * 1e6:6.2f} "
              f"us/char long, ratio {per_char[long] / per_char[short]:.2f}")


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
    ap.add_argument("--short", type=int, default=20_000, help="characters of the short record")
    ap.add_argument("--long", type=int, default=200_000,
                    help="characters of the long record (0: no scaling check)")
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
    if a.long:
        scaling(a.short, a.long, a.repeat)


if __name__ == "__main__":
    main()
