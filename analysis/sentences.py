"""Sentence splitting for readability counts: a small, explainable rule-based splitter.

Why not NLTK Punkt? A trained Punkt model would have to be downloaded (not allowed:
no network at run time). Punkt without a model (``PunktParameters`` with our
abbreviation list) was measured against these rules, both given the same line rule:
on the 27 reference passages of ``../shared/eval/readability`` it gets 24 sentence
counts right against 27 (it never splits after a listed abbreviation such as "U.S."
before "The", misses "word.Word" in sloppy comments and splits inside quoted
exclamations); on the benchmark's synthetic articles
(``benchmarks/bench_readability.py``) its sentence-count error is about 2.1 % against
0.6 %. ``tests/test_readability_shared.py`` keeps the comparison.

Rules, in order:

1. **Normalise**: NFKC; curly quotes and apostrophes become straight; em/en dashes
   become `` - `` (a dash separates words); non-breaking hyphen -> ``-``; NBSP -> space.
2. **Logical lines** (:func:`logical_lines`). Lines are split at ``\\r\\n``, ``\\r``
   or ``\\n`` (as in ``docs/CONTRACT.md``).

   * *Hard-wrapped* text (at least 3 non-empty lines, none longer than 100
     characters, median length at least 40: e.g. Project Gutenberg) is unwrapped:
     single line breaks are spaces, a blank line ends a paragraph.
   * Otherwise every line is its own unit, so a **headline, caption, teaser or
     truncated comment without final punctuation is one sentence**. Exception, a soft
     wrap: a line that starts in lower case after a line of at least 40 characters
     continues it.
3. **Inside a line** a sentence ends at ``.``, ``!`` or ``?`` (runs such as ``?!`` or
   ``...`` included, plus closing quotes/brackets) followed by white space and then an
   upper-case letter, a digit or an opening quote/bracket - or by the end of the line.
   Sloppy comments that omit the space ("interests.No one", "interest .Russia") also
   end a sentence there (lower-case letter, stop, upper-case letter + lower-case).
4. **Not a boundary** after a single full stop:

   * a listed abbreviation (``analysis/data/abbreviations.txt``): titles and months
     ("Mr. Smith", "Jan. 5") and Latin forms ("e.g. Paris") never end a sentence before
     the next word; numeric ones ("No. 5", "Vol. 3") only before a figure;
   * a single letter: initials ("J. R. R. Tolkien", "K. Thanjan");
   * a dotted initialism ("U.S.", "U.N.", "a.m.") unless the next word is a typical
     sentence opener (``analysis/data/readability_sentence_openers.txt``: The, He,
     But, ...), so "the U.S. Senate" is one sentence and "the U.S. The talks" two.

   Decimals ("3.5"), URLs and "word.Word" inside figures never match rule 3 because no
   space follows the stop.
5. Colons and semicolons do not end sentences (McLaughlin 1969 and most software;
   Flesch 1979 would count them). Pieces with no letter or digit are dropped.

Known limits: "vitamin C. It" (single letter) and "the U.S. Congress ..." after a real
sentence end stay one sentence; title-case headlines on one line with internal full
stops follow the in-line rules.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

_QUOTE_DASH_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"',
    "\u2012": " - ", "\u2013": " - ", "\u2014": " - ", "\u2015": " - ", "\u2212": " - ",
    "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_TERMINAL_RE = re.compile(r"([.!?]+)([\"')\]]*)(?=\s|$)")
_MISSING_SPACE_RE = re.compile(r"(?<=[a-z]) ?([.!?]+)(?=[A-Z][a-z])")
_ALNUM_RE = re.compile(r"[^\W_]")
_SINGLE_LETTER_RE = re.compile(r"[^\W\d_]")
_INITIALISM_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_OPENING = "\"'(["
_CLOSING = "\"')]"

#: Minimum median line length (chars) for a text to count as hard-wrapped.
WRAP_MEDIAN_MIN = 40
#: Maximum line length (chars) in a hard-wrapped text.
WRAP_LINE_MAX = 100
#: A lower-case line continues the previous one if that one had at least this many chars.
SOFT_WRAP_MIN = 40


def normalise(text: str) -> str:
    """NFKC, straight quotes, spaced dashes (rule 1)."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTE_DASH_MAP)


