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
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from itertools import repeat

import numpy as np

# ---------------------------------------------------------------- data tables


def _data_lines(name: str) -> list[str]:
    text = resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


STOPWORDS: frozenset[str] = frozenset(_data_lines("segment_stopwords.txt"))
STOP_BYTES: frozenset[bytes] = frozenset(w.encode("utf-8") for w in STOPWORDS)

CUE_ROLES = ("promo_heading", "comment_heading", "boilerplate", "caption",
             "teaser_prefix", "teaser_suffix", "signup", "share_word", "app_links")


@dataclass(frozen=True)
class CueMatcher:
    """All cue phrases of ``segment_cues.csv``, by how they match a normalised line:
    ``exact`` (the whole line), ``start`` / ``end`` (word-bounded prefix / suffix) and
    ``contains`` (a word-bounded phrase anywhere; one regex for all roles)."""

    exact: dict[str, tuple[str, ...]]
    start: dict[str, tuple[str, ...]]
    end: dict[str, tuple[str, ...]]
    #: first word of a start phrase -> [(phrase, roles)]; last word of an end phrase -> ...
    start_by_word: dict[str, list[tuple[str, tuple[str, ...]]]]
    end_by_word: dict[str, list[tuple[str, tuple[str, ...]]]]
    #: contains-phrases made of plain words: first word -> [(words, phrase, roles)]
    word_phrases: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]]
    #: the same keyed and spelled as UTF-8 bytes (page tokens are bytes)
    word_phrases_bytes: dict[bytes, list[tuple[tuple[bytes, ...], str, tuple[str, ...]]]]
    #: page token (bytes) -> 1 if a function word, | 2 if the first word of a cue phrase
    token_codes: dict[bytes, int]
    #: contains-phrases with punctuation or symbols, found by substring search
    substrings: dict[str, tuple[str, ...]]

    def edges(self, norm: str, found: dict[str, str]) -> None:
        """Add exact, start and end cues of ``norm`` to ``found`` (role -> phrase)."""
        for role in self.exact.get(norm, ()):
            found.setdefault(role, norm)
        sp = norm.find(" ")
        head = norm if sp < 0 else norm[:sp]
        for p, roles in self.start_by_word.get(head.rstrip(":"), ()):
            if norm.startswith(p) and (len(norm) == len(p) or not p[-1].isalnum()
                                       or not norm[len(p)].isalnum()):
                for role in roles:
                    found.setdefault(role, p.strip())
        sp = norm.rfind(" ")
        for p, roles in self.end_by_word.get(norm[sp + 1:], ()):
            if norm.endswith(p) and (len(norm) == len(p) or not p[0].isalnum()
                                     or not norm[-len(p) - 1].isalnum()):
                for role in roles:
                    found.setdefault(role, p.strip())


