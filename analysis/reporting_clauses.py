"""Reporting clauses around a quotation: the cue and the mention of its speaker.

Cues are reporting verbs (``reporting_verbs.txt``; weak cues such as "called" frame
fragments), "according to", a colon or a dash, read by their order around the quotation:
right after its closing mark (``attribution_after``: `, he said`, `said X`, `X said`),
right before its opening mark (``attribution_before``: `X said: "`, `He added that "`,
`Kerry called it "`), or later in its sentence (``attribution_later``: `"..." -- Julie
Diaz.`, `..., said X`). Each gives an ``Attribution``: the mention (None when the verb
takes the sentence's subject, "..., and added:"), the cue as written, the method and the
cue's offset. ``speech_events`` lists every "X said" of a document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis import names
from analysis.quote_spans import is_abbrev
from analysis.speaker_phrases import Mention, adverbs, common_noun, np_backward, np_forward, tokens
from analysis.tables import read_lines

_ACCORDING_RE = re.compile(r"\baccording\s+to\s+", re.I)
_CONJ = frozenset("and but or then while".split())
_PASSIVE = frozenset("be been being was were is are".split())
_DASH_RE = re.compile(r"\s*[\u2015\u2014\u2013]\s*|\s+-{1,2}\s*")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")


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


def cue_word(tok: str) -> str:
    """A reporting verb as written, lower case, without punctuation ("said")."""
    return tok.strip(",.:;!?\"'\u201c\u201d\u2019").lower()


def verb_of(tok: str) -> tuple[str, bool] | None:
    """(lemma, weak) when ``tok`` is a reporting verb."""
    return reporting_verbs().get(cue_word(tok))


def has_verb(text: str, lo: int, hi: int) -> bool:
    """A reporting verb (any form, weak ones too) or "according to" in ``text[lo:hi]``."""
    verbs = reporting_verbs()
    return any(m.group(0) in verbs for m in _LOWER_WORD_RE.finditer(text, lo, hi)) or \
        bool(_ACCORDING_RE.search(text, lo, hi))


@dataclass
class Attribution:
    """A reporting clause: its speaker mention (None: the sentence's subject), cue, method."""
    mention: Mention | None
    cue: str
    method: str
    pos: int                      # where the cue is (for ordering)


def attribution_after(text: str, lo: int, hi: int) -> Attribution | None:
    """A reporting clause right after a closing mark: `, he said`, `said X`, `X said`."""
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    first = toks[0][2]
    if first[0] in "\"\u201c\u201d":
        return None
    # "according to X"
    m = _ACCORDING_RE.match(text, toks[0][0]) if first.lower().lstrip(",") == "according" else None
    if m:
        np_ = _source_of_document(text, m.end(), hi) or np_forward(text, m.end(), hi)
        if np_:
            return Attribution(np_, "according to", "explicit after", m.start())
    # verb first: "said President Putin", "asked the senator"
    v = verb_of(first)
    if v and not v[1] and first[0].islower() and not first.endswith((".", ",")):
        np_ = np_forward(text, toks[0][1], hi)
        if np_:
            return Attribution(np_, cue_word(first), "explicit after", toks[0][0])
    # subject first: "he said", "Trump told reporters", "Ben Jealous, the ..., said"
    for k, (s, e, tok) in enumerate(toks[:16]):
        vv = verb_of(tok)
        if vv and k > 0 and tok[0].islower():
            np_ = np_backward(text, toks[0][0], toks[k - 1][1]) or common_noun(toks[:k])
            if np_ is None:
                return None
            if np_.start != toks[0][0] and not np_.pronoun and not names.split_title(np_.text)[1]:
                return None        # "... the way the senator said" is no attribution
            return Attribution(np_, cue_word(tok),
                               "pronoun" if np_.pronoun else "explicit after", s)
        if tok.endswith((".", "!", "?")) and not is_abbrev(text, e - 1) \
                and not names.is_title_word(tok):
            break
    return None


_DOC_SOURCE_RE = re.compile(r"(?:an?|the|one)\s+(?:[a-z\-]+\s+){0,3}?(?:from|by|of)\s+(?=\S)")


def _source_of_document(text: str, lo: int, hi: int) -> Mention | None:
    """The person behind a document or statement after "according to": "according to an
    internal memo from Karimova" -> Karimova."""
    dm = _DOC_SOURCE_RE.match(text, lo, hi)
    if not dm:
        return None
    np_ = np_forward(text, dm.end(), hi)
    if np_ and not np_.pronoun and names.split_title(np_.text)[1]:
        return np_
    return None


def attribution_later(text: str, lo: int, hi: int) -> Attribution | None:
    """A reporting clause later in the sentence after the quotation.

    `"..." -- Julie Diaz.` (a dash and a name), `"..." about the decision, said RoseAnn
    DeMoro`, `"..." in contrast to X, Dante Scala said`.
    """
    dm = _DASH_RE.match(text, lo, hi)
    if dm:
        np_ = np_forward(text, dm.end(), hi)
        if np_ and not np_.pronoun and names.split_title(np_.text)[1] and \
                not text[np_.end:hi].strip().strip(".,"):
            return Attribution(np_, "\u2014", "explicit after", dm.start())
    toks = tokens(text, lo, hi)
    for k, (s, e, tok) in enumerate(toks):
        vv = verb_of(tok)
        if not vv or vv[1] or not tok[0].islower() or k == 0:
            continue
        if toks[k - 1][2].endswith(","):      # ", said X"
            np_ = np_forward(text, e, hi)
        else:                                  # "X said"
            np_ = np_backward(text, lo, toks[k - 1][1])
        if np_ is not None and (np_.pronoun or names.split_title(np_.text)[1]):
            return Attribution(np_, cue_word(tok),
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
    while j >= 0 and toks[j][2].lower() in adverbs():
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
        return np_backward(text, lo, toks[k][0]) or common_noun(toks[c + 1:k]) or _SENTENCE
    return np_backward(text, lo, toks[k][0]) or common_noun(toks[max(0, k - 5):k])


def attribution_before(text: str, lo: int, hi: int) -> Attribution | None:
    """A reporting clause ending right before an opening mark.

    `X said: "`, `Ryan said, "`, `He added that "`, `X said in a statement: "`,
    `Kerry called it "`, `according to X, "`, `Kasich resisted: "` (any verb before a colon).
    """
    seg = text[lo:hi].rstrip()
    end = lo + len(seg)
    toks = tokens(text, lo, end)
    if not toks:
        return None
    colon = seg.endswith(":")
    am = None
    for am in _ACCORDING_RE.finditer(text, lo, end):
        pass
    if am is not None and seg.endswith(","):
        np_ = np_forward(text, am.end(), end)
        if np_ and np_.end >= end - 2:
            return Attribution(np_, "according to", "explicit before", am.start())
    if toks[-1][2].lower() == "that" and len(toks) > 1:
        toks = toks[:-1]
    # the verb: the last word, or a few words back before a colon/comma ("X told reporters:")
    # or before the object of a weak cue ("Kerry called it")
    for k in range(len(toks) - 1, max(-1, len(toks) - 6), -1):
        vv = verb_of(toks[k][2])
        if vv is None or not toks[k][2][0].islower():
            continue
        if k < len(toks) - 1 and not (colon or seg.endswith(",") or vv[1]):
            break
        np_ = _subject_of(text, lo, toks, k)
        if np_ is _SENTENCE:
            return Attribution(None, cue_word(toks[k][2]), "explicit before", toks[k][0])
        if np_ is None:
            break
        return Attribution(np_, cue_word(toks[k][2]),
                           "pronoun" if np_.pronoun else "explicit before", toks[k][0])
    if colon:
        # "Kasich resisted:" (any verb), "Philip Bump:" (a name and a colon)
        last = toks[-1][2]
        verbish = len(toks) >= 2 and last[:1].islower() and last[:-1].isalpha()
        np_ = np_backward(text, lo, toks[-1][0] if verbish else end - 1)
        if np_ and names.split_title(np_.text)[1] and (not np_.pronoun or verbish):
            return Attribution(np_, ":", "pronoun" if np_.pronoun else "explicit before", end - 1)
    return None


def speech_events(text: str) -> list[tuple[int, Mention]]:
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
        np_ = np_backward(text, lo, m.start())
        if np_ is not None:
            out.append((m.start(), np_))
            continue
        np_ = np_forward(text, m.end(), min(len(text), m.end() + 200))
        if np_ is not None and not np_.pronoun:
            out.append((m.start(), np_))
    return out
