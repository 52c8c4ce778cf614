"""Per-line features of a page dump, used by :mod:`analysis.segment`.

Every feature is something any page dump has: length, share of function words,
sentence punctuation, capitalisation, digits, dates, bylines, cue phrases (from
``analysis/data/segment_cues.csv``), repetition and the blank lines around a line.
Nothing here refers to a particular site.

``line_table(lines)`` returns a :class:`LineTable`: the indices of the non-blank lines
and a float matrix with one row per non-blank line and one column per name in
``LOCAL_FEATURES``.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

# ---------------------------------------------------------------- data tables


def _data_lines(name: str) -> list[str]:
    text = resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


STOPWORDS: frozenset[str] = frozenset(_data_lines("segment_stopwords.txt"))

CUE_ROLES = ("promo_heading", "comment_heading", "boilerplate", "caption",
             "teaser_prefix", "teaser_suffix", "signup", "share_word", "app_links")


@dataclass(frozen=True)
class Cues:
    """Cue phrases of one role: ``exact`` (whole normalised line), ``start``, ``end``
    and ``contains`` (word-bounded) patterns."""

    exact: frozenset[str]
    start: re.Pattern | None
    end: re.Pattern | None
    contains: re.Pattern | None

    def find(self, norm: str) -> str | None:
        """The cue phrase of this role found in the normalised line, else None."""
        if norm in self.exact:
            return norm
        for pat in (self.start, self.end, self.contains):
            if pat is not None:
                m = pat.search(norm)
                if m:
                    return m.group(0).strip()
        return None


def _alternation(phrases: list[str], how: str) -> re.Pattern | None:
    if not phrases:
        return None
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        e = re.escape(p)
        if how == "start":
            alts.append(e + (r"\b" if p[-1:].isalnum() else ""))
        elif how == "end":
            alts.append((r"\b" if p[:1].isalnum() else "") + e)
        else:
            alts.append((r"\b" if p[:1].isalnum() else "") + e + (r"\b" if p[-1:].isalnum() else ""))
    body = "|".join(alts)
    if how == "start":
        return re.compile(rf"^(?:{body})")
    if how == "end":
        return re.compile(rf"(?:{body})$")
    return re.compile(rf"(?:{body})")


@cache
def cue_table() -> dict[str, Cues]:
    """role -> :class:`Cues`, read once from ``segment_cues.csv``."""
    rows: dict[str, dict[str, list[str]]] = {r: {"exact": [], "start": [], "end": [],
                                                 "contains": []} for r in CUE_ROLES}
    path = resources.files("analysis").joinpath("data", "segment_cues.csv")
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows[row["role"]][row["match"]].append(row["phrase"].lower())
    return {role: Cues(frozenset(d["exact"]), _alternation(d["start"], "start"),
                       _alternation(d["end"], "end"), _alternation(d["contains"], "contains"))
            for role, d in rows.items()}


# ---------------------------------------------------------------- patterns

WORD_RE = re.compile(r"\w+", re.UNICODE)
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
DIGIT_RE = re.compile(r"\d")
NORM_STRIP = " \t\u00a0:.-–—|»›>«<*•·!?()[]"
MONTHS = (r"jan(?:uary|uar)?|feb(?:ruary|ruar)?|m[aä]r(?:ch|z|et)?|apr(?:il)?|ma[iy]|mei|"
          r"june?|juni?|july?|juli?|aug(?:ust|ustus)?|agu(?:stus)?|sep(?:t|tember)?|"
          r"o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?|des(?:ember)?")
DATE_RE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{MONTHS})\.?,?\s+\d{{2,4}}"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b"
    r"|\d{4}年\d{1,2}月\d{1,2}日")
TIME_RE = re.compile(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\b|gmt|utc|[a-z]{2,3}t\b)?")
RELTIME_RE = re.compile(r"(?i)\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
                        r"months?|years?)\s+ago\b|\b(?:updated|published|posted)\b")
BYLINE_RE = re.compile(r"(?i)^(?:by|von|oleh|par|por|door|di|от)\s*:?\s+\S")
BYLINE_ANY_RE = re.compile(r"(?i)\b(?:reporting|written|editing|writing|compiled|"
                           r"reported|interviews?) by\b|^\(?by\s+\w")
COMMENT_META_RE = re.compile(r"(?i)^by\s*:\s*(?P<author>.+?)(?:\s+from\s*:\s*(?P<location>.*))?$")
URL_RE = re.compile(r"(?i)https?://|www\.|\.(?:com|org|net)\b")
SEPARATOR_RE = re.compile(r"\s[|/›»>]\s|\s·\s")
NAV_SPACES_RE = re.compile(r"\w\s{2,}\w.*\w\s{2,}\w")  # "News  Sport  Business"
SENT_END = tuple(".!?。！？")
CLOSERS = "\"'”’)]»"

#: columns of ``LineTable.x`` (line-local features)
LOCAL_FEATURES = (
    "bias", "log_chars", "log_words", "stop_share", "ends_sentence", "sentences",
    "comma_rate", "cap_share", "all_caps", "digit_share", "has_date", "has_time",
    "date_only", "byline", "url", "separator", "cue_promo", "cue_comment",
    "cue_boilerplate", "cue_caption", "cue_teaser", "repeats", "blank_before",
    "blank_after", "position", "short", "one_word", "hiragana", "long_prose",
    "byline_any",
)


def normalise(s: str) -> str:
    """Lower-cased line without surrounding punctuation: the form cue phrases match."""
    return s.lower().strip(NORM_STRIP)


@dataclass
class LineTable:
    """Features of the non-blank lines of one page.

    ``idx``: line index of each non-blank line; ``text``: its stripped text; ``norm``:
    its normalised form; ``x``: feature matrix (rows = non-blank lines, columns =
    ``LOCAL_FEATURES``); ``cues``: role -> cue phrase found, per row; ``n_words``.
    """

    idx: list[int]
    text: list[str]
    norm: list[str]
    x: np.ndarray
    cues: list[dict[str, str]]
    n_words: np.ndarray
    first_copy: list[int | None]


def share_buttons(norm: str) -> bool:
    """Is the normalised line only share-button words ("facebook x linkedin email")?"""
    words = norm.replace("|", " ").split()
    exact = cue_table()["share_word"].exact
    return bool(words) and all(w.strip(".,:;") in exact for w in words)


def count_words(s: str) -> int:
    """Words of a line; CJK text (no spaces) counts one word per two characters."""
    n = len(WORD_RE.findall(s))
    if not s.isascii():
        cjk = len(CJK_RE.findall(s))
        if cjk:
            n += cjk // 2
    return n


def line_table(lines: list[str]) -> LineTable:
    """Compute line-local features for every non-blank line of ``lines``."""
    cues = cue_table()
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    n_lines = max(1, len(lines))
    texts = [lines[i].strip() for i in idx]
    norms = [normalise(t) for t in texts]
    # repetition: first occurrence of each normalised text
    seen: dict[str, int] = {}
    first_copy: list[int | None] = []
    counts: dict[str, int] = {}
    for row, nm in enumerate(norms):
        key = nm if nm else texts[row]
        counts[key] = counts.get(key, 0) + 1
        first_copy.append(seen.get(key))
        seen.setdefault(key, row)
    rows = []
    row_cues = []
    n_words_all = np.zeros(len(idx))
    for row, (i, s, nm) in enumerate(zip(idx, texts, norms)):
        words = WORD_RE.findall(s)
        nw = len(words)
        hira = 0.0
        if not s.isascii():
            cjk = len(CJK_RE.findall(s))
            if cjk:
                nw += cjk // 2
                hira = len(HIRAGANA_RE.findall(s)) / len(s)
        n_words_all[row] = nw
        lw = [w.lower() for w in words]
        n_stop = sum(map(STOPWORDS.__contains__, lw))
        stop_share = n_stop / nw if nw else 0.0
        alpha = [w for w in words if w[0].isalpha()]
        cap_share = (sum(1 for w in alpha if w[0].isupper()) / len(alpha)) if alpha else 0.0
        all_caps = 1.0 if alpha and s.upper() == s and len(alpha) >= 1 and any(
            c.isalpha() for c in s) else 0.0
        tail = s.rstrip(CLOSERS)
        ends = 1.0 if tail.endswith(SENT_END) else 0.0
        sents = s.count(". ") + s.count("? ") + s.count("! ") + s.count("。") + ends
        digits = len(DIGIT_RE.findall(s))
        has_date = DATE_RE.search(s) is not None
        has_time = TIME_RE.search(s) is not None
        date_only = 1.0 if (has_date or has_time or RELTIME_RE.search(s)) and nw <= 12 else 0.0
        found = {}
        for role in CUE_ROLES:
            c = cues[role].find(nm) if nm else None
            if c:
                found[role] = c
        row_cues.append(found)
        key = nm if nm else s
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        nc = len(s)
        rows.append((
            1.0, np.log1p(nc), np.log1p(nw), stop_share, ends, min(sents, 10.0),
            s.count(",") / nw if nw else 0.0, cap_share, all_caps,
            digits / nc, float(has_date), float(has_time), date_only,
            1.0 if BYLINE_RE.match(s) and nw <= 12 else 0.0,
            1.0 if URL_RE.search(s) else 0.0,
            1.0 if SEPARATOR_RE.search(s) else 0.0,
            float("promo_heading" in found), float("comment_heading" in found),
            float("boilerplate" in found), float("caption" in found),
            float("teaser_prefix" in found or "teaser_suffix" in found),
            float(counts[key] > 1), float(prev_blank), float(next_blank),
            i / n_lines, float(nw <= 4), float(nw <= 1), hira,
            1.0 if (nw >= 15 and stop_share >= 0.2) or (hira >= 0.2 and nc >= 40) else 0.0,
            1.0 if BYLINE_ANY_RE.search(s) and nw <= 30 else 0.0,
        ))
    x = np.array(rows, dtype=float) if rows else np.zeros((0, len(LOCAL_FEATURES)))
    return LineTable(idx, texts, norms, x, row_cues, n_words_all, first_copy)
