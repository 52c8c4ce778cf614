"""Per-line features of a page dump, used by :mod:`analysis.segment`.

Every feature is something any page dump has: length, share of function words,
sentence punctuation, capitalisation, digits, dates, bylines, cue phrases (from
``analysis/data/segment_cues.csv``), repetition and the blank lines around a line.
Nothing here refers to a particular site.

``line_table(lines)`` returns a :class:`LineTable`: the indices of the non-blank lines
and a float matrix with one row per non-blank line and one column per name in
``LOCAL_FEATURES``. What depends on a line's text alone is worked out once per distinct
line (:func:`_line`, cached: menus, teaser labels and footers repeat across the pages of
a site); repetition, blank lines around a line, its position and its block per page.
"""
from __future__ import annotations

import csv
import io
import re
import struct
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import numpy as np

# ---------------------------------------------------------------- data tables


def _data_lines(name: str) -> list[str]:
    text = resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


STOPWORDS: frozenset[str] = frozenset(_data_lines("segment_stopwords.txt"))
STOP_BYTES: frozenset[bytes] = frozenset(w.encode("utf-8") for w in STOPWORDS)

#: roles of the phrases in ``segment_cues.csv``: headings of teaser and comment
#: sections, site chrome, photo credits, product-card ("Buy Now") and recipe-card
#: ("Ingredients") cues, reporters' titles ("Staff Writer"), teaser prefixes and
#: suffixes ("Related:", "… More"), newsletter sign-ups, share buttons and app links
CUE_ROLES = ("promo_heading", "comment_heading", "boilerplate", "caption", "shop",
             "recipe_heading", "byline_title", "teaser_prefix", "teaser_suffix", "signup",
             "share_word", "app_links")


@dataclass(frozen=True)
class CueMatcher:
    """All cue phrases of ``segment_cues.csv``, by how they match a normalised line:
    ``exact`` (the whole line), ``start`` / ``end`` (word-bounded prefix / suffix),
    ``prefix`` (a start phrase that may run into the next word, as a label glued to its
    text: "Media captionJulian Assange …") and ``contains`` (a word-bounded phrase
    anywhere; one regex for all roles)."""

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
    #: start phrases matched as ``prefix`` (no word boundary after them)
    glued: frozenset[str] = frozenset()

    def edges(self, norm: str, found: dict[str, str]) -> None:
        """Add exact, start and end cues of ``norm`` to ``found`` (role -> phrase)."""
        for role in self.exact.get(norm, ()):
            found.setdefault(role, norm)
        sp = norm.find(" ")
        head = norm if sp < 0 else norm[:sp]
        for p, roles in self.start_by_word.get(head.rstrip(":"), ()):
            if norm.startswith(p) and (len(norm) == len(p) or not p[-1].isalnum()
                                       or not norm[len(p)].isalnum() or p in self.glued):
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


#: how a cue phrase may match a line (the ``match`` column of ``segment_cues.csv``)
CUE_MATCHES = ("exact", "start", "prefix", "end", "contains")


def read_cues(text: str, name: str = "segment_cues.csv") -> dict[str, list[tuple[str, str]]]:
    """Rows of a cue table (CSV text with columns role, match, phrase) -> match ->
    [(lower-cased phrase, role)]. A row with an unknown role or match, or an empty
    phrase, raises ValueError naming the file and line, so an edited table fails clearly."""
    by: dict[str, list[tuple[str, str]]] = {m: [] for m in CUE_MATCHES}
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or not {"role", "match", "phrase"} <= set(reader.fieldnames):
        raise ValueError(f"{name}: the first line must name the columns role,match,phrase")
    for row in reader:
        where = f"{name}, line {reader.line_num}"
        role, match, phrase = (row.get(k) or "" for k in ("role", "match", "phrase"))
        if role not in CUE_ROLES:
            raise ValueError(f"{where}: unknown role {role!r} (one of {', '.join(CUE_ROLES)})")
        if match not in CUE_MATCHES:
            raise ValueError(f"{where}: unknown match {match!r} (one of "
                             f"{', '.join(CUE_MATCHES)})")
        if not phrase.strip():
            raise ValueError(f"{where}: empty phrase")
        by[match].append((phrase.lower(), role))
    return by


