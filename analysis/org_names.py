"""Organisation names in a document, and the descriptions that can stand for them.

A definite description of an organisation ("the company", "the ministry":
``quote_org_nouns.txt``) stands for an organisation name of its kind: a capitalised run
whose head word fits the kind ("Seafoods", "Ministry of ..."), or a name the document
itself calls "the ... company". This module finds the names and their kinds;
``analysis.speakers`` picks the one a description resolves to.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from analysis import names
from analysis.tables import read_lines

DATA = Path(__file__).resolve().parent / "data"


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
_POSSESSIVE_END_RE = re.compile(r"['\u2019]s?$")


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
        words[-1] = _POSSESSIVE_END_RE.sub("", words[-1])
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
