"""Readability: transparent counts and the nine classic formulas.

Every score is a pure function of *counts* that sit in their own columns, so a student
can see the words behind a number. The formulas and constants are in
``analysis/data/readability_coefficients.json`` (with their sources), loaded into
:data:`COEFFICIENTS`. Flesch Reading Ease is the only score where **higher means
easier**; for the other eight (grade levels) **higher means harder**.

Counting rules
--------------
*Text* is normalised first (NFKC, straight quotes, em/en dashes separate words), see
:mod:`analysis.sentences`.

**Words** (Flesch 1979, *How to Write Plain English*): a word is a run of letters,
figures or symbols between spaces. Each of these counts as ONE word:

* contractions: ``don't``, ``they've``, ``Russia's``;
* hyphenated compounds: ``higher-level``, ``state-of-the-art``, ``U.S.-Mexico``;
* abbreviations and initialisms: ``U.S.``, ``a.m.``, ``Mr.``, ``VOA``;
* figures, with their symbols: ``2013``, ``2,350,000``, ``$4.25``, ``7%``, ``1990s``,
  ``10-year-old``; a URL is one word.

Punctuation-only tokens (``-``, ``...``, ``"``) are not words.

**Syllables** (:mod:`analysis.syllables`): CMU Pronouncing Dictionary, the pronunciation
with the fewest syllables (Flesch: "use the one with fewer syllables"); a hyphenated
compound is the sum of its parts; abbreviations and figures are one syllable each
(Flesch 1979 counts "1918" or "$" as one syllable too); words CMUdict does not know
fall back to a documented vowel-group rule.

**Sentences** (:mod:`analysis.sentences`): "U.S.", "Mr.", initials, decimals, quotes
and ellipses do not split; a line without final punctuation (headline, caption, teaser)
is its own sentence; colons and semicolons do not end sentences.

**Letters** (Coleman-Liau, ARI): letters and digits inside words; punctuation never
counts. **Characters**: every non-space character of the text (for reference only).
**Long words**: more than six letters (Björnsson's LIX definition), for reference.

**Polysyllables** (SMOG): words of three or more syllables, names and repeats included
(McLaughlin 1969).

**Complex words** (Gunning 1952): three or more syllables, except proper nouns
(capitalised and not sentence-initial), abbreviations, figures, hyphenated compounds,
and words that reach three syllables only through ``-es``, ``-ed`` or ``-ing``
("created", "boxes" and "relaxing" are not complex; "everything" is).

**Unfamiliar words** (Dale & Chall 1948): not on the Dale-Chall list of about 3,000
words, where a listed word also covers its regular forms (-s, -es, -ies, -ed, -d, -ied,
-ing, -er, -est, -r, -st, -ier, -iest, -ly, -ily, 's) and its contractions; names of
persons and places (capitalised and not sentence-initial; a sentence-initial word is a
name if the text also has it capitalised mid-sentence), abbreviations and figures are
familiar; a hyphenated compound is familiar if every part is. The list is read at run
time from the installed ``textstat`` package (MIT licence,
``textstat/resources/en/easy_words.txt``), or from ``dale_chall_path`` if given.

**Unique unfamiliar words** (Spache 1953): distinct unfamiliar words (lower-cased).
Spache's own list is not distributed by any package, so the Dale-Chall list stands in:
the Spache score is **approximate** (``frame.attrs["approximate"]``).

**Linsear Write**: the first 100 words; ``lw_easy`` = words of at most two syllables,
``lw_hard`` = three or more, ``lw_sentences`` = sentences that contain any of them.

Undefined values
----------------
With no words (empty text, only punctuation) or no sentences every formula divides by
zero; the scores are then NaN and ``undefined_reason`` says why (:data:`REASONS`). Scores
are never silently 0 and no input raises.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from . import progress as progress_bars
from .blocks import group_rows, rows_by_doc
from .sentences import abbreviations, is_hard_wrapped, split_sentences
from .syllables import cmu_syllables, word_syllables

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Formula constants and sources, from ``data/readability_coefficients.json``.
COEFFICIENTS: dict[str, dict] = {
    k: v for k, v in json.loads(
        (DATA_DIR / "readability_coefficients.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}

#: The nine metric names (as used by the reference checker).
METRIC_NAMES: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
    "spache_readability",
)

#: Metrics that are approximations (Spache: the Dale-Chall list stands in for Spache's).
APPROXIMATE: tuple[str, ...] = ("spache_readability",)

#: Count columns, in frame order.
COUNT_NAMES: tuple[str, ...] = (
    "sentences",            # sentences by analysis.sentences
    "words",                # Flesch (1979) words
    "syllables",            # CMUdict, fewest syllables
    "polysyllables",        # words with >= 3 syllables (SMOG)
    "complex_words",        # Gunning's complex words (Fog)
    "letters",              # letters and digits inside words (CLI, ARI)
    "characters",           # non-space characters of the text
    "long_words",           # words with more than 6 letters
    "unfamiliar_words",     # not on the Dale-Chall list (Dale-Chall)
    "unique_unfamiliar_words",  # distinct unfamiliar words (Spache)
    "lw_easy",              # Linsear Write: easy words among the first 100
    "lw_hard",              # Linsear Write: hard words among the first 100
    "lw_sentences",         # Linsear Write: sentences holding those words
)

#: ``undefined_reason`` values.
REASONS: dict[str, str] = {
    "empty text": "the text is empty or white space only",
    "no words": "the text has characters but no words (punctuation or symbols only)",
    "no sentences": "no sentence was found (cannot happen when there are words)",
    "not English": "the story does not look like English (set by the corpus; see "
                   "analysis.language): the formulas are made for English",
}

_NAN = float("nan")

# ----------------------------------------------------------------------------
# Tokens
# ----------------------------------------------------------------------------
_L = r"[^\W\d_]"  # a Unicode letter
TOKEN_RE = re.compile(
    rf"""
    (?:
      (?P<url>(?:https?://|www\.)[^\s"'<>]+?(?=[.,;:!?)"']*(?:\s|$)))
    | (?P<abbr>{_L}(?:\.{_L})+\.?(?:-{_L}+(?:'{_L}+)*)*)
    | (?P<num>[$£€¥#]?\d+(?:[.,:/]\d+)*(?:%|st|nd|rd|th|s|'s)?(?:-{_L}+)*)
    | (?P<word>{_L}+(?:'{_L}+)*(?:-(?:{_L}+(?:'{_L}+)*|\d+))*'?)
    )(?=(?P<dot>\.?))
    """,
    re.VERBOSE,
)
_ING_RE = re.compile(r"ing$")
_TED_RE = re.compile(r"[td]ed$")
_SIBILANT_ES_RE = re.compile(r"(?:[sxzcg]|ch|sh)es$")

#: Regular forms of a listed Dale-Chall word: (suffix, replacement) pairs tried in turn.
_DC_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("'s", ""), ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"),
    ("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("er", ""), ("r", ""),
    ("est", ""), ("st", ""), ("ly", ""),
)


@cache
def dale_chall_words(path: str | None = None) -> frozenset[str]:
    """The Dale-Chall familiar words (lower case): ``path`` or textstat's copy."""
    if path is not None:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text(
            encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.split() if w.strip())


def _on_list(word: str, words: frozenset[str]) -> bool:
    """``word`` (lower case, no hyphen) or a regular form of it is listed."""
    if word in words:
        return True
    for suffix, repl in _DC_INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: len(word) - len(suffix)] + repl
            if stem in words or (not repl and (stem + "e" in words or (
                    len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words))):
                return True
    if "'" in word:  # a contraction of a listed word: they've, Russia'll
        return _on_list(word.split("'", 1)[0], words)
    return False


def _is_stem(stem: str) -> bool:
    """``stem`` is a word once an inflection is removed: demonstrat(e), stopp(->stop)."""
    cmu = cmu_syllables()
    return bool(stem) and (stem in cmu or stem + "e" in cmu
                           or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in cmu))


def _inflection_adds_syllable(word: str) -> bool:
    """-ing, -ted/-ded, sibilant + -es on a real stem: the suffix is its own syllable."""
    if _ING_RE.search(word):
        return _is_stem(word[:-3])
    if _TED_RE.search(word) or _SIBILANT_ES_RE.search(word):
        return _is_stem(word[:-2])
    return False


@lru_cache(maxsize=262_144)
def token_profile(token: str, kind: str, dotted: bool = False
                  ) -> tuple[int, int, bool, bool, bool, bool]:
    """Context-free facts about one token, cached.

    Returns ``(syllables, letters, is_abbreviation, is_capitalised, complex_unless_name,
    familiar)``. ``dotted``: the token is followed by a full stop (``Mr.``).
    """
    letters = sum(ch.isalnum() for ch in token)
    core = token.split("'", 1)[0]
    abbreviation = kind != "word" or (len(core) >= 2 and core.isalpha() and core.isupper()) \
        or (dotted and core.lower() in abbreviations())
    if abbreviation:
        return 1, letters, True, token[:1].isupper(), False, True
    parts = [p for p in token.split("-") if p]
    syllables = sum(word_syllables(p) for p in parts)
    lower = token.lower()
    complex_ = (syllables >= 3 and len(parts) == 1
                and not (_inflection_adds_syllable(lower) and syllables - 1 < 3))
    words = dale_chall_words()
    familiar = all(p.isdigit() or _on_list(p.lower().strip("'"), words) for p in parts)
    return syllables, letters, False, token[:1].isupper(), complex_, familiar


def tokenize(sentence: str) -> list[tuple[str, str, bool]]:
    """``(token, kind, dotted)`` for the words of one (normalised) sentence;
    kind is ``url``, ``abbr``, ``num`` or ``word``; dotted: a full stop follows."""
    return [(_token_text(t), _KINDS[next(i for i in range(4) if t[i])], t[4] == ".")
            for t in TOKEN_RE.findall(sentence)]


_KINDS = ("url", "abbr", "num", "word")


def _token_text(groups: tuple[str, ...]) -> str:
    return groups[0] or groups[1] or groups[2] or groups[3]


#: findall tuple -> (syllables, letters, complex_unless_name, familiar, is_name_candidate)
_PROFILES: dict[tuple[str, ...], tuple[int, int, bool, bool, bool]] = {}
_PROFILES_MAX = 500_000


def _profile(groups: tuple[str, ...]) -> tuple[int, int, bool, bool, bool]:
    kind = _KINDS[next(i for i in range(4) if groups[i])]
    syl, letters, abbrev, cap, complex_, familiar = token_profile(
        _token_text(groups), kind, groups[4] == ".")
    value = (syl, letters, complex_, familiar, cap and not abbrev)
    if len(_PROFILES) >= _PROFILES_MAX:
        _PROFILES.clear()
    _PROFILES[groups] = value
    return value


# ----------------------------------------------------------------------------
# Counts
# ----------------------------------------------------------------------------
def _count(text: str, wrapped: bool | None = None) -> dict[str, int]:
    counts = dict.fromkeys(COUNT_NAMES, 0)
    counts["characters"] = len(text) - sum(text.count(ch) for ch in " \t\n\r\f\v\u00a0")
    findall = TOKEN_RE.findall
    sentences = [toks for toks in map(findall, split_sentences(text, wrapped)) if toks]
    counts["sentences"] = len(sentences)
    # names: capitalised words seen somewhere other than at the start of a sentence
    names = {t[3] for toks in sentences for t in toks[1:] if t[3] and t[3][0].isupper()}
    profiles = _PROFILES
    unfamiliar_types: set[str] = set()
    words = syllables = poly = complex_ = letters = long_ = unfamiliar = 0
    lw_easy = lw_hard = lw_sentences = 0
    for toks in sentences:
        words += len(toks)
        first = True
        for t in toks:
            p = profiles.get(t) or _profile(t)
            syl, n_letters, complex_word, familiar, name_candidate = p
            name = name_candidate and (not first or t[3] in names)
            first = False
            syllables += syl
            letters += n_letters
            if n_letters > 6:
                long_ += 1
            if syl >= 3:
                poly += 1
                if complex_word and not name:
                    complex_ += 1
            if not (familiar or name):
                unfamiliar += 1
                unfamiliar_types.add(t[3].lower())
        if lw_easy + lw_hard < 100:
            lw_sentences += 1
            for t in toks[: 100 - lw_easy - lw_hard]:
                if profiles[t][0] >= 3:
                    lw_hard += 1
                else:
                    lw_easy += 1
    counts.update(words=words, syllables=syllables, polysyllables=poly, complex_words=complex_,
                  letters=letters, long_words=long_, unfamiliar_words=unfamiliar,
                  unique_unfamiliar_words=len(unfamiliar_types), lw_easy=lw_easy,
                  lw_hard=lw_hard, lw_sentences=lw_sentences)
    return counts


def word_table(text: str, wrapped: bool | None = None) -> pd.DataFrame:
    """One row per word, to show the words behind the counts: ``sentence`` (0-based),
    ``word``, ``kind`` (word, abbr, num, url), ``syllables``, ``polysyllable``,
    ``complex`` (Gunning), ``name``, ``unfamiliar`` (Dale-Chall), ``in_lw_sample``.
    Column sums equal :func:`text_counts` (``sentences`` = number of distinct values)."""
    rows = []
    sentences = [toks for toks in map(TOKEN_RE.findall, split_sentences(text, wrapped)) if toks]
    names = {t[3] for toks in sentences for t in toks[1:] if t[3] and t[3][0].isupper()}
    n = 0
    for i, toks in enumerate(sentences):
        for j, t in enumerate(toks):
            syl, _, complex_word, familiar, name_candidate = _PROFILES.get(t) or _profile(t)
            name = name_candidate and (j > 0 or t[3] in names)
            rows.append({"sentence": i, "word": _token_text(t),
                         "kind": _KINDS[next(k for k in range(4) if t[k])],
                         "syllables": syl, "polysyllable": syl >= 3,
                         "complex": syl >= 3 and complex_word and not name, "name": name,
                         "unfamiliar": not (familiar or name), "in_lw_sample": n < 100})
            n += 1
    return pd.DataFrame(rows, columns=["sentence", "word", "kind", "syllables", "polysyllable",
                                       "complex", "name", "unfamiliar", "in_lw_sample"])


@lru_cache(maxsize=64)
def _count_cached(text: str, wrapped: bool | None) -> tuple[tuple[str, int], ...]:
    return tuple(_count(text, wrapped).items())


def text_counts(text: str, wrapped: bool | None = None) -> dict[str, int]:
    """All counts the nine formulas need (:data:`COUNT_NAMES`), by the module's rules.

    ``wrapped`` (see :func:`analysis.sentences.logical_lines`): None detects hard-wrapped
    text; True/False impose the decision.

    >>> c = text_counts("The cat sat on the mat.")
    >>> c["sentences"], c["words"], c["syllables"], c["letters"]
    (1, 6, 6, 17)
    """
    return dict(_count_cached(text if isinstance(text, str) else str(text), wrapped))


def undefined_reason(counts: Mapping[str, int], text: str | None = None) -> str | None:
    """Why the scores of these counts are NaN (a key of :data:`REASONS`), or None."""
    if counts["words"] == 0:
        return "empty text" if counts.get("characters", 0) == 0 else "no words"
    if counts["sentences"] == 0:
        return "no sentences"
    return None


# ----------------------------------------------------------------------------
# Formulas: pure functions over counts (NaN when a denominator is zero)
# ----------------------------------------------------------------------------
def flesch_reading_ease(n_syllables: int, n_words: int, n_sents: int) -> float:
    """Flesch Reading Ease (Flesch 1948): ``206.835 - 1.015*W/S - 84.6*Y/W``.

    0-100 for most prose (can exceed both ends). **Higher => easier** text.
    """
    if not n_words or not n_sents:
        return _NAN
    c = COEFFICIENTS["flesch_reading_ease"]
    return (c["base"] - c["per_sentence_words"] * n_words / n_sents
            - c["per_word_syllables"] * n_syllables / n_words)


def flesch_kincaid_grade(n_syllables: int, n_words: int, n_sents: int) -> float:
    """Flesch-Kincaid Grade Level (Kincaid et al. 1975, RBR 8-75):
    ``0.39*W/S + 11.8*Y/W - 15.59``. US school grade. **Higher => harder** text."""
    if not n_words or not n_sents:
        return _NAN
    c = COEFFICIENTS["flesch_kincaid_grade"]
    return (c["per_sentence_words"] * n_words / n_sents
            + c["per_word_syllables"] * n_syllables / n_words + c["base"])


def gunning_fog(n_complex: int, n_words: int, n_sents: int) -> float:
    """Gunning Fog Index (Gunning 1952): ``0.4*(W/S + 100*C/W)``, C = complex words.
    Years of schooling. **Higher => harder** text."""
    if not n_words or not n_sents:
        return _NAN
    c = COEFFICIENTS["gunning_fog"]
    return c["scale"] * (n_words / n_sents + c["per_word_complex_pct"] * n_complex / n_words)


def smog_index(n_polysyllables: int, n_sents: int) -> float:
    """SMOG grade (McLaughlin 1969), regression form for any sample size:
    ``1.043*sqrt(P*30/S) + 3.1291``. Meant for >= 30 sentences; shorter texts give a
    rougher estimate. **Higher => harder** text."""
    if not n_sents:
        return _NAN
    c = COEFFICIENTS["smog_index"]
    return c["slope"] * math.sqrt(n_polysyllables * c["sample_sentences"] / n_sents) + c["base"]


def coleman_liau_index(n_letters: int, n_words: int, n_sents: int) -> float:
    """Coleman-Liau Index (Coleman & Liau 1975): ``0.0588*L - 0.296*S - 15.8`` with L
    letters and S sentences per 100 words. US grade. **Higher => harder** text."""
    if not n_words or not n_sents:
        return _NAN
    c = COEFFICIENTS["coleman_liau_index"]
    return (c["per_100_words_letters"] * 100 * n_letters / n_words
            - c["per_100_words_sentences"] * 100 * n_sents / n_words + c["base"])


def automated_readability_index(n_letters: int, n_words: int, n_sents: int) -> float:
    """Automated Readability Index (Senter & Smith 1967):
    ``4.71*K/W + 0.5*W/S - 21.43``, K = letters and digits. US grade.
    **Higher => harder** text."""
    if not n_words or not n_sents:
        return _NAN
    c = COEFFICIENTS["automated_readability_index"]
    return (c["per_word_characters"] * n_letters / n_words
            + c["per_sentence_words"] * n_words / n_sents + c["base"])


def dale_chall_readability_score(n_unfamiliar: int, n_words: int, n_sents: int) -> float:
    """Dale-Chall raw score (Dale & Chall 1948) on the ~3,000-word list:
    ``0.1579*PDW + 0.0496*W/S``, plus 3.6365 when PDW (% unfamiliar words) > 5.
    4.9 or lower ~ grade 4; 9.0-9.9 ~ college. **Higher => harder** text."""
    if not n_words or not n_sents:
        return _NAN
    c = COEFFICIENTS["dale_chall_readability_score"]
    pdw = 100.0 * n_unfamiliar / n_words
    score = c["per_word_unfamiliar_pct"] * pdw + c["per_sentence_words"] * n_words / n_sents
    return score + (c["adjustment"] if pdw > c["adjustment_above_pct"] else 0.0)


def linsear_write_formula(n_easy: int, n_hard: int, n_sents: int) -> float:
    """Linsear Write (US Air Force; O'Hayre 1966) over a 100-word sample: easy words
    (<= 2 syllables) score 1, hard words (>= 3) score 3; ``r = points / sentences``;
    grade = ``r/2`` if r > 20 else ``r/2 - 1``. **Higher => harder** text."""
    if not n_sents or not (n_easy + n_hard):
        return _NAN
    c = COEFFICIENTS["linsear_write_formula"]
    r = (c["easy_points"] * n_easy + c["hard_points"] * n_hard) / n_sents
    return r / c["divisor"] if r > c["threshold"] else r / c["divisor"] + c["low_offset"]


def spache_readability(n_unique_unfamiliar: int, n_words: int, n_sents: int) -> float:
    """Spache (1953), original formula: ``0.141*W/S + 0.086*PUW + 0.839`` with PUW the %
    of unique unfamiliar words. Meant for grades 1-3. APPROXIMATE: the Dale-Chall list
    stands in for Spache's list. **Higher => harder** text."""
    if not n_words or not n_sents:
        return _NAN
    c = COEFFICIENTS["spache_readability"]
    return (c["per_sentence_words"] * n_words / n_sents
            + c["per_word_unique_unfamiliar_pct"] * 100.0 * n_unique_unfamiliar / n_words
            + c["base"])


def metrics_from_counts(counts: Mapping[str, int]) -> dict[str, float]:
    """The nine scores from a :func:`text_counts` mapping."""
    w, s = counts["words"], counts["sentences"]
    return {
        "flesch_reading_ease": flesch_reading_ease(counts["syllables"], w, s),
        "flesch_kincaid_grade": flesch_kincaid_grade(counts["syllables"], w, s),
        "gunning_fog": gunning_fog(counts["complex_words"], w, s),
        "smog_index": smog_index(counts["polysyllables"], s) if w else _NAN,
        "coleman_liau_index": coleman_liau_index(counts["letters"], w, s),
        "automated_readability_index": automated_readability_index(counts["letters"], w, s),
        "dale_chall_readability_score": dale_chall_readability_score(
            counts["unfamiliar_words"], w, s),
        "linsear_write_formula": linsear_write_formula(
            counts["lw_easy"], counts["lw_hard"], counts["lw_sentences"]),
        "spache_readability": spache_readability(counts["unique_unfamiliar_words"], w, s),
    }


def text_metrics(text: str) -> dict[str, float]:
    """The nine scores of ``text`` treated as one passage."""
    return metrics_from_counts(text_counts(text))


def _metric_of_text(name: str) -> Callable[[str], float]:
    def score(text: str) -> float:
        return text_metrics(text)[name]
    score.__name__ = name
    score.__doc__ = f"{name} of a whole text (counts cached per text)."
    return score


#: Metric name -> ``callable(text) -> float`` (the reference checker's interface).
METRICS: dict[str, Callable[[str], float]] = {m: _metric_of_text(m) for m in METRIC_NAMES}


# ----------------------------------------------------------------------------
# Prediction records (python -m analysis predict readability IN OUT)
# ----------------------------------------------------------------------------
def predict_record(text: str) -> dict[str, float | None]:
    """The nine scores of the whole text; undefined (NaN) scores become ``None``."""
    return {k: (None if math.isnan(v) else round(v, 4)) for k, v in text_metrics(text).items()}


def fallback_record(text: str) -> dict[str, None]:
    """Answer when :func:`predict_record` raised: every score unknown."""
    return dict.fromkeys(METRIC_NAMES)


# ----------------------------------------------------------------------------
# Frames
# ----------------------------------------------------------------------------
LEVELS = ("block", "zone", "document")


def _join_blocks(pos: np.ndarray, texts: list[str], block_ids: np.ndarray,
                 line_nos: list[int] | None) -> str:
    """The blocks at row positions ``pos`` in ``block_id`` order, one line each; a blank
    line where the document had a gap (``line_no`` not consecutive), so the sentence
    rules see the original layout. ``texts``, ``block_ids``, ``line_nos``: the blocks
    frame's columns (``line_nos`` None when it has none: blocks are then paragraphs)."""
    pos = pos[np.argsort(block_ids[pos])].tolist()   # numpy's default sort, as sort_values
    lines = [texts[i] for i in pos]
    if line_nos is None:
        return "\n\n".join(lines)
    nos = [line_nos[i] for i in pos]
    out = lines[:1]
    for prev, cur, text in zip(nos, nos[1:], lines[1:]):
        out.append(("\n" if cur - prev == 1 else "\n\n") + text)
    return "".join(out)


def _wrapped_documents(rows_by_doc: dict, texts: list[str]) -> dict:
    """doc_id -> is the document hard-wrapped? Decided once over all its lines
    (``rows_by_doc`` from :func:`analysis.blocks.rows_by_doc`), so a zone of a few short teaser lines is
    not taken for wrapped prose."""
    return {doc_id: is_hard_wrapped([texts[i] for i in pos.tolist()])
            for doc_id, pos in rows_by_doc.items()}


def _score_rows(passages: Iterable[tuple[dict, str, bool | None]], key_columns: list[str],
                compare_textstat: bool) -> pd.DataFrame:
    """One row per passage ``(key, text, wrapped)``: the key's columns (``key_columns``),
    the counts, the nine scores and ``undefined_reason``. ``passages`` may be a generator:
    it is consumed once, in order (a progress bar around it moves as texts are scored)."""
    rows = []
    for key, text, wrap in passages:
        counts = text_counts(text, wrap)
        row = {**key, **counts, **metrics_from_counts(counts),
               "undefined_reason": undefined_reason(counts)}
        if compare_textstat:
            from .textstat_compat import textstat_metrics

            row.update({f"textstat_{k}": v for k, v in textstat_metrics(text, counts=True).items()})
        rows.append(row)
    columns = list(key_columns) + list(COUNT_NAMES) + list(METRIC_NAMES) \
        + ["undefined_reason"]
    if compare_textstat:
        from .textstat_compat import TEXTSTAT_COUNTS

        columns += [f"textstat_{m}" for m in (*METRIC_NAMES, *TEXTSTAT_COUNTS)]
    frame = pd.DataFrame(rows, columns=columns)
    for col in COUNT_NAMES:
        frame[col] = frame[col].astype("int64")
    for col in METRIC_NAMES:
        frame[col] = frame[col].astype("float64")
    frame.attrs["approximate"] = list(APPROXIMATE)
    frame.attrs["reasons"] = dict(REASONS)
    return frame


def readability_frame(blocks: pd.DataFrame, level: str = "block",
                      texts: Mapping[str, str] | None = None, compare_textstat: bool = False,
                      kinds: Iterable[str] | None = ("body",)) -> pd.DataFrame:
    """Counts, the nine scores and ``undefined_reason`` per block, zone or document.

    ``blocks`` has ``doc_id, block_id, text`` (+ ``line_no``; ``kind``, ``zone`` from
    segmentation).

    * ``level="block"``: one row per block (keys ``doc_id, block_id`` and ``kind``,
      ``zone`` when present); each block is one passage.
    * ``level="zone"``: one row per document and zone (needs the ``zone`` column); the
      zone's blocks are joined one per line, with a blank line where the document had
      a gap, so each block stays its own paragraph and a headline its own sentence.
    * ``level="document"``: one row per document over the blocks whose ``kind`` is in
      ``kinds`` (default the editorial body, ``("body",)``; needs the ``kind`` column).
      ``kinds=None`` scores the whole document: ``texts[doc_id]`` when ``texts`` is
      given, else all its blocks. A document without such blocks still gets a row, with
      NaN scores and ``undefined_reason`` "empty text".

    Whether a document is hard-wrapped (see :mod:`analysis.sentences`) is decided once
    from all its blocks and imposed on its zone and document texts.

    ``compare_textstat=True`` adds ``textstat_<metric>`` columns computed by textstat
    0.7.13 on the same text, fully offline (:mod:`analysis.textstat_compat`), and
    textstat's own counts (``textstat_sentences``, ``textstat_words``,
    ``textstat_syllables``, ``textstat_polysyllables``, ``textstat_unfamiliar_words``) so
    a notebook can show why they differ (e.g. "U.S." ending a sentence in textstat).
    ``frame.attrs["approximate"]`` lists approximate metrics (Spache).

    A corpus of more than :data:`analysis.progress.PROGRESS_FROM` documents shows one
    progress bar ("readability") per call.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    missing = {"doc_id", "block_id", "text"} - set(blocks.columns)
    if missing:
        raise ValueError(f"blocks frame lacks columns {sorted(missing)}")
    if level == "block":
        extra = [c for c in ("kind", "zone") if c in blocks.columns]
        ordered = blocks.sort_values(["doc_id", "block_id"], kind="stable")
        keys = ordered[["doc_id", "block_id", *extra]].to_dict("records")
        texts_ = ordered["text"].astype(str).tolist()
        # one bar for the whole call, counted in blocks, when there are many documents
        many_docs = ordered["doc_id"].nunique() > progress_bars.PROGRESS_FROM
        passages = progress_bars.progress(zip(keys, texts_, [False] * len(keys)), "readability",
                                          unit="block", total=len(keys), show=many_docs)
        frame = _score_rows(passages, ["doc_id", "block_id", *extra], compare_textstat)
        for col in extra:
            frame[col] = frame[col].astype(blocks[col].dtype)
        return frame
    # the columns once, as plain lists; documents found by row position
    all_texts = blocks["text"].astype(str).tolist()
    block_ids = blocks["block_id"].to_numpy()
    line_nos = blocks["line_no"].tolist() if "line_no" in blocks.columns else None
    wrapped = _wrapped_documents(rows_by_doc(blocks["doc_id"]), all_texts)
    if level == "zone":
        if "zone" not in blocks.columns:
            raise ValueError("level='zone' needs a 'zone' column: run segmentation first "
                             "(blocks from analysis.blocks alone have no zones)")
        # (doc_id, zone) groups numbered in the order groupby(sort=True) gives them
        codes = blocks.groupby(["doc_id", "zone"], observed=True, sort=True).ngroup()
        doc_col, zone_col = blocks["doc_id"].tolist(), blocks["zone"].tolist()
        zones_of: dict = {}       # doc_id -> [(zone, row positions)], in that order
        for pos in group_rows(codes.fillna(-1).to_numpy(dtype=np.int64)):
            zones_of.setdefault(doc_col[pos[0]], []).append((zone_col[pos[0]], pos))

        def zone_passages():
            for doc_id, zones in progress_bars.progress(zones_of.items(), "readability"):
                for zone, pos in zones:
                    yield ({"doc_id": doc_id, "zone": zone},
                           _join_blocks(pos, all_texts, block_ids, line_nos),
                           wrapped.get(doc_id, False))

        frame = _score_rows(zone_passages(), ["doc_id", "zone"], compare_textstat)
        if isinstance(blocks["zone"].dtype, pd.CategoricalDtype):
            frame["zone"] = frame["zone"].astype(blocks["zone"].dtype)
        return frame
    # document
    doc_ids = list(dict.fromkeys(blocks["doc_id"].tolist()))
    if texts is not None and kinds is None:
        known = set(doc_ids)
        doc_ids += [d for d in texts if d not in known]
    if kinds is None:
        selected = np.arange(len(blocks))
    else:
        if "kind" not in blocks.columns:
            raise ValueError("level='document' scores the blocks of kinds "
                             f"{tuple(kinds)} and needs a 'kind' column: run segmentation "
                             "first, or pass kinds=None to score whole documents")
        kinds = tuple(kinds)
        selected = np.flatnonzero(blocks["kind"].astype(str).isin(kinds).to_numpy())
    # doc_id -> positions (in ``blocks``) of its selected rows
    by_doc = {doc_id: selected[pos] for doc_id, pos in
              rows_by_doc(blocks["doc_id"].iloc[selected]).items()}

    def document_passages():
        for doc_id in progress_bars.progress(doc_ids, "readability"):
            if kinds is None and texts is not None and doc_id in texts:
                yield {"doc_id": doc_id}, texts[doc_id], None
            else:
                pos = by_doc.get(doc_id)
                text = "" if pos is None else _join_blocks(pos, all_texts, block_ids, line_nos)
                yield {"doc_id": doc_id}, text, wrapped.get(doc_id, False)

    frame = _score_rows(document_passages(), ["doc_id"], compare_textstat)
    frame.attrs["kinds"] = None if kinds is None else list(kinds)
    return frame