def _group(pairs: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for phrase, role in pairs:
        out.setdefault(phrase, []).append(role)
    return {k: tuple(v) for k, v in out.items()}


@cache
def cue_matcher() -> CueMatcher:
    """The cue phrases, read once from ``segment_cues.csv``."""
    by: dict[str, list[tuple[str, str]]] = {"exact": [], "start": [], "end": [], "contains": []}
    path = resources.files("analysis").joinpath("data", "segment_cues.csv")
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by[row["match"]].append((row["phrase"].lower(), row["role"]))
    contains = _group(by["contains"])
    words: dict[str, list] = {}
    subs: dict[str, tuple[str, ...]] = {}
    for phrase, roles in contains.items():
        toks = tuple(phrase.split())
        if phrase.translate(PUNCT_TO_SPACE) == phrase and toks:
            words.setdefault(toks[0], []).append((toks, phrase, roles))
        else:
            subs[phrase] = roles
    start, end = _group(by["start"]), _group(by["end"])
    start_by: dict[str, list] = {}
    for p, roles in start.items():
        start_by.setdefault(p.split()[0].rstrip(":"), []).append((p, roles))
    end_by: dict[str, list] = {}
    for p, roles in end.items():
        end_by.setdefault(p.split()[-1], []).append((p, roles))
    words_b = {k.encode(): [(tuple(w.encode() for w in ws), p, r) for ws, p, r in v]
               for k, v in words.items()}
    codes: dict[bytes, int] = {w: 1 for w in STOP_BYTES}
    for k in words_b:
        codes[k] = codes.get(k, 0) | 2
    return CueMatcher(_group(by["exact"]), start, end, start_by, end_by, words, words_b,
                      codes, subs)


# ---------------------------------------------------------------- patterns
# Patterns run over a whole page at once (lines joined by "\n"), so none may match
# across a line break: [^\S\n] stands for "a space on the same line".

WORD_RE = re.compile(r"\w+", re.UNICODE)
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
NORM_STRIP = " \t\u00a0:.-–—|»›>«<*•·!?()[]"
_SP = r"[^\S\n]"
MONTHS = (r"jan(?:uary|uar)?|feb(?:ruary|ruar)?|m[aä]r(?:ch|z|et)?|apr(?:il)?|ma[iy]|mei|"
          r"june?|juni?|july?|juli?|aug(?:ust|ustus)?|agu(?:stus)?|sep(?:t|tember)?|"
          r"o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?|des(?:ember)?")
DATE_RE = re.compile(  # matched against lower-cased lines
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\.?{_SP}+(?:{MONTHS})\.?,?{_SP}+\d{{2,4}}"
    rf"|(?:{MONTHS})\.?{_SP}+\d{{1,2}}(?:st|nd|rd|th)?,?{_SP}+\d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b"
    r"|\d{4}年\d{1,2}月\d{1,2}日")
TIME_RE = re.compile(rf"\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_SP}*"
                     r"(?:[ap]\.?m\.?\b|gmt|utc|[a-z]{2,3}t\b)?")
RELTIME_RE = re.compile(rf"\b\d+{_SP}+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
                        rf"weeks?|months?|years?){_SP}+ago\b|\b(?:updated|published|posted)\b")
BYLINE_RE = re.compile(rf"(?i)^(?:by|von|oleh|par|por|door|di|от){_SP}*:?{_SP}+\S")
BYLINE_ANY_RE = re.compile(r"(?i)\b(?:reporting|written|editing|writing|compiled|"
                           rf"reported|interviews?) by\b|^\(?by{_SP}+\w")
COMMENT_META_RE = re.compile(r"(?i)^by\s*:\s*(?P<author>.+?)(?:\s+from\s*:\s*(?P<location>.*))?$")
#: a blog commenter line: "NAME on DATE at TIME said:" (the date holds a digit)
COMMENT_SAID_RE = re.compile(r"(?i)^(?P<author>.{1,60}?)\s+on\s+"
                             r"(?P<when>[^\n]{0,40}?\d[^\n]{0,40}?)"
                             r"\s+(?:said|says|wrote|writes)\s*:$")
URL_RE = re.compile(r"(?i)https?://|www\.|\.(?:com|org|net)\b")
SEPARATOR_RE = re.compile(rf"{_SP}[|/›»>]{_SP}|{_SP}·{_SP}")
NAV_SPACES_RE = re.compile(rf"\w{_SP}{{2,}}\w.*\w{_SP}{{2,}}\w")  # "News  Sport  Business"
SEPARATOR_CHARS = "|/›»>·"
SENT_END = tuple(".!?。！？")
CLOSERS = "\"'”’)]»"
ASCII_PUNCT = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~-"
WIDE_PUNCT = "“”‘’«»—–…·•¿¡"
PUNCT_TO_SPACE = str.maketrans({c: " " for c in ASCII_PUNCT + WIDE_PUNCT})
_BYTES_PUNCT = bytes.maketrans(ASCII_PUNCT.encode(), b" " * len(ASCII_PUNCT))
DIGITS = b"0123456789"


def _lut(codes) -> np.ndarray:
    table = np.zeros(256, bool)
    table[list(codes)] = True
    return table


SPACE_LUT = _lut(b" \n\t\r\x0b\x0c")  # what bytes.split() splits on
DIGIT_LUT = _lut(DIGITS)
UPPER_LUT = _lut(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
STOP_LUT = _lut(b".?!")


def punct_to_space(text: str) -> str:
    """``text`` with punctuation replaced by spaces (fast: bytes.translate for ASCII
    punctuation, str.replace for the few wide marks)."""
    out = text.encode("utf-8", "surrogatepass").translate(_BYTES_PUNCT).decode(
        "utf-8", "surrogatepass")
    if not out.isascii():
        for ch in WIDE_PUNCT:
            if ch in out:
                out = out.replace(ch, " ")
    return out

#: columns of ``LineTable.x`` (line-local features)
LOCAL_FEATURES = (
    "bias", "log_chars", "log_words", "stop_share", "ends_sentence", "sentences",
    "comma_rate", "cap_share", "all_caps", "digit_share", "has_date", "has_time",
    "date_only", "byline", "url", "separator", "cue_promo", "cue_comment",
    "cue_boilerplate", "cue_caption", "cue_teaser", "repeats", "blank_before",
    "blank_after", "position", "short", "one_word", "hiragana", "long_prose",
    "byline_any", "block_rows", "block_short",
)


def is_comment_meta(s: str) -> bool:
    """A commenter line: ``by: NAME from: PLACE`` or ``NAME on DATE at TIME said:``?"""
    if s[:2].lower() == "by":
        return COMMENT_META_RE.match(s) is not None
    return s[-1:] == ":" and len(s) <= 120 and COMMENT_SAID_RE.match(s) is not None


def comment_metas(texts: list[str]) -> frozenset[int]:
    """Rows that are commenter lines (see :func:`is_comment_meta`)."""
    return frozenset(r for r, t in enumerate(texts)
                     if (t[:2] in ("by", "By", "BY") or t[-1:] == ":") and is_comment_meta(t))


def comment_start(metas: frozenset[int], n: int) -> int:
    """Row of the first commenter line of a comment section (at least two commenter
    lines from there on), else ``n``. Nothing from there on is article."""
    return min(metas) if len(metas) >= 2 else n


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
    clean: list[str] = field(default_factory=list)
    #: per row: only share-button words ("Facebook X LinkedIn Email")
    share: list[bool] = field(default_factory=list)
    #: first row of a readers' comment section (see :func:`comment_start`), else len(idx)
    comments_from: int = 0
    #: rows that are commenter lines
    metas: frozenset[int] = frozenset()


def share_buttons(norm: str) -> bool:
    """Is the normalised line only share-button words ("facebook x linkedin email")?"""
    if len(norm) > 80:
        return False
    share = _share_words()
    sp = norm.find(" ")
    if (norm if sp < 0 else norm[:sp]).strip(".,:;|") not in share:
        return False
    words = norm.replace("|", " ").split()
    return bool(words) and all(w.strip(".,:;") in share for w in words)


@cache
def _share_words() -> frozenset[str]:
    return frozenset(p for p, roles in cue_matcher().exact.items() if "share_word" in roles)


def count_words(s: str) -> int:
    """Words of a line: whitespace tokens with a letter or digit; CJK text (no spaces)
    counts one word per two characters."""
    n = len(s.translate(PUNCT_TO_SPACE).split())
    if not s.isascii():
        cjk = len(CJK_RE.findall(s))
        if cjk:
            n += cjk // 2
    return n


def _count_rows(pattern: re.Pattern, text: str, starts: np.ndarray, n: int) -> np.ndarray:
    """Per row: number of matches of ``pattern``."""
    pos = [m.start() for m in pattern.finditer(text)]
    if not pos:
        return np.zeros(n)
    return np.bincount(np.searchsorted(starts, pos, side="right") - 1, minlength=n).astype(float)


def _empty_table() -> LineTable:
    return LineTable([], [], [], np.zeros((0, len(LOCAL_FEATURES))), [], np.zeros(0), [])


def line_table(lines: list[str]) -> LineTable:
    """Compute line-local features for every non-blank line of ``lines``.

    The regular expressions run once over the whole page (its stripped non-blank lines
    joined by "\n") and their matches are mapped back to lines."""
    idx = [i for i, ln in enumerate(lines) if ln and not ln.isspace()]
    n = len(idx)
    if n == 0:
        return _empty_table()
    texts = [lines[i].strip() for i in idx]
    norms = [t.lower().strip(NORM_STRIP) for t in texts]
    joined = "\n".join(texts)
    if joined.count("\n") != n - 1:  # a "line" holding a line break: treat it as a space
        texts = [t.replace("\n", " ") for t in texts]
        joined = "\n".join(texts)
    lens = np.fromiter(map(len, texts), float, n)
    starts = np.concatenate([[0], np.cumsum(lens[:-1] + 1)]).astype(np.int64)
    low = joined.lower()
    clean = punct_to_space(low)
    clean_lines = clean.split("\n")
    low_lines = low.split("\n")
    # byte-level counts over the whole page: tokens, stopwords, capitals, commas, digits
    cb = clean.encode("utf-8", "surrogatepass")
    ca = np.frombuffer(cb, np.uint8)
    cline = np.cumsum(ca == 10)
    space = SPACE_LUT[ca]
    tok_start = ~space
    tok_start[1:] &= space[:-1]
    tok_line = cline[tok_start]
    nw = np.bincount(tok_line, minlength=n).astype(float)
    toks = cb.split()
    # one dictionary pass over the tokens: 1 = function word, 2 = first word of a cue
    codes = np.fromiter(map(cue_matcher().token_codes.get, toks, repeat(0)), np.int8, len(toks))
    n_stop = np.bincount(tok_line[(codes & 1) > 0], minlength=n).astype(float)
    ob = punct_to_space(joined).encode("utf-8", "surrogatepass")
    oa = np.frombuffer(ob, np.uint8)
    ospace = SPACE_LUT[oa]
    ostart = ~ospace
    ostart[1:] &= ospace[:-1]
    oline = np.cumsum(oa == 10)
    n_cap = np.bincount(oline[ostart & UPPER_LUT[oa]], minlength=n).astype(float)
    ja = np.frombuffer(joined.encode("utf-8", "surrogatepass"), np.uint8)
    jline = np.cumsum(ja == 10)
    commas = np.bincount(jline[ja == 44], minlength=n).astype(float)
    digits = np.bincount(jline[DIGIT_LUT[ja]], minlength=n).astype(float)
    breaks = np.bincount(jline[:-1][STOP_LUT[ja[:-1]] & (ja[1:] == 32)], minlength=n).astype(float)
    if "。" in joined:
        breaks += np.fromiter((t.count("。") for t in texts), float, n)
    ends = np.fromiter((t.rstrip(CLOSERS).endswith(SENT_END) for t in texts), float, n)
    all_caps = np.fromiter(map(str.isupper, texts), float, n)
    flags = np.zeros((n, 6), bool)  # date, time, relative time, byline, credit, url
    nwl = nw.tolist()
    digl = digits.tolist()
    for r in [r for r, w in enumerate(nwl) if w <= 30]:  # long prose lines carry none
        ll = low_lines[r]
        w = nwl[r]
        if w <= 20:
            if digl[r]:
                flags[r, 0] = DATE_RE.search(ll) is not None
                flags[r, 1] = ":" in ll and TIME_RE.search(ll) is not None
            if "ago" in ll or "updated" in ll or "published" in ll or "posted" in ll:
                flags[r, 2] = RELTIME_RE.search(ll) is not None
        if "by" in ll:
            flags[r, 3] = w <= 12 and BYLINE_RE.match(ll) is not None
            flags[r, 4] = BYLINE_ANY_RE.search(ll) is not None
        if "www." in ll or "http" in ll or ".com" in ll or ".org" in ll or ".net" in ll:
            flags[r, 5] = URL_RE.search(ll) is not None
    has_date, has_time, reltime = flags[:, 0], flags[:, 1], flags[:, 2]
    byline, byline_any, url = flags[:, 3], flags[:, 4], flags[:, 5]
    sents = np.minimum(breaks + ends, 10.0)
    sep = np.zeros(n, bool)
    offs = np.concatenate([[0], np.cumsum(nw)]).astype(np.int64)
    hira = np.zeros(n)
    if not joined.isascii() and ja.max() >= 0xE3:  # UTF-8 lead byte of U+3000 and up
        cjk = _count_rows(CJK_RE, joined, starts, n)
        if cjk.any():
            nw = nw + cjk // 2
            hira = _count_rows(HIRAGANA_RE, joined, starts, n) / lens
    safe_nw = np.maximum(nw, 1.0)
    stop_share = np.where(nw > 0, n_stop / safe_nw, 0.0)
    cap_share = np.minimum(n_cap / safe_nw, 1.0)
    for ch in SEPARATOR_CHARS:
        pos = low.find(ch)
        while pos >= 0:
            if 0 < pos < len(low) - 1 and low[pos - 1] in " \t\u00a0" and low[pos + 1] in " \t\u00a0":
                sep[int(np.searchsorted(starts, pos, side="right") - 1)] = True
            pos = low.find(ch, pos + 1)
    date_only = (has_date | has_time | reltime) & (nw <= 12)
    byline = byline & (nw <= 12)
    byline_any = byline_any & (nw <= 30)
    # cue phrases
    cm = cue_matcher()
    row_cues: list[dict[str, str]] = [{} for _ in range(n)]
    first = cm.word_phrases_bytes
    hits = np.flatnonzero(codes & 2)
    if len(hits):
        rows_of_hits = np.searchsorted(offs, hits, side="right") - 1
        for i, r in zip(hits.tolist(), rows_of_hits.tolist()):
            end = offs[r + 1]
            for words, phrase, roles in first[toks[i]]:
                k = len(words)
                if i + k <= end and tuple(toks[i:i + k]) == words:
                    for role in roles:
                        row_cues[r].setdefault(role, phrase)
    for phrase, roles in cm.substrings.items():
        pos = low.find(phrase)
        while pos >= 0:
            r = int(np.searchsorted(starts, pos, side="right") - 1)
            for role in roles:
                row_cues[r].setdefault(role, phrase)
            pos = low.find(phrase, pos + len(phrase))
    exact, heads, tails = cm.exact, cm.start_by_word, cm.end_by_word
    for r, w in enumerate(nwl):  # teaser and chrome lines are short
        nm = norms[r]
        if w > 40 or not nm:
            continue
        sp = nm.find(" ")
        if nm in exact or (nm if sp < 0 else nm[:sp]).rstrip(":") in heads or \
                nm[nm.rfind(" ") + 1:] in tails:
            cm.edges(nm, row_cues[r])
    cue_cols = np.zeros((n, 5))
    for r, found in enumerate(row_cues):
        if found:
            cue_cols[r] = ("promo_heading" in found, "comment_heading" in found,
                           "boilerplate" in found, "caption" in found,
                           "teaser_prefix" in found or "teaser_suffix" in found)
    # repetition: first occurrence of each normalised text
    seen: dict[str, int] = {}
    first_copy: list[int | None] = []
    for row, nm in enumerate(norms):
        key = nm or texts[row]
        first_copy.append(seen.get(key))
        seen.setdefault(key, row)
    repeats = np.zeros(n)
    fc = [r for r, f in enumerate(first_copy) if f is not None]
    if fc:
        repeats[fc] = 1.0
        repeats[[first_copy[r] for r in fc]] = 1.0
    ia = np.asarray(idx)
    gaps = np.diff(ia) > 1
    blank_before = np.concatenate([[True], gaps])
    blank_after = np.concatenate([gaps, [True]])
    long_prose = ((nw >= 15) & (stop_share >= 0.2)) | ((hira >= 0.2) & (lens >= 40))
    x = np.empty((n, len(LOCAL_FEATURES)))
    for j, col in enumerate((
            1.0, np.log1p(lens), np.log1p(nw), stop_share, ends, sents,
            commas / safe_nw, cap_share, all_caps, digits / lens, has_date, has_time,
            date_only, byline, url, sep)):
        x[:, j] = col
    x[:, 16:21] = cue_cols
    for j, col in enumerate((
            repeats, blank_before, blank_after, ia / max(1, len(lines)), nw <= 4, nw <= 1,
            hira, long_prose, byline_any), start=21):
        x[:, j] = col
    # the block of lines with no blank line between them that each line sits in
    bstart = np.concatenate([[0], np.flatnonzero(gaps) + 1])
    blen = np.diff(np.append(bstart, n))
    bid = np.cumsum(blank_before) - 1
    short4 = (nw <= 4).astype(float)
    bshort = np.add.reduceat(short4, bstart) / blen
    x[:, 30] = np.log(blen[bid])
    x[:, 31] = bshort[bid] * (blen[bid] > 1)
    share_first = _share_words()
    share = [w <= 8 and nm.partition(" ")[0].strip(".,:;|") in share_first
             and share_buttons(nm) for w, nm in zip(nwl, norms)]
    metas = comment_metas(texts)
    return LineTable(idx, texts, norms, x, row_cues, nw, first_copy, clean_lines, share,
                     comment_start(metas, n), metas)