@cache
def cue_matcher() -> CueMatcher:
    """The cue phrases, read once from ``segment_cues.csv``."""
    path = resources.files("analysis").joinpath("data", "segment_cues.csv")
    by = read_cues(path.read_text(encoding="utf-8"))
    contains = _group(by["contains"])
    words: dict[str, list] = {}
    subs: dict[str, tuple[str, ...]] = {}
    for phrase, roles in contains.items():
        toks = tuple(phrase.split())
        if phrase.translate(PUNCT_TO_SPACE) == phrase and toks:
            words.setdefault(toks[0], []).append((toks, phrase, roles))
        else:
            subs[phrase] = roles
    start, end = _group(by["start"] + by["prefix"]), _group(by["end"])
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
                      codes, subs, frozenset(p for p, _ in by["prefix"]))


# ---------------------------------------------------------------- patterns
# Patterns run over one line at a time; none may match across a line break either
# ([^\S\n] stands for "a space on the same line"), so they can run over joined lines too.

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
#: a blog commenter line whose date stands on the next line: "NAME says:", "NAME said…"
COMMENT_SAYS_RE = re.compile(r"(?i)^(?P<author>[^\W\d_][^\n]{0,50}?)\s+(?:says|said|wrote|writes)"
                             r"\s*(?::|\.\.\.|…)?$")
_SAYS_ENDS = tuple(w + end for w in ("says", "said", "wrote", "writes", "Says", "Said", "Wrote",
                                     "Writes") for end in ("", ":", "...", "…"))
URL_RE = re.compile(r"(?i)https?://|www\.|\.(?:com|org|net)\b")
#: a photo credit closing a caption: "(NASA/JPL-Caltech)", "(AP Photo/Alan Diaz, File)"
#: (two capitalised names joined by a slash, in brackets at the end of the line)
CREDIT_TAIL_RE = re.compile(r"\([^()]*\b[^\W\d_a-z]\w*/[^\W\d_a-z][^()]*\)$")
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
_WIDE_PUNCT_RE = re.compile("[" + re.escape(WIDE_PUNCT) + "]")


def punct_to_space(text: str) -> str:
    """``text`` with punctuation replaced by spaces (fast: bytes.translate for ASCII
    punctuation, str.replace for the few wide marks)."""
    out = text.encode("utf-8", "surrogatepass").translate(_BYTES_PUNCT).decode(
        "utf-8", "surrogatepass")
    if not out.isascii():
        out = _WIDE_PUNCT_RE.sub(" ", out)
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


def _says_lines(texts: list[str], idx: list[int], local: list[tuple]) -> frozenset[int]:
    """Rows of blog commenter lines without their date ("NAME says:"): such a line is a
    commenter line when a time or date line follows it (at most one blank line between)."""
    return frozenset(r for r, t in enumerate(texts[:-1])
                     if t.endswith(_SAYS_ENDS) and len(t) <= 70 and idx[r + 1] - idx[r] <= 2
                     and local[r + 1][_DATE_ONLY_COL] and COMMENT_SAYS_RE.match(t))


def comment_metas(texts: list[str]) -> frozenset[int]:
    """Rows that are commenter lines (see :func:`is_comment_meta`)."""
    return frozenset(r for r, t in enumerate(texts)
                     if (t[:2] in ("by", "By", "BY") or t[-1:] == ":") and is_comment_meta(t))


def comment_start(metas: frozenset[int], n: int) -> int:
    """Row of the first commenter line of a comment section (at least two commenter
    lines from there on), else ``n``. Nothing from there on is article."""
    return min(metas) if len(metas) >= 2 else n


#: characters that take no room on screen: zero-width space, non-joiner and joiner, word
#: joiner, byte order mark, soft hyphen (with the usual white space)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad \t\r\x0b\x0c\u00a0\u1680\u2000\u2001" \
    "\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\x85"


def is_invisible(line: str) -> bool:
    """Does the line hold only characters that show nothing (a zero-width space left
    where an image was)? Such a line reads as a blank line."""
    return not line.strip(INVISIBLE)


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
    #: per row, as Python numbers: the line-local columns of ``x`` (read log_chars,
    #: log_words, repeats, blank_*, position and block_* from ``x``, not from here)
    local: list[tuple] = field(default_factory=list)
    #: ``n_words`` as a list of ints
    nwl: list[int] = field(default_factory=list)
    #: first row of each block of lines with no blank line between them
    block_starts: list[int] = field(default_factory=list)


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


