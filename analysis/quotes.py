"""Direct quotations, their speakers, and how much of a page is quotation.

``find_quotes(text)`` works on one whole document text; ``quotes_frame`` turns a corpus
into the ``quotes`` frame; ``quote_density`` and ``share_of_voice`` summarise it.

Spans follow the quote-span convention of the evaluation set: a span covers the words
strictly between the double quotation marks (marks excluded, whitespace trimmed,
punctuation inside the marks kept); a quotation still open at the end of a paragraph
ends there and the next paragraph's quotation is a separate span (linked through
``group``); single quotation marks never delimit a span, so nested 'quotes' stay inside.

Speakers come from rules, not a model: reporting verbs (``analysis/data/reporting_verbs.txt``)
and their order around the quotation, titles and roles before names
(``analysis/data/titles.txt``, via ``analysis.names``), pronouns resolved to the most
recent speaker, surnames to the full name used earlier in the document, and title-only
mentions ("said U.S. secretary of state") to the person who held that title earlier.
A "he"/"she" whose most salient candidate has a first name of unknown gender goes to a
person named since the previous paragraph whose first name fits, unless that candidate
was mentioned there or a same-gender "he said" kept the chain going. A definite
description of an organisation ("the company", "the ministry": ``quote_org_nouns.txt``)
resolves to the most recent organisation name of its kind in the document (head word
"Seafoods", "Ministry of ..."; or a name the document calls "the ... company").

Double-quoted regions that are not quotations are dropped: markup attribute values
(``id="..."``), handles, links and numbers, capitalised title-like spans with no
reporting cue (a caption's "Friends of Syria", a show's name), and short scare quotes
with no speaker anywhere in their sentence. A short fragment inside a sentence whose
reporting verb has a named subject ("Falk said the crowd roared "like a stadium"")
is a partial quotation of that speaker and is kept, flagged ``partial``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import names
from analysis.tables import read_lines

DATA = Path(__file__).resolve().parent / "data"

# ---------------------------------------------------------------- tables



@cache
def reporting_verbs() -> dict[str, tuple[str, bool]]:
    """Verb form (lower case) -> (lemma, weak). Weak cues frame fragments ("called")."""
    out = {}
    for line in read_lines("reporting_verbs.txt"):
        forms = line.split()
        weak = forms[0].endswith("*")
        lemma = forms[0].rstrip("*")
        for f in [lemma, *forms[1:]]:
            out[f] = (lemma, weak)
    return out


@cache
def pronouns() -> dict[str, str]:
    """Pronoun -> gender letter (m, f, x, n)."""
    out = {}
    for line in read_lines("quote_pronouns.csv")[1:]:
        p, g, _ = line.split(",")
        out[p] = g
    return out


@cache
def _abbreviations() -> frozenset[str]:
    abbr = set(read_lines("quote_abbreviations.txt"))
    abbr |= {t.rstrip(".") for t in names.titles() if t.endswith(".") and " " not in t}
    return frozenset(abbr)


@cache
def _adverbs() -> frozenset[str]:
    return frozenset(read_lines("quote_adverbs.txt"))


@cache
def org_nouns() -> tuple[dict[str, int], tuple[frozenset[str], ...]]:
    """Descriptions of organisations (``quote_org_nouns.txt``): noun ("company") -> kind,
    and per kind the head words of names that fit it."""
    noun_kind: dict[str, int] = {}
    heads: list[frozenset[str]] = []
    for line in read_lines("quote_org_nouns.txt"):
        nouns, _, words = line.partition("|")
        for n in nouns.split():
            noun_kind.setdefault(n, len(heads))
        heads.append(frozenset(w.rstrip(".") for w in words.split()))
    return noun_kind, tuple(heads)


# ---------------------------------------------------------------- regexes

OPEN_MARKS = "\u201c\u201e"          # “ „
CLOSE_MARKS = "\u201d\u201f"         # ” ‟
_MARK_RE = re.compile('["\u201c\u201d\u201e\u201f]')
_LINE_RE = re.compile(r"[^\r\n]+")
WORD_RE = re.compile(r"\w+(?:['\u2019]\w+)*")
_TOKEN_RE = re.compile(r"\S+")
#: a candidate sentence end: . ! ? (maybe inside a closing mark) then space
_SENT_END_RE = re.compile(r"([.!?])(['\u2019\"\u201d)]*)\s+(?=[\"\u201c'\u2018(\[]?[A-Z0-9])")
_LOOKS_CODE_RE = re.compile(
    r"^(?:https?://\S*|www\.\S*|\S+\.(?:com|org|net|ly|co)\S*|@\w+|#\w+|<[^>]*>?\.?|"
    r"[\d\s,.:/\-]+|\w+-\w+=|[\w\-]+=)$", re.I)
_ACCORDING_RE = re.compile(r"\baccording\s+to\s+", re.I)
_TRAILING_SMALL = frozenset("of the and for at a an &".split())
_STOP_SMALL = frozenset("a an the of and or for to in on at by with from as".split())
#: lower-case words that end a speaker phrase ("said Trump in a statement")
_FUNCTION_WORDS = frozenset("""in on at to from during who whom whose which that when where after
before as with about for by is was were are has had have will would said says told while
because since if but or nor so than then though although according""".split())
#: words that may stand between a subject and its verb as a time phrase ("Beck on Wednesday said")
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday on
today yesterday tonight week month year morning afternoon evening night last this earlier
""".split())
#: how far (characters) after a quotation its sentence is searched for a reporting verb
SENTENCE_WINDOW = 400
_CONJ = frozenset("and but or then while".split())
_PASSIVE = frozenset("be been being was were is are".split())
_DETERMINERS = frozenset("the a an another one his her their its our this that".split())
_POSSESSIVE_END_RE = re.compile(r"\w['\u2019]s?\s*$")
_DASH_RE = re.compile(r"\s*[\u2015\u2014\u2013]\s*|\s+-{1,2}\s*")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")


# ---------------------------------------------------------------- quote regions


@dataclass
class _Region:
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


