"""The words naming a speaker next to a reporting verb, as a ``Mention``.

``np_forward`` reads the phrase after a verb ("said President Putin, ..."),
``np_backward`` the phrase before it ("Trump has repeatedly said", "Ben Jealous, the
former president of the NAACP, said", "Sen. Marco Rubio (R-Fla.) said"; an organisation
when no person stands in the appositives), ``common_noun`` a short determiner phrase
("the commission", "a senior aide"). A phrase holds names, titles and roles
(``titles.txt``, via ``analysis.names``), "of" and "the"; a pronoun (``quote_pronouns.csv``) is a mention of
its own. Who a mention stands for is ``analysis.speakers``' job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis import names
from analysis.org_names import is_organisation_name
from analysis.quote_spans import abbreviations, is_abbrev
from analysis.tables import read_lines

_TOKEN_RE = re.compile(r"\S+")
_TRAILING_SMALL = frozenset("of the and for at a an &".split())
#: lower-case words that end a speaker phrase ("said Trump in a statement")
_FUNCTION_WORDS = frozenset("""in on at to from during who whom whose which that when where after
before as with about for by is was were are has had have will would said says told while
because since if but or nor so than then though although according""".split())
#: words that may stand between a subject and its verb as a time phrase ("Beck on Wednesday said")
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday on
today yesterday tonight week month year morning afternoon evening night last this earlier
""".split())
_DETERMINERS = frozenset("the a an another one his her their its our this that".split())
#: a phrase ending in initials ("John F.", "U.S."): its final "." stays
_INITIALS_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")


@cache
def pronouns() -> dict[str, str]:
    """Pronoun -> gender letter (m, f, x, n)."""
    out = {}
    for line in read_lines("quote_pronouns.csv")[1:]:
        p, g, _ = line.split(",")
        out[p] = g
    return out


@cache
def adverbs() -> frozenset[str]:
    """Adverbs and auxiliaries that may stand between a subject and its verb."""
    return frozenset(read_lines("quote_adverbs.txt"))


@dataclass
class Mention:
    """Words naming a speaker as written, their offsets, and whether they are a pronoun."""
    text: str
    start: int
    end: int
    pronoun: bool = False


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, token) of the whitespace-separated tokens of ``text[lo:hi]``."""
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(text, lo, hi)]


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


def _clean_mention(toks: list[tuple[int, int, str]]) -> Mention | None:
    """The tokens as a mention, small words at the ends and a sentence's final "." left out."""
    while toks and toks[0][2].lower().strip(",") in ("of", "and", "for", "at", "&"):
        toks = toks[1:]
    while toks and toks[-1][2].lower().strip(",") in _TRAILING_SMALL:
        toks = toks[:-1]
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    txt = " ".join(t[2] for t in toks).strip(",;:")
    if txt.endswith(".") and not txt.endswith(("Jr.", "Sr.")) and \
            not _INITIALS_END_RE.search(txt):
        txt = txt[:-1]
    if not any(c.isalpha() for c in txt):
        return None
    return Mention(txt, s, e, False)


def np_forward(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker phrase right after a reporting verb ("said President Putin, ...")."""
    toks = tokens(text, lo, min(hi, lo + 200))
    if not toks:
        return None
    first = toks[0][2].strip(",.;:").lower()
    if first in pronouns():
        return Mention(toks[0][2].strip(",.;:"), toks[0][0], toks[0][0] + len(first), True)
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
        if tok.endswith((",", ";", ":")) or (tok.endswith(".") and not is_abbrev(text, e - 1)):
            break
        if tok.endswith(("\"", "\u201c", "\u201d")):
            break
    return _clean_mention(got)


def np_backward(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker phrase right before a reporting verb ending at ``hi``."""
    toks = tokens(text, lo, hi)
    # skip adverbs/auxiliaries and time words between subject and verb
    # ("Trump has repeatedly said", "Beck on Wednesday called")
    while toks and (toks[-1][2].lower() in adverbs() or toks[-1][2].lower() in _TIME_WORDS):
        toks.pop()
    if not toks:
        return None
    last = toks[-1][2].lower()
    if last in pronouns():
        s, e, tok = toks[-1]
        return Mention(tok, s, e, True)
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


def _np_backward_core(toks: list[tuple[int, int, str]]) -> Mention | None:
    got = []
    for i in range(len(toks) - 1, max(-1, len(toks) - 13), -1):
        s, e, tok = toks[i]
        if got and (tok.endswith((",", ";", ":", "\"", "\u201d")) or
                    (tok.endswith(".") and len(tok) > 2 and not names.is_title_word(tok)
                     and tok.lower().rstrip(".") not in abbreviations())):
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


def common_noun(toks: list[tuple[int, int, str]]) -> Mention | None:
    """A short determiner phrase as a speaker: "the commission", "a senior aide"."""
    while toks and toks[-1][2].lower() in adverbs():
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
    return Mention(" ".join(t[2] for t in toks), toks[0][0], toks[-1][1], False)