def _empty_table() -> LineTable:
    return LineTable([], [], [], np.zeros((0, len(LOCAL_FEATURES))), [], np.zeros(0), [])


_N_COLS = len(LOCAL_FEATURES)
_DATE_ONLY_COL = LOCAL_FEATURES.index("date_only")
_ROW = struct.Struct(f"{_N_COLS}d")  # one row of ``LineTable.x`` as raw doubles
#: a separator between menu items: "|", "/", "›", "»", ">" or "·" with a space each side
_SEP_ONE_RE = re.compile("[ \t\u00a0][" + re.escape(SEPARATOR_CHARS) + "][ \t\u00a0]")
#: bytes -> b" " for whitespace and ASCII punctuation, b"A" for A-Z, b"x" for the rest
_CAP_MAP = bytes(32 if c in b" \t\n\r\x0b\x0c" or chr(c) in ASCII_PUNCT else
                 65 if 65 <= c <= 90 else 120 for c in range(256))
_CAP_AFTER_RE = re.compile("[" + re.escape(" \t\n\r\x0b\x0c" + ASCII_PUNCT + WIDE_PUNCT) + "][A-Z]")
LINE_CACHE_SIZE = 1 << 12  # distinct lines kept (about 2 KB each)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _line(s: str) -> tuple:
    """Everything about one stripped non-blank line that depends on its text alone:
    (row bytes of ``x`` with the per-page columns 0, text, norm, clean, n_chars,
    tokens, words, cues, word-phrase and credit cues, share, commenter line, has "İ").

    Cached: teaser, menu and footer lines repeat across the pages of a site. The
    cues dicts are shared between pages: read them, never change them."""
    cm = cue_matcher()
    low = s.lower()
    norm = low.strip(NORM_STRIP)
    t = s
    if "\n" in s:
        t = s.replace("\n", " ")
        low = t.lower()
    n_chars = len(t)
    ascii_ = t.isascii()
    if ascii_:
        tb = t.encode()
        cb = low.encode().translate(_BYTES_PUNCT)
        clean = cb.decode()
    else:
        clean = punct_to_space(low)
        cb = clean.encode("utf-8", "surrogatepass")
    toks = cb.split()
    ntok = len(toks)
    n_stop = sum(map(STOP_BYTES.__contains__, toks))
    # word cue phrases (tokens of the clean line)
    wcues: dict[str, str] = {}
    firsts = _first_cue_words().intersection(toks)
    if firsts:
        by_first = cm.word_phrases_bytes
        for i in [i for i, tok in enumerate(toks) if tok in firsts]:
            tok = toks[i]
            for words, phrase, roles in by_first[tok]:
                k = len(words)
                if i + k <= ntok and tuple(toks[i:i + k]) == words:
                    for role in roles:
                        wcues.setdefault(role, phrase)
    # capitals: whitespace tokens (punctuation counts as space) opening with A-Z
    if ascii_:
        n_cap = (b" " + tb.translate(_CAP_MAP)).count(b" A")
    else:  # a capital after a space or punctuation mark, or opening the line
        n_cap = len(_CAP_AFTER_RE.findall(t)) + ("A" <= t[0] <= "Z")
    commas = t.count(",")
    digits = len(cb) - len(cb.translate(None, DIGITS))
    breaks = t.count(". ") + t.count("? ") + t.count("! ")
    nw = ntok
    hira = 0.0
    if not ascii_:
        breaks += t.count("。")
        cjk = len(CJK_RE.findall(t))
        if cjk:
            nw = ntok + cjk // 2
            hira = len(HIRAGANA_RE.findall(t)) / n_chars
    ends = t.rstrip(CLOSERS).endswith(SENT_END)
    has_date = has_time = reltime = byline = byline_any = url = False
    if ntok <= 30:  # long prose lines carry none
        if ntok <= 20:
            if digits:
                has_date = DATE_RE.search(low) is not None
                has_time = ":" in low and TIME_RE.search(low) is not None
            if "ago" in low or "updated" in low or "published" in low or "posted" in low:
                reltime = RELTIME_RE.search(low) is not None
        if "by" in low:
            byline = ntok <= 12 and BYLINE_RE.match(low) is not None
            byline_any = BYLINE_ANY_RE.search(low) is not None
        if "www." in low or "http" in low or ".com" in low or ".org" in low or ".net" in low:
            url = URL_RE.search(low) is not None
    if t[-1] == ")" and "/" in t:  # a photo credit at the end: a caption
        credit = CREDIT_TAIL_RE.search(t)
        if credit is not None:
            wcues.setdefault("caption", credit.group(0))
    cues = dict(wcues)
    if _substring_hint(low) and _substring_re().search(low):
        for phrase, roles in cm.substrings.items():
            if phrase in low:
                for role in roles:
                    cues.setdefault(role, phrase)
    if ntok <= 40 and norm:  # teaser and chrome lines are short
        sp = norm.find(" ")
        if norm in cm.exact or (norm if sp < 0 else norm[:sp]).rstrip(":") in cm.start_by_word \
                or norm[norm.rfind(" ") + 1:] in cm.end_by_word:
            cm.edges(norm, cues)
    safe_nw = float(max(nw, 1))
    stop_share = n_stop / safe_nw if nw > 0 else 0.0
    vals = (
        1.0, 0.0, 0.0, stop_share, ends, min(float(breaks + ends), 10.0), commas / safe_nw,
        min(n_cap / safe_nw, 1.0), t.isupper(), digits / n_chars, has_date, has_time,
        (has_date or has_time or reltime) and nw <= 12, byline and nw <= 12, url,
        _sep_hint(low) and _SEP_ONE_RE.search(low) is not None,
        "promo_heading" in cues, "comment_heading" in cues, "boilerplate" in cues,
        "caption" in cues, "teaser_prefix" in cues or "teaser_suffix" in cues,
        0.0, 0.0, 0.0, 0.0, nw <= 4, nw <= 1, hira,
        (nw >= 15 and stop_share >= 0.2) or (hira >= 0.2 and n_chars >= 40),
        byline_any and nw <= 30, 0.0, 0.0)
    row = _ROW.pack(*vals)
    share = ntok <= 8 and norm.partition(" ")[0].strip(".,:;|") in _share_words() \
        and share_buttons(norm)
    meta = (t[:2] in ("by", "By", "BY") or t[-1:] == ":") and is_comment_meta(t)
    return (row, t, norm, clean, n_chars, ntok, nw, cues, wcues, share, meta,
            "\u0130" in t, vals)


