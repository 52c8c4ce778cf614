"""Benchmark: the kit's nine readability scores against textstat 0.7.13, one run.

    .venv/bin/python benchmarks/bench_readability.py [--docs 1000] [--seed 7]

Texts: ``--docs`` synthetic news articles (a headline line and 8-14 paragraphs of
prose, about 600 words each) generated here from a small project-written vocabulary,
with titles, initials, initialisms, figures, decimals, quotes and ellipses. The same
texts go to both libraries, after both have loaded their dictionaries (the kit builds
its CMU table, textstat loads NLTK's cmudict, provisioned offline), so docs/second is
the steady state.

Memory: peak traced allocations (tracemalloc) for each library from a cold start (its
dictionaries are loaded inside the trace) over a separate set of texts (tracing slows
Python down, so that pass is not timed; textstat caches per text, so the timed texts
are not reused), and the process's maximum resident set size at the end
(resource.getrusage), which includes both libraries.

Also measured: sentence counts of the kit's rule-based splitter and of NLTK Punkt with
the project's abbreviation list (``PunktParameters``, no trained model), against the
generator's true sentence counts.
"""
from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import readability as rd  # noqa: E402
from analysis.sentences import abbreviations, split_sentences  # noqa: E402

FIRST = ["Maria", "James", "Amina", "Chen", "Olga", "David", "Priya", "Tomas", "Grace", "Omar"]
LAST = ["Alvarez", "Okafor", "Lindqvist", "Moreno", "Haddad", "Brennan", "Kowalski", "Tanaka"]
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Gov.", "Prof.", "Gen."]
PLACES = ["the city", "the province", "the valley", "the capital", "the coastal region",
          "the northern district", "the border towns", "the river basin"]
BODIES = ["the council", "the ministry", "the committee", "the regional authority",
          "the health agency", "the transport board", "the school district"]
INITIALISMS = ["the U.S.", "the U.N.", "the E.U."]
TOPICS = ["water supply", "public transport", "housing costs", "school funding",
          "flood defenses", "hospital waiting lists", "energy prices", "road safety"]
VERBS = ["announced", "approved", "rejected", "postponed", "reviewed", "defended",
         "criticized", "welcomed", "questioned", "extended"]
ADJ = ["controversial", "ambitious", "temporary", "comprehensive", "modest", "unexpected",
       "long-awaited", "costly", "well-funded", "experimental"]
NOUNS = ["plan", "proposal", "budget", "agreement", "program", "investigation", "reform",
         "policy", "report", "initiative"]
ADVERBS = ["quickly", "reluctantly", "finally", "publicly", "again", "unanimously"]
OPENERS = ["However,", "Meanwhile,", "Still,", "In the end,", "For now,", "Last year,"]
MONTHS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
HEADWORDS = ["Council", "Approves", "Budget", "Residents", "Protest", "New", "Rail",
             "Line", "Talks", "Stall", "Over", "Water", "Prices", "Rise", "Again"]


