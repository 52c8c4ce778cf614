"""Double-quoted regions of a document text, and the sentence text around each one.

Pure text -> spans, no speakers. Spans follow the quote-span convention of the
evaluation set: a span covers the words strictly between the double quotation marks
(marks excluded, whitespace trimmed, punctuation inside the marks kept); a quotation
still open at the end of a paragraph ends there and the next paragraph's quotation is a
separate span; single quotation marks never delimit a span, so nested 'quotes' stay
inside. Paragraphs are lines (split at \\r\\n, \\r or \\n).

``paragraph_regions`` reads the marks of one paragraph (curly marks by their side, a
straight mark by its neighbours), ``quote_regions`` lists the trimmed regions of a whole
document, and ``paragraph_slots`` places each region in its paragraph: the sentence part before
its opening mark (the lead-in) and the text after its closing mark up to the sentence
end or the next quotation, where a reporting clause is looked for. A sentence ends at
". ! ?" (maybe inside a closing mark) before a capital or digit, but not after an
abbreviation (``quote_abbreviations.txt``, the dotted titles of ``analysis.names``) or
an initial.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis import names
from analysis.tables import read_lines

OPEN_MARKS = "\u201c\u201e"          # “ „
CLOSE_MARKS = "\u201d\u201f"         # ” ‟
MARK_RE = re.compile('["\u201c\u201d\u201e\u201f]')
_LINE_RE = re.compile(r"[^\r\n]+")
WORD_RE = re.compile(r"\w+(?:['\u2019]\w+)*")
#: a candidate sentence end: . ! ? (maybe inside a closing mark) then space
_SENT_END_RE = re.compile(r"([.!?])(['\u2019\"\u201d)]*)\s+(?=[\"\u201c'\u2018(\[]?[A-Z0-9])")


@cache
def abbreviations() -> frozenset[str]:
    """Words whose final '.' ends no sentence: ``quote_abbreviations.txt`` and dotted titles."""
    abbr = set(read_lines("quote_abbreviations.txt"))
    abbr |= {t.rstrip(".") for t in names.titles() if t.endswith(".") and " " not in t}
    return frozenset(abbr)


# ---------------------------------------------------------------- quote regions


@dataclass
class Region:
    start: int          # first char after the opening mark (untrimmed)
    end: int            # the closing mark's offset, or the paragraph end
    open_mark: int      # offset of the opening mark; -1: the paragraph began inside it
    closed: bool        # closed by a mark (False: left open at the paragraph end)


def _straight_role(text: str, i: int, lo: int, hi: int) -> bool | None:
    """Whether a straight double quote at ``i`` opens (True), closes (False) or can't tell."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isspace() or before in "([{\u2014\u2013-/":
        return True
    if after.isspace() or after in ".,;:!?)]}\u2014\u2013-":
        return False
    return None