def paragraph_regions(text: str, lo: int, hi: int) -> list[_Region]:
    """Double-quoted regions of one paragraph ``text[lo:hi]``, untrimmed, in order.

    Curly marks say which side they are on; a straight mark is read from its
    neighbours (space before: opens; space or punctuation after: closes), else it
    toggles. A second opener while a quote is open restarts the quote (the stray one
    is closed there); a closer with nothing open before any other quote in the
    paragraph means the paragraph began inside a quotation. Never raises.
    """
    regions: list[_Region] = []
    cur: int | None = None          # start of the open region
    cur_mark = -1
    for m in _MARK_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if ch in OPEN_MARKS:
            if cur is not None:
                regions.append(_Region(cur, i, cur_mark, True))
            cur, cur_mark = i + 1, i
        elif ch in CLOSE_MARKS:
            if cur is not None:
                regions.append(_Region(cur, i, cur_mark, True))
                cur = None
            elif not regions and i > lo:
                regions.append(_Region(lo, i, -1, True))
        else:
            role = _straight_role(text, i, lo, hi)
            if cur is None:
                if role is False and not regions and i > lo:
                    regions.append(_Region(lo, i, -1, True))
                else:
                    cur, cur_mark = i + 1, i
            elif role is True and i > cur and not text[cur:i].strip():
                cur, cur_mark = i + 1, i          # `" "`: reopen
            else:
                regions.append(_Region(cur, i, cur_mark, True))
                cur = None
    if cur is not None and cur < hi:
        regions.append(_Region(cur, hi, cur_mark, False))
    return regions


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line (lines split at \\r\\n, \\r or \\n)."""
    return [m.span() for m in _LINE_RE.finditer(text)]


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Every double-quoted region of a document, trimmed, with at least one word."""
    out = []
    for p0, p1 in paragraphs(text):
        for r in paragraph_regions(text, p0, p1):
            s, e = _trim(text, r.start, r.end)
            if e > s and WORD_RE.search(text, s, e):
                out.append((s, e))
    return out


# ---------------------------------------------------------------- sentences