def clear_line_cache() -> None:
    """Forget the cached per-line features (benchmarks time pages read for the first time)."""
    _line.cache_clear()


@cache
def _first_cue_words() -> frozenset[bytes]:
    return frozenset(cue_matcher().word_phrases_bytes)


def _sep_hint(low: str) -> bool:
    """Does the line hold a separator character at all (a quick test)?"""
    for ch in SEPARATOR_CHARS:
        if ch in low:
            return True
    return False


def _substring_hint(low: str) -> bool:
    """Could a punctuated cue phrase occur in the line? Each holds one of a few runs of
    marks (a quick test before the search)."""
    marks = _substring_marks()
    if marks is None:
        return True
    for ch in marks:
        if ch in low:
            return True
    return False


@cache
def _substring_marks() -> tuple[str, ...] | None:
    """The longest run of punctuation marks in each punctuated cue phrase ("(" for
    "(ap photo", "..." for "credit..."): a line holding none of them holds no such phrase
    (None: a phrase has no mark)."""
    marks = []
    for phrase in cue_matcher().substrings:
        runs = re.findall("[" + re.escape(ASCII_PUNCT + WIDE_PUNCT) + "]+", phrase)
        if not runs:
            return None
        mark = max(runs, key=len)
        if mark not in marks:
            marks.append(mark)
    return tuple(marks)


@cache
def _substring_re() -> re.Pattern:
    """Any of the punctuated cue phrases (a quick test before looking for each)."""
    subs = sorted(cue_matcher().substrings, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, subs))) if subs else re.compile("(?!)")