def person(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return f"{rng.choice(TITLES)} {rng.choice(LAST)}"
    if kind < 0.55:
        return f"{rng.choice(FIRST)[0]}. {rng.choice('ABCDEFGHJK')}. {rng.choice(LAST)}"
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def figure(rng: random.Random) -> str:
    return rng.choice([
        f"${rng.randint(1, 99)}.{rng.randint(1, 9)} million",
        f"{rng.randint(2, 60)}%",
        f"{rng.randint(1, 9)},{rng.randint(100, 999)} people",
        f"{rng.randint(2, 9)}.{rng.randint(1, 9)} percent",
        f"{rng.randint(1990, 2024)}",
    ])


def sentence(rng: random.Random) -> str:
    """One generated sentence (ends with . ! ? and possibly a closing quote)."""
    kind = rng.random()
    if kind < 0.35:
        s = (f"{rng.choice(BODIES).capitalize()} {rng.choice(VERBS)} the {rng.choice(ADJ)} "
             f"{rng.choice(NOUNS)} on {rng.choice(TOPICS)} in {rng.choice(PLACES)}.")
    elif kind < 0.55:
        s = (f"{person(rng)} said the {rng.choice(NOUNS)} would cost about {figure(rng)} "
             f"and {rng.choice(ADVERBS)} change how {rng.choice(PLACES)} handles "
             f"{rng.choice(TOPICS)}.")
    elif kind < 0.7:
        s = (f"\"We don't expect {rng.choice(TOPICS)} to improve before {figure(rng)},\" "
             f"{person(rng)} told reporters.")
    elif kind < 0.8:
        s = (f"{rng.choice(OPENERS)} officials from {rng.choice(INITIALISMS)} and "
             f"{rng.choice(BODIES)} met {person(rng)} to discuss the {rng.choice(NOUNS)}.")
    elif kind < 0.84:
        s = f"Why did {rng.choice(BODIES)} wait so long?"
    elif kind < 0.89:
        s = (f"{person(rng)} returned to {rng.choice(INITIALISMS)} on {rng.choice(MONTHS)} "
             f"{rng.randint(1, 28)} and will speak at {rng.randint(1, 11)} "
             f"{rng.choice(['a.m.', 'p.m.'])} in Room No. {rng.randint(2, 40)}.")
    elif kind < 0.92:
        s = f"The delegation flew back to {rng.choice(INITIALISMS)}"  # ends "U.S."
    elif kind < 0.96:
        s = (f"The {rng.choice(NOUNS)} was {rng.choice(ADVERBS)} {rng.choice(VERBS)}... "
             f"and nobody in {rng.choice(PLACES)} was surprised.")
    else:
        s = (f"Critics of the {rng.choice(ADJ)} {rng.choice(NOUNS)} say it ignores "
             f"{rng.choice(TOPICS)}; supporters disagree.")
    return s


def article(rng: random.Random) -> tuple[str, int]:
    """(text, true sentence count): a headline line, then paragraphs one per line."""
    headline = " ".join(rng.sample(HEADWORDS, rng.randint(4, 7)))
    paragraphs, n = [headline], 1
    for _ in range(rng.randint(8, 14)):
        k = rng.randint(2, 5)
        paragraphs.append(" ".join(sentence(rng) for _ in range(k)))
        n += k
    return "\n".join(paragraphs), n


def corpus(n_docs: int, seed: int) -> tuple[list[str], list[int]]:
    rng = random.Random(seed)
    pairs = [article(rng) for _ in range(n_docs)]
    return [t for t, _ in pairs], [n for _, n in pairs]


# ---------------------------------------------------------------- the two contenders
def kit_scores(text: str) -> dict[str, float]:
    return rd.metrics_from_counts(rd.text_counts(text))


def textstat_scores(text: str) -> dict[str, float]:
    from analysis.textstat_compat import textstat_metrics

    return textstat_metrics(text)


def timed(fn, texts: list[str]) -> float:
    gc.collect()
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - start


def traced_peak(fn, texts: list[str]) -> float:
    """Peak traced MB while scoring all texts (includes first-use loading)."""
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    for text in texts:
        fn(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def punkt_counts(texts: list[str]) -> list[int]:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations()) | {"u.s", "u.n", "e.u", "a.m", "p.m"}
    tok = PunktSentenceTokenizer(params)
    return [sum(len(tok.tokenize(line)) for line in text.split("\n") if line.strip())
            for text in texts]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    texts, truth = corpus(args.docs, args.seed)
    # separate texts for the memory passes (textstat caches results per text)
    mem_texts, _ = corpus(max(10, args.docs // 5), args.seed + 1)
    warm, _ = corpus(1, args.seed + 2)

    # memory, from cold: the kit first (building its CMU syllable table inside the trace),
    # then textstat (NLTK cmudict, provisioned offline, loaded inside the trace)
    kit_peak = traced_peak(kit_scores, mem_texts)
    kit_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    from analysis.textstat_compat import provision_cmudict
    provision_cmudict()
    ts_peak = traced_peak(textstat_scores, mem_texts)
    kit_scores(warm[0])
    textstat_scores(warm[0])
    # speed: interleaved chunks, so a busy machine slows both alike
    kit_time = ts_time = 0.0
    for i in range(0, len(texts), 50):
        chunk = texts[i:i + 50]
        kit_time += timed(kit_scores, chunk)
        ts_time += timed(textstat_scores, chunk)
    words = sum(rd.text_counts(t)["words"] for t in texts) / len(texts)

    kit_rate, ts_rate = len(texts) / kit_time, len(texts) / ts_time
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    ours = [len(split_sentences(t)) for t in texts]
    punkt = punkt_counts(texts)

    def agreement(counts):
        exact = sum(c == n for c, n in zip(counts, truth)) / len(truth)
        err = sum(abs(c - n) for c, n in zip(counts, truth)) / sum(truth)
        return exact, err

    print(f"{len(texts)} synthetic articles, ~{words:.0f} words each (seed {args.seed})")
    print()
    print(f"{'':27s} {'docs/s':>8s} {'s total':>8s} {'peak MB':>8s}")
    print(f"{'kit (analysis.readability)':27s} {kit_rate:8.1f} {kit_time:8.2f} {kit_peak:8.1f}")
    print(f"{'textstat 0.7.13':27s} {ts_rate:8.1f} {ts_time:8.2f} {ts_peak:8.1f}")
    print(f"ratio kit/textstat: {kit_rate / ts_rate:.2f}x   (target >= 2x)")
    print(f"process max RSS: {kit_rss:.0f} MB after the kit's pass (target <= 200 MB), "
          f"{rss:.0f} MB at the end with textstat and NLTK's cmudict loaded too")
    print(f"peak MB = tracemalloc peak while scoring {len(mem_texts)} other texts from cold "
          "(dictionaries loaded inside the trace); docs/s timed in interleaved chunks of 50")
    print()
    print("sentence counts vs the generator's truth (exact docs, mean abs error per sentence):")
    for name, counts in (("kit splitter", ours), ("NLTK Punkt + abbreviation list", punkt)):
        exact, err = agreement(counts)
        print(f"  {name:32s} exact {exact:6.1%}   error {err:6.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
