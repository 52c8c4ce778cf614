"""Person-name helpers without a trained model.

Generic building blocks shared by the quote layer and the actor layer:

- ``split_title(mention) -> (titles, name)``: separate the titles, roles and
  organisation words written before a name ("U.S. Institute of Peace analyst
  Steve Heydemann" -> ("U.S. Institute of Peace analyst", "Steve Heydemann")).
- ``canonical_person(mention, known_names) -> str``: the full name a mention
  stands for within one document ("Secretary Kerry" -> "John Kerry" when
  "John Kerry" was named before).
- ``person_names(text)``: capitalised-token heuristics for the person names
  written in a text (with the titles found before them).
- ``TitleBook``: who held which title earlier in a document, so a title-only
  mention ("the U.S. secretary of state") resolves to a person.
- ``is_person_name(name)``: whether a name can be a person rather than an organisation,
  medium or place; ``first_name_gender(first)``: "m", "f" or "x" for pronoun agreement.

Tables (``analysis/data/``): ``titles.txt`` (titles and roles), ``quote_stop_caps.txt``
(capitalised words that never belong to a name), ``quote_non_person_words.txt`` (with the
NER helper's ``org_words.txt`` when present: words that make a name an organisation,
medium or place), ``quote_first_names.csv`` (common first names and their gender);
country and state names come from ``pycountry``.
"""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterable
from .tables import read_lines

DATA = Path(__file__).resolve().parent / "data"

#: a capitalised word, or an Irish/Scottish/Arabic prefix before a capital ("McCain", "al-Assad")
_CAP_RE = re.compile(r"^(?:[A-Z\u00c0-\u00de]|(?:Mc|Mac|O['\u2019]|D['\u2019]|al-|el-)[A-Z])")
_PARTICLES = frozenset("de del della der di du da van von bin ibn al el la le st. st".split())
_POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
_CONTRACTION_RE = re.compile(r"['\u2019](?:t|ll|re|ve|d|m)$", re.I)
_EDGE_PUNCT = ".,;:!?\"'\u2018\u2019\u201c\u201d()[]"
#: punctuation stripped from a name's inner words (an apostrophe stays: "Farmers' Federation")
_INNER_STRIP_RE = re.compile(r"^[\"\u201c\u201d(\[]+|[\"\u201c\u201d,;:!?)\]]+$")
_PAREN_RE = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
#: a run of capitalised name tokens (two or more) -- the candidate names in a text
_LOWER = "a-z\u00df-\u00ff"
_NAME_TOKEN = (rf"(?:Mc[A-Z][{_LOWER}]+|O['\u2019][A-Z][{_LOWER}]+|(?:[A-Z]\.){{2,3}}"
               rf"|[A-Z][{_LOWER}]+(?:[-'\u2019][A-Z]?[{_LOWER}]+)*|[A-Z]\.(?![A-Z]))")
_NAME_RUN_RE = re.compile(
    r"(?<![\w.])" + _NAME_TOKEN + r"(?:[ \t\u00a0]+(?:" + _NAME_TOKEN +
    r"|(?:de|van|von|bin)\b|al-[A-Z][a-z]+|Jr\.?|Sr\.?|II|III)){1,5}(?![\w])")



@cache
def titles() -> frozenset[str]:
    """Lower-cased titles and roles (single and multi-word) from ``titles.txt``."""
    return frozenset(read_lines("titles.txt"))


@cache
def title_words() -> frozenset[str]:
    """Every word occurring in a title, lower-cased, dots kept and dropped."""
    words = set()
    for t in titles():
        for w in t.split():
            words.add(w)
            words.add(w.rstrip("."))
    return frozenset(words - {"of", "and", "the"})


@cache
def stop_caps() -> frozenset[str]:
    """Capitalised words that never belong to a person's name."""
    return frozenset(read_lines("quote_stop_caps.txt"))


def _clean(tok: str) -> str:
    return tok.strip(_EDGE_PUNCT.replace(".", ""))


def is_title_word(tok: str) -> bool:
    """True for a word that belongs to a title or role ("Sen.", "analyst", "former")."""
    low = tok.lower().strip(",;:")
    return low in title_words() or low.rstrip(".") in title_words() or low.startswith("then-") \
        or low.startswith("ex-")


def is_name_token(tok: str) -> bool:
    """True for a token that can be part of a person's name (capitalised, not a title)."""
    t = _clean(tok)
    if not t:
        return False
    if t.lower() in _PARTICLES or t.lower().rstrip(".") in _SUFFIXES:
        return True
    if not _CAP_RE.match(t) or _CONTRACTION_RE.search(t):
        return False
    return t.lower() not in stop_caps() and not is_title_word(t)