def paragraph_regions(text: str, lo: int, hi: int) -> list[Region]:
    """Double-quoted regions of one paragraph ``text[lo:hi]``, untrimmed, in order.

    Curly marks say which side they are on; a straight mark is read from its
    neighbours (space before: opens; space or punctuation after: closes), else it
    toggles. A second opener while a quote is open restarts the quote (the stray one
    is closed there); a closer with nothing open before any other quote in the
    paragraph means the paragraph began inside a quotation. Never raises.
    """
    regions: list[Region] = []
    cur: int | None = None          # start of the open region
    cur_mark = -1
    for m in MARK_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if ch in OPEN_MARKS:
            if cur is not None:
                regions.append(Region(cur, i, cur_mark, True))
            cur, cur_mark = i + 1, i
        elif ch in CLOSE_MARKS:
            if cur is not None:
                regions.append(Region(cur, i, cur_mark, True))
                cur = None
            elif not regions and i > lo:
                regions.append(Region(lo, i, -1, True))
        else:
            role = _straight_role(text, i, lo, hi)
            if cur is None:
                if role is False and not regions and i > lo:
                    regions.append(Region(lo, i, -1, True))
                else:
                    cur, cur_mark = i + 1, i
            elif role is True and i > cur and not text[cur:i].strip():
                cur, cur_mark = i + 1, i          # `" "`: reopen
            else:
                regions.append(Region(cur, i, cur_mark, True))
                cur = None
    if cur is not None and cur < hi:
        regions.append(Region(cur, hi, cur_mark, False))
    return regions


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` with the whitespace at both ends left out."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line (lines split at \\r\\n, \\r or \\n)."""
    return [m.span() for m in _LINE_RE.finditer(text)]


def worded_regions(text: str, p0: int, p1: int) -> list[tuple[Region, int, int]]:
    """(region, start, end) of each region of a paragraph that holds a word once trimmed."""
    out = []
    for r in paragraph_regions(text, p0, p1):
        s, e = trim(text, r.start, r.end)
        if e > s and WORD_RE.search(text, s, e):
            out.append((r, s, e))
    return out


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Every double-quoted region of a document, trimmed, with at least one word."""
    return [(s, e) for p0, p1 in paragraphs(text) for _, s, e in worded_regions(text, p0, p1)]


# ---------------------------------------------------------------- sentences


def is_abbrev(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(\"\u201c":
        j -= 1
    word = text[j:dot]
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in abbreviations()


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts (not before ``lo``)."""
    start = lo
    for m in _SENT_END_RE.finditer(text, lo, min(len(text), pos + 2)):   # look ahead past pos
        if m.end() > pos:
            break
        if m.group(1) == "." and is_abbrev(text, m.start(1)):
            continue
        start = m.end()
    return start


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Offset just after the sentence end found after ``pos`` (or ``hi``)."""
    for m in _SENT_END_RE.finditer(text, pos, hi):
        if m.group(1) == "." and is_abbrev(text, m.start(1)):
            continue
        return m.start(1) + 1
    return hi


# ---------------------------------------------------------------- slots


@dataclass
class Slot:
    """Where one double-quoted region sits in its paragraph, and the text around it."""
    s: int                # quoted words (trimmed)
    e: int
    open_mark: int        # offset of the opening mark, -1 when the paragraph began inside it
    p0: int               # the paragraph
    p1: int
    before_lo: int        # start of the sentence part before the opening mark
    before_hi: int
    after_lo: int         # after the closing mark, to the sentence end or the next quotation
    after_hi: int
    before: str           # text[before_lo:before_hi], stripped
    context_lo: int       # before_lo, or the start of the sentence before when before is ""
    context: str          # text[context_lo:before_hi], stripped: the quotation's lead-in


def paragraph_slots(text: str, p0: int, p1: int) -> list[tuple[Region, Slot]]:
    """The worded regions of paragraph ``text[p0:p1]``, each with its ``Slot``."""
    regs = worded_regions(text, p0, p1)
    out = []
    prev_close = p0
    for idx, (r, s, e) in enumerate(regs):
        close = r.end if r.closed else p1
        nxt_open = regs[idx + 1][0].open_mark if idx + 1 < len(regs) else p1
        if nxt_open < 0:
            nxt_open = p1
        after_lo = close + 1 if r.closed else p1
        after_hi = sentence_end(text, after_lo, nxt_open) if after_lo < nxt_open else nxt_open
        before_hi = r.open_mark if r.open_mark >= 0 else s
        before_lo = sentence_start(text, prev_close, before_hi) \
            if before_hi > prev_close else before_hi
        before = text[before_lo:before_hi].strip()
        context_lo = before_lo
        if not before and before_lo > prev_close:          # the sentence before, if any
            context_lo = sentence_start(text, prev_close, before_lo - 1)
        out.append((r, Slot(s, e, r.open_mark, p0, p1, before_lo, before_hi, after_lo, after_hi,
                            before, context_lo, text[context_lo:before_hi].strip())))
        prev_close = close + 1
    return out