def _read_table(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line.split())
    return rows


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation (lower case, no final stop) -> class (title, numeric, inner)."""
    return {row[0]: row[1] for row in _read_table("abbreviations.txt")}


@cache
def sentence_openers() -> frozenset[str]:
    """Lower-case words that typically open a sentence."""
    return frozenset(row[0] for row in _read_table("readability_sentence_openers.txt"))


def is_hard_wrapped(lines: list[str]) -> bool:
    """At least 3 non-empty lines, none over WRAP_LINE_MAX chars, median >= WRAP_MEDIAN_MIN."""
    lengths = sorted(len(line) for line in lines if line)
    return (len(lengths) >= 3 and lengths[-1] <= WRAP_LINE_MAX
            and lengths[len(lengths) // 2] >= WRAP_MEDIAN_MIN)


def logical_lines(text: str, wrapped: bool | None = None) -> list[str]:
    """Units in which a line break is not a sentence boundary (rule 2), normalised,
    with runs of white space collapsed to one space.

    ``wrapped``: None detects hard wrapping from ``text`` itself; True/False impose it
    (the readability frames decide once per document, so a zone made of a few short
    teaser lines is not mistaken for wrapped prose)."""
    lines = [" ".join(line.split()) for line in _LINE_BREAK_RE.split(normalise(text))]
    if wrapped is None:
        wrapped = is_hard_wrapped(lines)
    units: list[str] = []
    current: list[str] = []
    prev_len = 0
    for line in lines:
        if not line:
            if current:
                units.append(" ".join(current))
                current = []
        elif current and (wrapped or (line[0].islower() and prev_len >= SOFT_WRAP_MIN)):
            current.append(line)
        else:
            if current:
                units.append(" ".join(current))
            current = [line]
        prev_len = len(line)
    if current:
        units.append(" ".join(current))
    return units


def _is_boundary(line: str, start: int, match: re.Match) -> bool:
    """Rules 3 and 4 for one candidate stop in ``line``."""
    after = match.end()
    rest = line[after:].lstrip()
    if not rest:
        return True
    if rest[0] in _OPENING:
        return True
    head = rest.lstrip(_OPENING + _CLOSING)
    if not head or not (head[0].isupper() or head[0].isdigit()):
        return False
    if match.group(1) != ".":
        return True  # ! ? ... and runs end a sentence before a capital
    space = line.rfind(" ", start, match.start())
    last = line[space + 1:match.start()].strip(_OPENING + _CLOSING).lower()
    kind = abbreviations().get(last)
    if kind in ("title", "inner"):
        return False
    if kind == "numeric" and head[0].isdigit():
        return False
    if _SINGLE_LETTER_RE.fullmatch(last):
        return False  # an initial
    if _INITIALISM_RE.fullmatch(last):
        word = head.split(" ", 1)[0].rstrip(".,;:!?\"')]").lower()
        return word in sentence_openers()
    return True


def split_line(line: str) -> list[str]:
    """Sentences of one logical line (rules 3-5)."""
    line = _MISSING_SPACE_RE.sub(r"\1 ", line)
    out: list[str] = []
    start = 0
    for match in _TERMINAL_RE.finditer(line):
        if _is_boundary(line, start, match):
            piece = line[start:match.end()].strip()
            if piece:
                out.append(piece)
            start = match.end()
    tail = line[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_sentences(text: str, wrapped: bool | None = None) -> list[str]:
    """Sentences of ``text`` by the module's rules (normalised strings).

    >>> split_sentences("Mr. Smith met the U.S. envoy at 3.5 p.m. Then he left.")
    ['Mr. Smith met the U.S. envoy at 3.5 p.m.', 'Then he left.']
    """
    return [s for line in logical_lines(text, wrapped) for s in split_line(line)
            if _ALNUM_RE.search(s)]