def split_title(mention: str) -> tuple[str, str]:
    """Split a person mention into (titles, name).

    Everything up to and including the last title/role word (and any organisation or
    country words before it) is the title part; the trailing run of capitalised name
    tokens is the name. Appositions after a comma ("Brad Sherman, pastor of ...") and a
    possessive "'s" are dropped. A mention without a name gives ``(mention, "")``.

    >>> split_title("U.S. Institute of Peace analyst Steve Heydemann")
    ('U.S. Institute of Peace analyst', 'Steve Heydemann')
    >>> split_title("President Putin")
    ('President', 'Putin')
    """
    mention = " ".join(_PAREN_RE.sub(" ", mention).split())
    head = mention.split(",")[0].strip()
    toks = head.split()
    if not toks:
        return "", ""
    # trailing run of name tokens
    i = len(toks)
    while i > 0 and is_name_token(toks[i - 1]):
        i -= 1
    name_toks = toks[i:]
    while name_toks and _clean(name_toks[0]).lower().rstrip(".") in _SUFFIXES:
        name_toks = name_toks[1:]
        i += 1
    if not name_toks:
        return head, ""
    # "Stephen Vladeck of the University of Texas": a first name opens the person's name
    if not (i > 0 and is_title_word(toks[i - 1])):
        a = 0
        while a < i:
            b = a
            while b < i and is_name_token(toks[b]):
                b += 1
            if b - a >= 2 and b < i and toks[b] == "of" and \
                    first_name_gender(_clean(toks[a])) != "x":
                return " ".join(toks[:a]), " ".join(_clean(t) for t in toks[a:b])
            a = b + 1
    # "Barbara Mikulski of Maryland": the person is the name before "of";
    # "the Talmorese Ministry of Energy": an organisation keeps its "of"
    if i >= 2 and toks[i - 1] == "of" and is_name_token(toks[i - 2]):
        j = i - 1
        while j > 0 and is_name_token(toks[j - 1]):
            j -= 1
        if any(_clean(t) in _non_person_words() for t in toks[j:i - 1]):
            i = j
            name_toks = toks[i:]
        elif i - 1 - j >= 2 or (j > 0 and is_title_word(toks[j - 1])):
            toks, i = toks[:i - 1], j
            name_toks = toks[i:]
    last = _POSSESSIVE_RE.sub("", name_toks[-1].rstrip(".,;:"))
    if last.lower().rstrip(".") in _SUFFIXES and len(name_toks) > 1:
        name_toks = name_toks[:-1]
        last = name_toks[-1].rstrip(",;:")
    name_toks = [_INNER_STRIP_RE.sub("", t) for t in name_toks[:-1]] + [_clean(last)]
    name = " ".join(name_toks).strip()
    return " ".join(toks[:i]), name


@cache
def _first_names() -> dict[str, str]:
    out = {}
    for line in read_lines("quote_first_names.csv")[1:]:
        name, gender = line.split(",")
        out[name.lower()] = gender
    return out


def first_name_gender(first: str) -> str:
    """'m' or 'f' for a common first name (``quote_first_names.csv``), 'x' when unknown."""
    return _first_names().get(first.lower().strip("."), "x")


@cache
def _non_person_words() -> frozenset[str]:
    words = set(read_lines("quote_non_person_words.txt"))
    org = DATA / "org_words.txt"          # the NER helper's organisation words, when present
    if org.exists():
        words |= set(read_lines("org_words.txt"))
    return frozenset(words)


@cache
def _place_names() -> frozenset[str]:
    """Country names and the states/provinces of a few English-speaking countries."""
    import pycountry
    out = set()
    for c in pycountry.countries:
        out.add(c.name.lower())
        out.add(getattr(c, "common_name", c.name).lower())
    for cc in ("US", "CA", "GB", "AU", "IN"):
        for sub in pycountry.subdivisions.get(country_code=cc) or ():
            out.add(sub.name.lower())
    return frozenset(out)


def is_person_name(name: str) -> bool:
    """Heuristic: could ``name`` (titles stripped) be a person rather than an organisation,
    medium or place? No organisation/medium word, not a country or state name, not
    starting with a sentence word ("Some Clinton")."""
    toks = name.split()
    if not toks or name.lower() in _place_names():
        return False
    if any(t.lower() in stop_caps() for t in toks[:-1]):
        return False
    return not any(t.strip(".,'\u2019") in _non_person_words() or t.endswith(("'s", "\u2019s"))
                   for t in toks)


def surname(name: str) -> str:
    """Last token of a name, lower-cased, suffixes ("Jr.") dropped."""
    toks = [t for t in name.split() if t.lower().rstrip(".") not in _SUFFIXES]
    return toks[-1].lower().strip(".") if toks else ""


def canonical_person(mention: str, known_names: Iterable[str]) -> str:
    """Full name a mention stands for, given the names known earlier in the document.

    Titles are stripped; a name with fewer tokens than a known name ending in the same
    surname (the most recently added wins when ``known_names`` is ordered) is expanded
    to it: "Kerry" -> "John Kerry", "Secretary Kerry" -> "John Kerry"; a lone first name
    with no such surname match expands to the known name it opens ("Jordan" -> "Jordan
    Stewart"). Without a match the stripped name (or the mention itself when no name is
    left) is returned.
    """
    _, name = split_title(mention)
    if not name:
        return mention.strip()
    toks = name.split()
    sur = surname(name)
    best = None
    for known in known_names:
        ktoks = known.split()
        if len(ktoks) < len(toks) or known == name or surname(known) != sur:
            continue
        # the mention's other tokens must be in the known name, initials by their letter
        # ("J. Kerry", "John F. Kerry" -> "John Forbes Kerry")
        if all(t in ktoks or (len(t.rstrip(".")) == 1 and t[:1] in {k[:1] for k in ktoks})
               for t in toks[:-1]):
            best = known
    if best is None and len(toks) == 1:
        # a first name alone ("Jordan said", feature style): the full name it opens
        for known in known_names:
            ktoks = known.split()
            if len(ktoks) >= 2 and ktoks[0] == toks[0]:
                best = known
    return best or name