def line_table(lines: list[str]) -> LineTable:
    """Compute line-local features for every non-blank line of ``lines``.

    Each distinct line is read once (:func:`_line`, cached); only repetition, the blank
    lines around a line, its position and its block are worked out per page."""
    idx = [i for i, ln in enumerate(lines) if ln and not ln.isspace() and
           (ln.isascii() or not is_invisible(ln))]
    n = len(idx)
    if n == 0:
        return _empty_table()
    info = [_line(lines[i].strip()) for i in idx]
    rows, texts, norms, clean_lines, lens, ntoks, nws, cues, _, share, meta, dotted, local = \
        zip(*info)
    texts, norms = list(texts), list(norms)
    x = np.frombuffer(bytearray(b"".join(rows)), float).reshape(n, _N_COLS)
    nw = np.array(nws, float)
    x[:, 1] = np.log1p(np.array(lens, float))
    x[:, 2] = np.log1p(nw)
    cues, local = list(cues), list(local)
    if any(dotted):  # "İ" lowers to two characters: see _dotted_i_page
        _dotted_i_page(info, x, cues, local)
    # repetition: first occurrence of each normalised text
    seen: dict[str, int] = {}
    first_copy: list[int | None] = []
    repeats = [0.0] * n
    for row, nm in enumerate(norms):
        key = nm or texts[row]
        f = seen.get(key)
        first_copy.append(f)
        if f is None:
            seen[key] = row
        else:
            repeats[row] = repeats[f] = 1.0
    x[:, 21] = repeats
    # blank lines around a line and the block of lines with no blank line between them
    n_lines = max(1, len(lines))
    bstart = [0] + [r for r in range(1, n) if idx[r] - idx[r - 1] > 1]
    bb = [0.0] * n
    for r in bstart:
        bb[r] = 1.0
    x[:, 22] = bb
    x[:, 23] = bb[1:] + [1.0]
    x[:, 24] = np.array(idx) / n_lines
    bend = bstart[1:] + [n]
    blen = []
    bshort = []
    for a, b in zip(bstart, bend):
        k = b - a
        blen += [k] * k
        s = sum(1 for w in nws[a:b] if w <= 4) / k if k > 1 else 0.0
        bshort += [s] * k
    x[:, 30] = np.log(np.array(blen))
    x[:, 31] = bshort
    metas = frozenset(r for r, m in enumerate(meta) if m) | _says_lines(texts, idx, local)
    return LineTable(idx, texts, norms, x, cues, nw, first_copy, list(clean_lines),
                     list(share), comment_start(metas, n), metas, local, list(nws), bstart)


def _dotted_i_page(info: list[tuple], x: np.ndarray, cues: list[dict[str, str]],
                   local: list[tuple]) -> None:
    """Separators and punctuated cue phrases as the page-wide search finds them when a
    line holds "İ" (it lowers to two characters, so a position in the lower-cased page
    is looked up among the line starts of the page as written and may land on a later
    line): the same rows as before this module read lines one at a time."""
    cm = cue_matcher()
    texts = [i[1] for i in info]
    low = "\n".join(texts).lower()
    starts = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    sep = [False] * len(texts)
    for ch in SEPARATOR_CHARS:
        pos = low.find(ch)
        while pos >= 0:
            if 0 < pos < len(low) - 1 and low[pos - 1] in " \t\u00a0" and low[pos + 1] in " \t\u00a0":
                sep[bisect_right(starts, pos) - 1] = True
            pos = low.find(ch, pos + 1)
    subs: list[list[tuple[str, tuple[str, ...]]]] = [[] for _ in texts]
    for phrase, roles in cm.substrings.items():
        pos = low.find(phrase)
        while pos >= 0:
            subs[bisect_right(starts, pos) - 1].append((phrase, roles))
            pos = low.find(phrase, pos + len(phrase))
    for r, (inf, found) in enumerate(zip(info, subs)):
        norm, ntok, wcues = inf[2], inf[5], inf[8]
        c = dict(wcues)
        for phrase, roles in found:
            for role in roles:
                c.setdefault(role, phrase)
        if ntok <= 40 and norm:
            cm.edges(norm, c)
        cues[r] = c
        x[r, 15] = sep[r]
        x[r, 16:21] = ("promo_heading" in c, "comment_heading" in c, "boilerplate" in c,
                       "caption" in c, "teaser_prefix" in c or "teaser_suffix" in c)
        local[r] = tuple(x[r].tolist())