def _is_abbrev(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(\"\u201c":
        j -= 1
    word = text[j:dot]
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in _abbreviations()


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts (not before ``lo``)."""
    start = lo
    for m in _SENT_END_RE.finditer(text, lo, min(len(text), pos + 2)):   # look ahead past pos
        if m.end() > pos:
            break
        if m.group(1) == "." and _is_abbrev(text, m.start(1)):
            continue
        start = m.end()
    return start


def _sentence_end(text: str, pos: int, hi: int) -> int:
    """Offset just after the sentence end found after ``pos`` (or ``hi``)."""
    for m in _SENT_END_RE.finditer(text, pos, hi):
        if m.group(1) == "." and _is_abbrev(text, m.start(1)):
            continue
        return m.start(1) + 1
    return hi


# ---------------------------------------------------------------- mentions


@dataclass
class _Mention:
    text: str
    start: int
    end: int
    pronoun: bool = False


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(text, lo, hi)]


def _cue_word(tok: str) -> str:
    """A reporting verb as written, lower case, without punctuation ("said")."""
    return tok.strip(",.:;!?\"'\u201c\u201d\u2019").lower()


def _verb_of(tok: str) -> tuple[str, bool] | None:
    """(lemma, weak) when ``tok`` is a reporting verb."""
    return reporting_verbs().get(_cue_word(tok))


def _np_token_ok(tok: str) -> bool:
    """A token that can sit inside a speaker phrase (names, titles, 'of', 'the')."""
    t = tok.strip(",.;:()\"'\u201c\u201d")
    if not t:
        return False
    low = t.lower()
    if low in ("of", "the", "and", "for", "at", "a", "an", "&", "another", "one"):
        return True
    if names.is_title_word(t):
        return True
    if t[0].isupper() or t[0].isdigit():
        return low not in ("he", "she", "it", "they", "we", "i", "you", "but", "and", "when",
                           "while", "if", "because", "as", "so", "then", "that", "this")
    return False


def _clean_mention(toks: list[tuple[int, int, str]]) -> _Mention | None:
    while toks and toks[0][2].lower().strip(",") in ("of", "and", "for", "at", "&"):
        toks = toks[1:]
    while toks and toks[-1][2].lower().strip(",") in _TRAILING_SMALL:
        toks = toks[:-1]
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    txt = " ".join(t[2] for t in toks).strip(",;:")
    if txt.endswith(".") and not txt.endswith(("Jr.", "Sr.")) and \
            not re.search(r"(?:^|\s)(?:[A-Z]\.)+$", txt):
        txt = txt[:-1]
    if not any(c.isalpha() for c in txt):
        return None
    return _Mention(txt, s, e, False)


def _np_forward(text: str, lo: int, hi: int) -> _Mention | None:
    """The speaker phrase right after a reporting verb ("said President Putin, ...")."""
    toks = _tokens(text, lo, min(hi, lo + 200))
    if not toks:
        return None
    first = toks[0][2].strip(",.;:").lower()
    if first in pronouns():
        return _Mention(toks[0][2].strip(",.;:"), toks[0][0], toks[0][0] + len(first), True)
    got = []
    for j, (s, e, tok) in enumerate(toks[:14]):
        if tok[0] in "\"\u201c\u201d'\u2018" or \
                got and (tok.startswith("(") or tok.lower().strip(",.") in _TIME_WORDS):
            break
        if not _np_token_ok(tok) and not (
                tok.replace("-", "").isalpha() and tok.lower() not in _FUNCTION_WORDS
                and any(t[2][:1].isupper() for t in toks[j + 1:j + 3])):
            break
        got.append((s, e, tok))
        if tok.endswith((",", ";", ":")) or (tok.endswith(".") and not _is_abbrev(text, e - 1)):
            break
        if tok.endswith(("\"", "\u201c", "\u201d")):
            break
    return _clean_mention(got)


def _np_backward(text: str, lo: int, hi: int) -> _Mention | None:
    """The speaker phrase right before a reporting verb ending at ``hi``."""
    toks = _tokens(text, lo, hi)
    # skip adverbs/auxiliaries and time words between subject and verb
    # ("Trump has repeatedly said", "Beck on Wednesday called")
    while toks and (toks[-1][2].lower() in _adverbs() or toks[-1][2].lower() in _TIME_WORDS):
        toks.pop()
    if not toks:
        return None
    last = toks[-1][2].lower()
    if last in pronouns():
        s, e, tok = toks[-1]
        return _Mention(tok, s, e, True)
    # appositives: "Ben Jealous, the former president of the NAACP, said"; the person
    # may stand several comma-separated chunks back
    if toks[-1][2].endswith(","):
        commas = [i for i in range(len(toks) - 1) if toks[i][2].endswith(",")]
        chunks = []
        for k in reversed(commas[-4:]):
            if len(toks) - k > 40:
                break
            m = _np_backward_core(toks[:k + 1])
            if m is not None:
                name = names.split_title(m.text)[1]
                if name and names.is_person_name(name):
                    return m
                chunks.append((m, name))
        m = _np_backward_core(toks)
        if m is not None and names.split_title(m.text)[1]:
            return m
        # no person: an organisation ("The observer mission of the Council of Northern
        # States, which sent 340 observers, said")
        for m, name in chunks:
            if is_organisation_name(name):
                return m
    if toks[-1][2].endswith(")"):          # "Sen. Marco Rubio (R-Fla.) said"
        k = len(toks) - 1
        while k >= 0 and "(" not in toks[k][2]:
            k -= 1
        if k > 0:
            toks = toks[:k]
    return _np_backward_core(toks)


def _np_backward_core(toks: list[tuple[int, int, str]]) -> _Mention | None:
    got = []
    for i in range(len(toks) - 1, max(-1, len(toks) - 13), -1):
        s, e, tok = toks[i]
        if got and (tok.endswith((",", ";", ":", "\"", "\u201d")) or
                    (tok.endswith(".") and len(tok) > 2 and not names.is_title_word(tok)
                     and tok.lower().rstrip(".") not in _abbreviations())):
            break
        if not _np_token_ok(tok):
            break
        got.append((s, e, tok))
    got.reverse()
    # the phrase must end in a name or a title word (not "The" alone)
    m = _clean_mention(got)
    if m is None:
        return None
    words = m.text.split()
    if words[0].lower() in names.stop_caps() and words[0].lower() not in ("the", "a", "an"):
        # "When Trump" -> "Trump"
        m = _clean_mention(got[1:])
        if m is None:
            return None
    return m


@dataclass
class _Attribution:
    mention: _Mention | None
    cue: str
    method: str
    pos: int                      # where the cue is (for ordering)




def _common_noun(toks: list[tuple[int, int, str]]) -> _Mention | None:
    """A short determiner phrase as a speaker: "the commission", "a senior aide"."""
    while toks and toks[-1][2].lower() in _adverbs():
        toks = toks[:-1]
    # a lead-in phrase closed by a comma comes off ("In a statement, the company said")
    cut = max((i + 1 for i, t in enumerate(toks[:-1]) if t[2].endswith(",")), default=0)
    toks = toks[cut:]
    if toks and toks[-1][2].lower() in _FUNCTION_WORDS | {"so", "also", "now", "just"}:
        return None                      # "the so called ...": no noun to speak
    if not 2 <= len(toks) <= 5 or toks[0][2].lower() not in _DETERMINERS:
        return None
    if not all(t[2].replace("-", "").replace("'", "").isalpha() for t in toks):
        return None
    return _Mention(" ".join(t[2] for t in toks), toks[0][0], toks[-1][1], False)


def _attribution_after(text: str, lo: int, hi: int) -> _Attribution | None:
    """A reporting clause right after a closing mark: `, he said`, `said X`, `X said`."""
    toks = _tokens(text, lo, hi)
    if not toks:
        return None
    first = toks[0][2]
    if first[0] in "\"\u201c\u201d":
        return None
    # "according to X"
    m = _ACCORDING_RE.match(text, toks[0][0]) if first.lower().lstrip(",") == "according" else None
    if m:
        np_ = _source_of_document(text, m.end(), hi) or _np_forward(text, m.end(), hi)
        if np_:
            return _Attribution(np_, "according to", "explicit after", m.start())
    # verb first: "said President Putin", "asked the senator"
    v = _verb_of(first)
    if v and not v[1] and first[0].islower() and not first.endswith((".", ",")):
        np_ = _np_forward(text, toks[0][1], hi)
        if np_:
            return _Attribution(np_, _cue_word(first), "explicit after", toks[0][0])
    # subject first: "he said", "Trump told reporters", "Ben Jealous, the ..., said"
    for k, (s, e, tok) in enumerate(toks[:16]):
        vv = _verb_of(tok)
        if vv and k > 0 and tok[0].islower():
            np_ = _np_backward(text, toks[0][0], toks[k - 1][1]) or _common_noun(toks[:k])
            if np_ is None:
                return None
            if np_.start != toks[0][0] and not np_.pronoun and not names.split_title(np_.text)[1]:
                return None        # "... the way the senator said" is no attribution
            return _Attribution(np_, _cue_word(tok),
                                "pronoun" if np_.pronoun else "explicit after", s)
        if tok.endswith((".", "!", "?")) and not _is_abbrev(text, e - 1) \
                and not names.is_title_word(tok):
            break
    return None




_DOC_SOURCE_RE = re.compile(r"(?:an?|the|one)\s+(?:[a-z\-]+\s+){0,3}?(?:from|by|of)\s+(?=\S)")


def _source_of_document(text: str, lo: int, hi: int) -> _Mention | None:
    """The person behind a document or statement after "according to": "according to an
    internal memo from Karimova" -> Karimova."""
    dm = _DOC_SOURCE_RE.match(text, lo, hi)
    if not dm:
        return None
    np_ = _np_forward(text, dm.end(), hi)
    if np_ and not np_.pronoun and names.split_title(np_.text)[1]:
        return np_
    return None


def _attribution_later(text: str, lo: int, hi: int) -> _Attribution | None:
    """A reporting clause later in the sentence after the quotation.

    `"..." -- Julie Diaz.` (a dash and a name), `"..." about the decision, said RoseAnn
    DeMoro`, `"..." in contrast to X, Dante Scala said`.
    """
    dm = _DASH_RE.match(text, lo, hi)
    if dm:
        np_ = _np_forward(text, dm.end(), hi)
        if np_ and not np_.pronoun and names.split_title(np_.text)[1] and \
                not text[np_.end:hi].strip().strip(".,"):
            return _Attribution(np_, "\u2014", "explicit after", dm.start())
    toks = _tokens(text, lo, hi)
    for k, (s, e, tok) in enumerate(toks):
        vv = _verb_of(tok)
        if not vv or vv[1] or not tok[0].islower() or k == 0:
            continue
        if toks[k - 1][2].endswith(","):      # ", said X"
            np_ = _np_forward(text, e, hi)
        else:                                  # "X said"
            np_ = _np_backward(text, lo, toks[k - 1][1])
        if np_ is not None and (np_.pronoun or names.split_title(np_.text)[1]):
            return _Attribution(np_, _cue_word(tok),
                                "pronoun" if np_.pronoun else "explicit after", s)
        return None
    return None


_SENTENCE = object()        # marker: the verb takes the sentence's subject


def _subject_of(text: str, lo: int, toks: list[tuple[int, int, str]], k: int):
    """Who speaks through the verb at ``toks[k]``.

    A mention for "X said" (or "the company said"); ``_SENTENCE`` when the verb takes the
    sentence's subject ("..., and added:", "..., saying:", "Trump went after Bush,
    calling him ..."); None for a passive ("had been told") or nothing usable.
    """
    verb = toks[k][2].strip(",:").lower()
    j = k - 1
    while j >= 0 and toks[j][2].lower() in _adverbs():
        j -= 1
    if j >= 0 and toks[j][2].lower() in _PASSIVE:
        return None
    if verb.endswith("ing") or (j >= 0 and toks[j][2].lower() in _CONJ):
        return _SENTENCE
    if j >= 0 and toks[j][2].endswith(","):
        # "In a statement, the company said" vs "Trump, in a statement, said"
        c = j - 1
        while c >= 0 and not toks[c][2].endswith(","):
            c -= 1
        return _np_backward(text, lo, toks[k][0]) or _common_noun(toks[c + 1:k]) or _SENTENCE
    return _np_backward(text, lo, toks[k][0]) or _common_noun(toks[max(0, k - 5):k])


def _attribution_before(text: str, lo: int, hi: int) -> _Attribution | None:
    """A reporting clause ending right before an opening mark.

    `X said: "`, `Ryan said, "`, `He added that "`, `X said in a statement: "`,
    `Kerry called it "`, `according to X, "`, `Kasich resisted: "` (any verb before a colon).
    """
    seg = text[lo:hi].rstrip()
    end = lo + len(seg)
    toks = _tokens(text, lo, end)
    if not toks:
        return None
    colon = seg.endswith(":")
    am = None
    for am in _ACCORDING_RE.finditer(text, lo, end):
        pass
    if am is not None and seg.endswith(","):
        np_ = _np_forward(text, am.end(), end)
        if np_ and np_.end >= end - 2:
            return _Attribution(np_, "according to", "explicit before", am.start())
    if toks[-1][2].lower() == "that" and len(toks) > 1:
        toks = toks[:-1]
    # the verb: the last word, or a few words back before a colon/comma ("X told reporters:")
    # or before the object of a weak cue ("Kerry called it")
    for k in range(len(toks) - 1, max(-1, len(toks) - 6), -1):
        vv = _verb_of(toks[k][2])
        if vv is None or not toks[k][2][0].islower():
            continue
        if k < len(toks) - 1 and not (colon or seg.endswith(",") or vv[1]):
            break
        np_ = _subject_of(text, lo, toks, k)
        if np_ is _SENTENCE:
            return _Attribution(None, _cue_word(toks[k][2]), "explicit before", toks[k][0])
        if np_ is None:
            break
        return _Attribution(np_, _cue_word(toks[k][2]),
                            "pronoun" if np_.pronoun else "explicit before", toks[k][0])
    if colon:
        # "Kasich resisted:" (any verb), "Philip Bump:" (a name and a colon)
        last = toks[-1][2]
        verbish = len(toks) >= 2 and last[:1].islower() and last[:-1].isalpha()
        np_ = _np_backward(text, lo, toks[-1][0] if verbish else end - 1)
        if np_ and names.split_title(np_.text)[1] and (not np_.pronoun or verbish):
            return _Attribution(np_, ":", "pronoun" if np_.pronoun else "explicit before", end - 1)
    return None


def _speech_events(text: str) -> list[tuple[int, _Mention]]:
    """(offset of the verb, subject mention) for every "X said" in the document."""
    out = []
    verbs = reporting_verbs()
    for m in _LOWER_WORD_RE.finditer(text):
        w = m.group(0)
        if w not in verbs or verbs[w][1]:
            continue
        lo = max(0, m.start() - 200)
        nl = text.rfind("\n", lo, m.start())
        lo = nl + 1 if nl >= 0 else lo
        np_ = _np_backward(text, lo, m.start())
        if np_ is not None:
            out.append((m.start(), np_))
            continue
        np_ = _np_forward(text, m.end(), min(len(text), m.end() + 200))
        if np_ is not None and not np_.pronoun:
            out.append((m.start(), np_))
    return out


# ---------------------------------------------------------------- organisations


@cache
def _org_words() -> frozenset[str]:
    """Organisation words of the NER helper (``org_words.txt``) when present."""
    return frozenset(read_lines("org_words.txt")) if (DATA / "org_words.txt").exists() \
        else frozenset()


_ORG_TOKEN = r"[A-Z](?:[\w&\-]|['\u2019](?=\w)|\.(?=\w))*"
#: a run of capitalised words, with "of", "for", "the", "&" inside ("Ministry of Energy")
_ORG_RUN_RE = re.compile(rf"(?<![\w'\u2019.]){_ORG_TOKEN}(?:[ \t]+(?:(?:of|for|the|&)[ \t]+)*"
                         rf"{_ORG_TOKEN})*")
#: an apposition after a name: ", the largest private employer on the waterfront"
_APPOSITION_RE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+([^,.;:!?\n\"\u201c\u201d]{1,80})")
_ORG_JOINERS = frozenset("of for the &".split())
#: words that end the head of an apposition ("a shop steward with the union": steward)
_APPOSITION_STOP = frozenset("""of with in on at for from to by who whom whose which that
and or as near""".split())


def _org_head(words: list[str]) -> str:
    """Head word of an organisation name: the word before "of", else the last word."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def is_organisation_name(name: str) -> bool:
    """A name of two or more words whose head word is an organisation word ("Council of
    Northern States", "Bellmar Seafoods")."""
    words = name.split()
    if len(words) < 2:
        return False
    head = _org_head(words)
    return head in _org_words() or any(head in h for h in org_nouns()[1])


def organisation_names(text: str) -> list[tuple[int, str, frozenset[int], bool]]:
    """(offset, name, kinds, linked) of every organisation name in ``text``.

    A name is a capitalised run (leading sentence words and a final "'s" dropped) whose
    head word -- the word before "of" ("Ministry of Energy"), else the last word -- is a
    head word of a kind in ``quote_org_nouns.txt`` (Seafoods: a company) or one of the
    NER helper's organisation words (``org_words.txt``); or any capitalised run the
    document itself calls by a description noun in an apposition ("Bellmar, the seafood
    company"; the apposition's head noun counts, not "a shop steward with the union").
    ``kinds``: the description kinds the name fits.
    """
    noun_kind, heads = org_nouns()
    stop = names.stop_caps()
    org_words = _org_words()
    out = []
    for m in _ORG_RUN_RE.finditer(text):
        words = m.group(0).split()
        k = 0
        while k < len(words) and (words[k].lower() in stop or words[k].lower() in _ORG_JOINERS):
            k += 1
        words = words[k:]
        for j in range(1, len(words) - 1):          # "Party of Prime Minister X": cut at "of"
            if words[j] == "of" and names.is_title_word(words[j + 1]):
                words = words[:j]
                break
        while words and words[-1] in _ORG_JOINERS:
            words.pop()
        if not words:
            continue
        words[-1] = re.sub(r"['\u2019]s?$", "", words[-1])
        head = _org_head(words)
        kinds = {i for i, h in enumerate(heads) if head in h}
        linked = False
        am = _APPOSITION_RE.match(text, m.end())
        if am:
            phrase = []
            for w in am.group(1).lower().split():
                if w in _APPOSITION_STOP:
                    break
                phrase.append(w)
            if phrase and phrase[-1] in noun_kind:
                kinds.add(noun_kind[phrase[-1]])
                linked = True
        if not kinds and head not in org_words:
            continue
        if len(words) < 2 and not linked:
            continue
        start = m.start() + m.group(0).index(words[0])
        out.append((start, " ".join(words), frozenset(kinds), linked))
    return out


# ---------------------------------------------------------------- document model


class _Doc:
    """What one document offers for speaker resolution.

    ``person_names``: (start, end, titles, name) of capitalised person-name candidates;
    ``events``: (verb offset, subject mention) of every "X said" outside quotations;
    sentence-opening persons; an index of full names by surname and first word; and
    the titles people held (``TitleBook``).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.person_names = names.person_names(text)
        inside = np.zeros(len(self.text) + 1, dtype=np.int8)
        for qs, qe in quote_regions(self.text):
            inside[qs:qe] = 1
        self._name_starts = [p[0] for p in self.person_names]
        self._surnames = {names.surname(p[3]) for p in self.person_names}
        # surname or first word -> full name -> offsets where it is written
        self._names_by_word: dict[str, dict[str, list[int]]] = {}
        self.titles = names.TitleBook()
        for st, _, titles, nm in self.person_names:
            for key in {names.surname(nm), nm.split()[0].lower()}:
                self._names_by_word.setdefault(key, {}).setdefault(nm, []).append(st)
            if titles:
                self.titles.add(titles, nm, st)
        self._resolved: dict[tuple[str, int], str | None] = {}
        self._orgs: list | None = None
        self._para_starts = [p0 for p0, _ in paragraphs(text)]
        # person names that open a sentence (the sentence's subject)
        self._subjects = []
        for st, _, _, nm in self.person_names:
            lead = self.text[max(0, st - 60):st]
            cut = max(lead.rfind("\n"), lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
            if cut < 0 and st > 60:
                continue
            lead_words = lead[cut + 1:].split()
            if all(names.is_title_word(w) or w[:1].isupper() or w in ("of", "the")
                   for w in lead_words) and not inside[st]:
                self._subjects.append((st, nm))
        # a known surname opening a sentence ("Halas rejected the criticism ...")
        for m in _SENT_OPEN_WORD_RE.finditer(self.text):
            w = m.group(1)
            if w.lower() in self._surnames and not inside[m.start(1)] and names.is_person_name(w):
                self._subjects.append((m.start(1), w))
        self._subjects.sort()
        self._subject_pos = [p for p, _ in self._subjects]
        self.events = [(p, m) for p, m in _speech_events(self.text) if not inside[p]]
        self._event_pos = [e[0] for e in self.events]

    def known_like(self, name: str, before: int | None = None) -> list[str]:
        """Full names in the document (before ``before``) sharing ``name``'s surname or
        first word, in text order: the only ones ``canonical_person`` can expand to."""
        toks = name.lower().split()
        found = {}
        for key in {names.surname(name), toks[0] if toks else ""}:
            for full, where in self._names_by_word.get(key, {}).items():
                k = len(where) if before is None else bisect.bisect_left(where, before)
                if k:
                    found[full] = where[k - 1]       # its latest use before ``before``
        return sorted(found, key=found.get)

    def resolve_name(self, mention: _Mention) -> str | None:
        """Canonical speaker for a non-pronoun mention (cached per mention)."""
        key = (mention.text, mention.start)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(mention)
        return self._resolved[key]

    def _resolve(self, mention: _Mention) -> str | None:
        titles, name = names.split_title(mention.text)
        if name:
            full = names.canonical_person(mention.text, self.known_like(name, mention.start))
            if full == name and len(name.split()) == 1:
                # the full name may come later (a headline used the surname first)
                full = names.canonical_person(mention.text, self.known_like(name))
            return full
        if titles:
            org = self.organisation(titles, mention.start)
            if org:
                return org
            return self.titles.lookup(titles, before=mention.start) or titles
        return None

    @property
    def orgs(self) -> list[tuple[int, str, frozenset[int], bool]]:
        """Organisation names in the document (computed on first use)."""
        if self._orgs is None:
            self._orgs = organisation_names(self.text)
        return self._orgs

    def organisation(self, description: str, pos: int) -> str | None:
        """The organisation a definite description stands for ("the company" -> "Bellmar
        Seafoods"): the most recent organisation name before ``pos`` whose kind fits
        (else the first one after it); a name inside the description itself wins
        ("the People's Daily newspaper" -> "People's Daily"). None when nothing fits."""
        toks = description.split()
        if len(toks) < 2 or toks[0].lower() != "the":
            return None
        noun = toks[-1].strip(",.;:").lower()
        kind = org_nouns()[0].get(noun)
        if kind is None:
            return None
        inner = [t for t in toks[1:-1] if t[:1].isupper()]
        if inner and len(inner) == len(toks) - 2:
            return " ".join(inner)
        if len(toks) > 3:
            return None
        fits = [(p, nm) for p, nm, kinds, _ in self.orgs if kind in kinds]
        before = [f for f in fits if f[0] < pos]
        if before:
            return before[-1][1]
        return fits[0][1] if fits else None

    def events_between(self, lo: int, hi: int) -> list[tuple[int, _Mention]]:
        """Speech events whose verb lies in ``[lo, hi)``."""
        pos = self._event_pos
        return self.events[bisect.bisect_left(pos, lo):bisect.bisect_left(pos, hi)]

    def person_like(self, name: str | None) -> bool:
        """A full name with a first name, or the surname of a person named in the document."""
        if not name or not names.is_person_name(name):
            return False
        toks = name.split()
        if len(toks) >= 2:
            return True
        return toks[0].lower() in self._surnames

    def gender(self, name: str) -> str:
        first = name.split()[0] if name else ""
        return names.first_name_gender(first)

    def last_speaker(self, pos: int, speakers: list[tuple[int, str]],
                     pronoun: str = "") -> str | None:
        """Most recent person-like speaker before ``pos`` compatible with ``pronoun``.

        Candidates are the speakers of earlier quotations and the subjects of "X said"
        events outside quotations; "he" skips names known to be female and "she" male.
        """
        want = pronouns().get(pronoun.lower(), "x")
        k = bisect.bisect_left(speakers, (pos, ""))
        cands = [(p, spk) for p, spk in speakers[max(0, k - 20):k] if spk]
        k = bisect.bisect_left(self._event_pos, pos)
        for j in range(k - 1, max(-1, k - 40), -1):
            p, m = self.events[j]
            if not m.pronoun:
                cands.append((p, self.resolve_name(m)))
        k = bisect.bisect_left(self._subject_pos, pos)
        for j in range(k - 1, max(-1, k - 5), -1):
            p, nm = self._subjects[j]
            cands.append((p, self.resolve_name(_Mention(nm, p, p + len(nm)))))
        cands.sort(key=lambda c: c[0], reverse=True)
        found = self._pick(cands, want)
        if want in ("m", "f") and (found is None or self.gender(found) == "x"):
            # the salient candidate's gender is unknown: a person named since the start of
            # the previous paragraph whose first name fits the pronoun, and who is named
            # after that candidate's last mention, is the better antecedent ("Among the
            # fundraisers was Dorothy Quill, ..." / ""...," she said")
            since = next((p for p, spk in cands if spk == found), -1) if found else -1
            lo = self._paragraph_start(pos, back=1)
            if since >= lo:
                return found
            # ... unless a "he said" of the same gender since then kept the chain going
            if found and any(m.pronoun and pronouns().get(m.text.lower()) == want
                             for _, m in self.events_between(since + 1, pos)):
                return found
            kk = bisect.bisect_left(self._name_starts, pos)
            k0 = bisect.bisect_left(self._name_starts, lo)
            for p0, _, _, nm in reversed(self.person_names[k0:kk]):
                full = self.resolve_name(_Mention(nm, p0, p0 + len(nm)))
                if self.person_like(full) and self.gender(full) == want:
                    return full
        if found is None:
            # nobody spoke yet: the most recent person named
            kk = bisect.bisect_left(self._name_starts, pos)
            cands = [(p0, self.resolve_name(_Mention(nm, p0, p0 + len(nm))))
                     for p0, _, _, nm in self.person_names[max(0, kk - 6):kk][::-1]]
            found = self._pick(cands, want)
        return found

    def _paragraph_start(self, pos: int, back: int = 0) -> int:
        """Start of the paragraph holding ``pos`` (``back`` paragraphs further up)."""
        starts = self._para_starts
        k = max(0, bisect.bisect_right(starts, pos) - 1 - back)
        return starts[k] if starts else 0

    def _pick(self, cands: list[tuple[int, str]], want: str) -> str | None:
        """First person-like candidate whose gender, when known, fits the pronoun."""
        for _, spk in cands:
            if not self.person_like(spk):
                continue
            g = self.gender(spk)
            if want in ("m", "f") and g in ("m", "f") and g != want:
                continue
            return spk
        return None

    def first_person(self, lo: int, hi: int) -> _Mention | None:
        """First pronoun or person name in ``text[lo:hi]`` (the likely subject)."""
        k = bisect.bisect_left(self._name_starts, lo)
        first_name = self.person_names[k] if k < len(self.person_names) and \
            self.person_names[k][0] < hi else None
        for m in _PERSON_WORD_RE.finditer(self.text, lo, hi):
            if first_name is not None and m.start() >= first_name[0]:
                break
            w = m.group(0)
            if w.lower() in ("he", "she"):
                return _Mention(w, m.start(), m.end(), True)
            if w.lower() in self._surnames and w.lower() not in names.stop_caps():
                return _Mention(w, m.start(), m.end(), False)
        if first_name is not None:
            return _Mention(first_name[3], first_name[0], first_name[1], False)
        return None


# ---------------------------------------------------------------- filters


def _title_like(words: list[str]) -> bool:
    """All content words capitalised: a title, a name, an event ("Friends of Syria")."""
    content = [w for w in words if w.lower() not in _STOP_SMALL]
    if not content:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def _is_quotation(text: str, s: int, e: int, open_mark: int, quote: dict, feats: dict) -> bool:
    """Decide whether a double-quoted region is a quotation (see module docstring)."""
    inner = text[s:e]
    if open_mark > 0 and text[open_mark - 1] == "=":
        return False                       # markup attribute value
    if _LOOKS_CODE_RE.match(inner.strip()):
        return False
    n = quote["n_words"]
    title_like = n <= 8 and _title_like(WORD_RE.findall(inner))
    if title_like and feats["possessive_before"]:
        return False                       # "on ABC's "This Week"": a programme or title
    if feats["attributed"]:
        return True
    if title_like and (n <= 5 and not feats["verb_before"] or not feats["sent_verb"]):
        return False                       # a name, slogan or title nobody is said to say
    if n <= 2 and quote["speaker"] is None and not feats["sent_verb"]:
        return False                       # a scare quote: nobody said it
    return True


# ---------------------------------------------------------------- main


def find_quotes(text: str) -> list[dict]:
    """Direct quotations of one document, in text order.

    Each quotation is a dict:
      start, end     offsets of the quoted words in ``text`` (marks excluded, trimmed)
      text           ``text[start:end]``
      n_words        words in the quotation
      speaker        canonical speaker name ("John Kerry"); for a description that names
                     nobody known ("the commission", "a senior aide") the description itself;
                     None when no speaker was found
      speaker_mention the words naming the speaker in the text ("he", "President Putin")
      cue            the reporting verb as written ("said", "told", "called"), "according to",
                     ":" (a colon), "\u2014" (a dash before the name) or None
      method         explicit after | explicit before | pronoun | title only | carried | none
      partial        True when the quotation is a fragment inside the author's sentence
      group          index (into the returned list) of the first span of a multi-paragraph
                     quotation this span continues; its own index otherwise
      continues      True when the quotation was left open at its paragraph end
    Never raises on odd input: unbalanced marks end at the paragraph end.
    """
    out = [q for q in _candidates(text) if q.pop("_keep")]
    index = {id(q): i for i, q in enumerate(out)}
    for q in out:
        q["group"] = index.get(id(q.pop("_group")), index[id(q)])
        q.pop("_features")
    return out


@dataclass
class _Slot:
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


def _slots(text: str, p0: int, p1: int) -> list[tuple[_Region, _Slot]]:
    regs = []
    for r in paragraph_regions(text, p0, p1):
        s, e = _trim(text, r.start, r.end)
        if e > s and WORD_RE.search(text, s, e):
            regs.append((r, s, e))
    out = []
    prev_close = p0
    for idx, (r, s, e) in enumerate(regs):
        close = r.end if r.closed else p1
        nxt_open = regs[idx + 1][0].open_mark if idx + 1 < len(regs) else p1
        if nxt_open < 0:
            nxt_open = p1
        after_lo = close + 1 if r.closed else p1
        after_hi = _sentence_end(text, after_lo, nxt_open) if after_lo < nxt_open else nxt_open
        before_hi = r.open_mark if r.open_mark >= 0 else s
        before_lo = _sentence_start(text, prev_close, before_hi) \
            if before_hi > prev_close else before_hi
        before = text[before_lo:before_hi].strip()
        context_lo = before_lo
        if not before and before_lo > prev_close:          # the sentence before, if any
            context_lo = _sentence_start(text, prev_close, before_lo - 1)
        out.append((r, _Slot(s, e, r.open_mark, p0, p1, before_lo, before_hi, after_lo, after_hi,
                             before, context_lo, text[context_lo:before_hi].strip())))
        prev_close = close + 1
    return out


def _is_partial(text: str, slot: _Slot, n_words: int) -> bool:
    """A fragment inside the author's sentence: words before it that do not introduce it."""
    before = slot.before
    if not before:
        return False
    introduced = before.endswith((":", ",", "\u2014", "-")) or before.lower().endswith("that")
    short = n_words <= 4 and not text[slot.s:slot.e].rstrip().endswith((".", "?", "!"))
    return not introduced or short


def _find_attribution(doc: _Doc, slot: _Slot, first_in_para: bool,
                      prev_para_colon: _Attribution | None) -> _Attribution | None:
    """The reporting clause of one quotation, in order of trust: right after it, right
    before it, later in its sentence, or a colon ending the previous paragraph."""
    text = doc.text
    new_sentence = text[slot.s:slot.e].endswith(".") and \
        text[slot.after_lo:slot.after_hi].lstrip()[:1].isupper()
    after_ok = slot.after_lo < slot.after_hi and not new_sentence
    att = _attribution_after(text, slot.after_lo, slot.after_hi) if after_ok else None
    if att is None and slot.before:
        att = _attribution_before(text, slot.before_lo, slot.before_hi)
    if att is None and after_ok:
        att = _attribution_later(text, slot.after_lo, slot.after_hi)
    if att is None and not slot.context and first_in_para:
        att = prev_para_colon
    if att is not None and att.mention is None:          # the sentence's subject speaks
        subj = doc.first_person(slot.before_lo, att.pos)
        att = _Attribution(subj, att.cue, att.method, att.pos) if subj is not None else None
    return att


def _take(quote: dict, source: dict, method: str = "carried") -> None:
    quote.update(speaker=source["speaker"], speaker_mention=source["speaker_mention"],
                 cue=source["cue"], method=method)


def _attribute(doc: _Doc, slot: _Slot, quote: dict, att: _Attribution | None,
               para_quotes: list[dict], prev_para_last: dict | None,
               speakers: list[tuple[int, str]]) -> None:
    """Fill speaker, speaker_mention, cue and method of ``quote``."""
    text, s = doc.text, slot.s
    if att is not None:
        m = att.mention
        if m.pronoun:
            spk, method = doc.last_speaker(min(m.start, s), speakers, m.text), "pronoun"
        else:
            spk = doc.resolve_name(m)
            method = att.method if names.split_title(m.text)[1] else "title only"
        quote.update(speaker=spk, speaker_mention=m.text, cue=att.cue, method=method)
        return
    # interrupted quotation / follow-on quotation in the same paragraph
    if para_quotes and para_quotes[-1]["method"] != "none":
        _take(quote, para_quotes[-1])
        return
    # a paragraph that opens with a quotation: carried from the previous paragraph
    if not slot.context and not para_quotes and prev_para_last is not None \
            and prev_para_last["method"] != "none":
        _take(quote, prev_para_last)
        return
    if slot.context:
        # a fragment inside a sentence, or a quotation after one: the subject of a
        # reporting verb there, else its first person ("Trump blamed it on "sickos"")
        ev = doc.events_between(slot.context_lo, slot.before_hi)
        if ev:
            cand = ev[-1][1]
            cue = _cue_word(text[ev[-1][0]:].split(None, 1)[0])
        else:
            cand, cue = doc.first_person(slot.context_lo, slot.before_hi), None
        if cand is not None:
            spk = doc.last_speaker(min(cand.start, s), speakers, cand.text) if cand.pronoun \
                else doc.resolve_name(cand)
            if spk:
                quote.update(speaker=spk, speaker_mention=cand.text, cue=cue,
                             method="pronoun" if cand.pronoun else "explicit before")
        return
    # a quotation standing alone at a paragraph start: the last speaker
    spk = doc.last_speaker(s, speakers)
    if spk:
        quote.update(speaker=spk, speaker_mention=None, method="carried")


def _features(text: str, slot: _Slot, att: _Attribution | None) -> dict:
    """What ``_is_quotation`` looks at besides the quoted words."""
    window = min(slot.p1, slot.after_lo + SENTENCE_WINDOW)
    sent_hi = _sentence_end(text, slot.after_lo, window) if slot.after_lo < window else window
    return {"attributed": att is not None,
            "sent_verb": _has_verb(text, slot.before_lo, slot.before_hi) or
            _has_verb(text, slot.after_lo, sent_hi),
            "possessive_before": bool(_POSSESSIVE_END_RE.search(
                text, max(slot.p0, slot.before_hi - 4), slot.before_hi)),
            "verb_before": any(_verb_of(t) for t in
                               text[slot.before_lo:slot.before_hi].split()[-3:])}


def _candidates(text: str) -> list[dict]:
    """Every double-quoted region with its attribution, a ``_keep`` verdict and features."""
    if not text or not _MARK_RE.search(text):
        return []
    doc = _Doc(text)
    out: list[dict] = []
    kept: list[dict] = []
    speakers: list[tuple[int, str]] = []       # (pos, speaker) of kept quotations
    prev_para_last: dict | None = None         # last quotation of the previous paragraph
    prev_para_open = False                     # ... left open at the paragraph end
    prev_para_colon: _Attribution | None = None  # "Cruz continued:" ending the previous paragraph
    for p0, p1 in paragraphs(text):
        slots = _slots(text, p0, p1)
        para_quotes: list[dict] = []
        for r, slot in slots:
            s, e = slot.s, slot.e
            quote = {"start": s, "end": e, "text": text[s:e],
                     "n_words": len(WORD_RE.findall(text, s, e)),
                     "speaker": None, "speaker_mention": None, "cue": None,
                     "method": "none", "partial": False, "continues": not r.closed}
            quote["partial"] = _is_partial(text, slot, quote["n_words"])
            att = _find_attribution(doc, slot, not para_quotes, prev_para_colon)
            _attribute(doc, slot, quote, att, para_quotes, prev_para_last, speakers)
            feats = _features(text, slot, att)
            quote["_features"] = feats
            quote["_keep"] = _is_quotation(text, s, e, slot.open_mark, quote, feats)
            quote["_group"] = quote
            out.append(quote)
            if not quote["_keep"]:
                continue
            if quote["speaker"]:
                speakers.append((s, quote["speaker"]))
            if not para_quotes and slot.open_mark == p0 and prev_para_open and kept:
                quote["_group"] = kept[-1]["_group"]        # multi-paragraph quotation
            para_quotes.append(quote)
            kept.append(quote)
        prev_para_colon = None
        last_line = text[p0:p1].rstrip()
        if last_line.endswith(":") and (not slots or slots[-1][0].closed):
            lo = _sentence_start(text, p0, p0 + len(last_line))
            prev_para_colon = _attribution_before(text, lo, p0 + len(last_line))
        if para_quotes:
            prev_para_last = para_quotes[-1]
            prev_para_open = not slots[-1][0].closed and para_quotes[-1]["start"] == slots[-1][1].s
        else:
            prev_para_last = prev_para_last if not WORD_RE.search(text, p0, p1) else None
            prev_para_open = False
    _speakers_of_groups(kept)
    return out


def _speakers_of_groups(kept: list[dict]) -> None:
    """A multi-paragraph quotation's speaker is often named only after its last part."""
    members: dict[int, list[dict]] = {}
    for q in kept:
        members.setdefault(id(q["_group"]), []).append(q)
    for group in members.values():
        said = [q for q in group if q["method"] not in ("carried", "none") and q["speaker"]]
        if len(group) < 2 or not said:
            continue
        for q in group:
            if q["method"] in ("carried", "none"):
                _take(q, said[-1])


def _has_verb(text: str, lo: int, hi: int) -> bool:
    verbs = reporting_verbs()
    return any(m.group(0) in verbs for m in _LOWER_WORD_RE.finditer(text, lo, hi)) or \
        bool(_ACCORDING_RE.search(text, lo, hi))


#: a capitalised word opening a sentence and followed by a lower-case word
_SENT_OPEN_WORD_RE = re.compile(
    r"(?:^|[.!?][\"\u201d']?[ \t]+)([A-Z][\w'\u2019\-]+)(?=[ \t]+[a-z])", re.M)
_PERSON_WORD_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][\w'\u2019\-]+)\b")


# ---------------------------------------------------------------- frames


def quotes_frame(texts: dict[str, str], blocks: pd.DataFrame) -> pd.DataFrame:
    """One row per quotation in the corpus.

    Columns: doc_id, quote_no (0-based within the document), block_id (block holding the
    first character), block_ids (all blocks of a multi-paragraph quotation, as a tuple),
    char_start, char_end (offsets of the quoted words in the document text), text,
    n_words, speaker, speaker_mention, cue, method, partial, and ``kind``/``zone`` of the
    first block when ``blocks`` has those columns.
    """
    rows = []
    for doc_id, text in texts.items():
        qs = find_quotes(text)
        for no, q in enumerate(qs):
            rows.append({"doc_id": doc_id, "quote_no": no, "group": q["group"],
                         "char_start": q["start"], "char_end": q["end"], "text": q["text"],
                         "n_words": q["n_words"], "speaker": q["speaker"],
                         "speaker_mention": q["speaker_mention"], "cue": q["cue"],
                         "method": q["method"], "partial": q["partial"]})
    cols = ["doc_id", "quote_no", "block_id", "block_ids", "char_start", "char_end", "text",
            "n_words", "speaker", "speaker_mention", "cue", "method", "partial"]
    extra = [c for c in ("kind", "zone") if c in blocks.columns]
    if not rows:
        return pd.DataFrame(columns=cols + extra)
    q = pd.DataFrame(rows)
    q["block_id"] = _block_of(q, blocks)
    groups = q.groupby(["doc_id", "group"])["block_id"]
    q["block_ids"] = groups.transform(
        lambda ids: pd.Series([tuple(ids)] * len(ids), index=ids.index))
    q["block_id"] = groups.transform("first")
    if extra:
        q = q.merge(blocks[["doc_id", "block_id", *extra]], on=["doc_id", "block_id"], how="left")
    return q[cols + extra].reset_index(drop=True)


def _block_of(q: pd.DataFrame, blocks: pd.DataFrame) -> np.ndarray:
    """block_id of the block holding each quotation's first character (-1 when none).

    One searchsorted over (document, char_start) keys of all blocks at once.
    """
    docs = pd.Index(pd.unique(pd.concat([blocks["doc_id"], q["doc_id"]], ignore_index=True)))
    stride = int(max(blocks["char_end"].max() if len(blocks) else 0, q["char_end"].max())) + 1
    bdoc = docs.get_indexer(blocks["doc_id"]).astype(np.int64)
    bkey = bdoc * stride + blocks["char_start"].to_numpy()
    order = np.argsort(bkey, kind="stable")
    bkey, bids = bkey[order], blocks["block_id"].to_numpy()[order]
    qdoc = docs.get_indexer(q["doc_id"]).astype(np.int64)
    pos = np.searchsorted(bkey, qdoc * stride + q["char_start"].to_numpy(), side="right") - 1
    ok = (pos >= 0) & (bkey[np.clip(pos, 0, None)] // stride == qdoc)
    return np.where(ok, bids[np.clip(pos, 0, None)], -1)


def quote_density(quotes: pd.DataFrame, blocks: pd.DataFrame, by: str = "document") -> pd.DataFrame:
    """How much of each document (or each document zone) is quotation.

    Columns: doc_id (+ zone when ``by="zone"``), n_words (words in the blocks),
    quoted_words (words inside quotations), quoted_share (quoted_words / n_words),
    n_quotes, quotes_per_1000_words, n_speakers (distinct named speakers).
    """
    keys = ["doc_id"] if by == "document" else ["doc_id", "zone"]
    if by not in ("document", "zone"):
        raise ValueError("by must be 'document' or 'zone'")
    if by == "zone" and "zone" not in quotes.columns and len(quotes):
        quotes = quotes.merge(blocks[["doc_id", "block_id", "zone"]], on=["doc_id", "block_id"],
                              how="left")
    words = blocks.groupby(keys, observed=True)["n_words"].sum().rename("n_words").reset_index()
    if len(quotes):
        qs = quotes.groupby(keys, observed=True).agg(
            quoted_words=("n_words", "sum"), n_quotes=("n_words", "size"),
            n_speakers=("speaker", "nunique")).reset_index()
        out = words.merge(qs, on=keys, how="left")
    else:
        out = words.assign(quoted_words=0, n_quotes=0, n_speakers=0)
    out = out.fillna({"quoted_words": 0, "n_quotes": 0, "n_speakers": 0})
    for c in ("quoted_words", "n_quotes", "n_speakers"):
        out[c] = out[c].astype(int)
    denom = out["n_words"].where(out["n_words"] > 0)
    out["quoted_share"] = (out["quoted_words"] / denom).fillna(0.0)
    out["quotes_per_1000_words"] = (1000 * out["n_quotes"] / denom).fillna(0.0)
    return out[keys + ["n_words", "quoted_words", "quoted_share", "n_quotes",
                                     "quotes_per_1000_words", "n_speakers"]]


def share_of_voice(quotes: pd.DataFrame) -> pd.DataFrame:
    """Words quoted per speaker per document.

    Columns: doc_id, speaker ("(unattributed)" when none was found), n_quotes,
    quoted_words, share (the speaker's quoted words over all quoted words of the document).
    """
    cols = ["doc_id", "speaker", "n_quotes", "quoted_words", "share"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    q = quotes.assign(speaker=quotes["speaker"].fillna("(unattributed)"))
    g = q.groupby(["doc_id", "speaker"]).agg(n_quotes=("n_words", "size"),
                                              quoted_words=("n_words", "sum")).reset_index()
    tot = g.groupby("doc_id")["quoted_words"].transform("sum")
    g["share"] = (g["quoted_words"] / tot.where(tot > 0)).fillna(0.0)
    g = g.sort_values(["doc_id", "quoted_words"], ascending=[True, False])
    return g[cols].reset_index(drop=True)


# ---------------------------------------------------------------- prediction interface


def predict_record(text: str) -> dict:
    """``{"quotes": [{"start", "end", "speaker"}]}`` for every quotation in ``text``."""
    return {"quotes": [{"start": q["start"], "end": q["end"], "speaker": q["speaker"]}
                       for q in find_quotes(text)]}


def fallback_record(text: str) -> dict:
    """The answer when ``predict_record`` raised: no quotations."""
    return {"quotes": []}