def person_names(text: str, start: int = 0,
                 end: int | None = None) -> list[tuple[int, int, str, str]]:
    """Candidate person names in ``text[start:end]`` by capitalised-token heuristics.

    Returns ``(char_start, char_end, titles, name)`` for each run of two or more
    capitalised tokens that still holds at least two name tokens after titles are
    split off (so "Secretary Kerry" gives nothing, "Secretary of State John Kerry"
    gives "John Kerry" with titles "Secretary of State"). The titles are the title
    words written right before the run as well ("U.S. Secretary of State").
    """
    out = []
    end = len(text) if end is None else end
    for m in _NAME_RUN_RE.finditer(text, start, end):
        toks = m.group(0).split()
        # drop leading stop words ("The", "When", months) and titles
        k = 0
        while k < len(toks) and (_clean(toks[k]).lower() in stop_caps() or is_title_word(toks[k])):
            k += 1
        # "Russian President Vladimir Putin": the name starts after the last title word
        for j in range(len(toks) - 1, k - 1, -1):
            if is_title_word(toks[j]):
                k = j + 1
                break
        name_toks = toks[k:]
        if len(name_toks) < 2 or not all(is_name_token(t) for t in name_toks):
            continue
        if _clean(name_toks[0]).lower() in _PARTICLES:
            continue
        name = " ".join(_clean(t) for t in name_toks)
        name = _POSSESSIVE_RE.sub("", name) if name.endswith(("'s", "\u2019s")) else name
        title_part = " ".join(toks[:k])
        before = _title_before(text, m.start())
        if before:
            title_part = (before + " " + title_part).strip()
        n_start = m.start() + len(" ".join(toks[:k])) + (1 if k else 0)
        out.append((n_start, m.end(), title_part, name))
    return out


_TITLE_BEFORE_RE = re.compile(r"((?:[\w.\-']+\s+){1,6})$")


def _title_before(text: str, pos: int) -> str:
    """Title words right before ``pos`` ("U.S. Secretary of State " before "John Kerry")."""
    m = _TITLE_BEFORE_RE.search(text, max(0, pos - 80), pos)
    if not m:
        return ""
    toks = m.group(1).split()
    k = len(toks)
    keep = k
    while k > 0:
        t = toks[k - 1]
        low = t.lower()
        if is_title_word(t):
            keep = k - 1
        elif low in ("of", "the", "and") or (_CAP_RE.match(t) and low not in stop_caps()):
            pass
        else:
            break
        k -= 1
    part = toks[keep:]
    # the title phrase must contain a title word
    return " ".join(part) if any(is_title_word(t) for t in part) else ""


_NORM_TITLE_RE = re.compile(r"[^a-z\- ]+")


@lru_cache(maxsize=4096)
def title_keys(title_text: str) -> tuple[str, ...]:
    """Lookup keys for a title phrase, most specific first.

    "U.S. Secretary of State" -> ["secretary of state", "secretary"]; country and
    organisation words are dropped, only title words (and "of"/"state" inside a known
    multi-word title) are kept.
    """
    low = " ".join(_NORM_TITLE_RE.sub(" ", title_text.lower().replace(".", "")).split())
    words = set(low.split())
    return tuple(t for t, first, rx in _title_patterns() if first in words and rx.search(low))


@cache
def _title_patterns() -> list[tuple[str, str, re.Pattern]]:
    keys = {t.replace(".", "") for t in titles()} - {"former", "then-", "then", ""}
    return [(t, t.split()[0], re.compile(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])"))
            for t in sorted(keys, key=len, reverse=True)]


class TitleBook:
    """Who held which title, in document order.

    ``add(title_text, name, pos)`` records that ``name`` was written with ``title_text``
    at offset ``pos`` (titles are keyed by ``title_keys``); ``lookup(title_text, before)``
    gives the latest holder of the most specific matching title written before ``before``
    (anywhere when ``before`` is None).
    """

    def __init__(self) -> None:
        self._holders: dict[str, list[tuple[int, str]]] = {}

    def add(self, title_text: str, name: str, pos: int = 0) -> None:
        for key in title_keys(title_text):
            holders = self._holders.setdefault(key, [])
            holders.insert(bisect.bisect_right(holders, (pos, "\uffff")), (pos, name))

    def lookup(self, title_text: str, before: int | None = None) -> str | None:
        for key in title_keys(title_text):
            holders = self._holders.get(key)
            if not holders:
                continue
            k = len(holders) if before is None else bisect.bisect_left(holders, (before, ""))
            if k:
                return holders[k - 1][1]
        return None
