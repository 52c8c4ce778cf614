"""Data tables of the actor layer and their look-ups, each read once and cached.

- :func:`country_forms`, :func:`country_of` -- country names, aliases and demonyms
  (``data/demonyms.csv`` plus pycountry's country names): "the Russians" -> Russia;
- :func:`capitals` -- capitals that may stand for their country (``data/capitals.csv``);
- :func:`title_re`, :func:`leading_title_re` -- titles and roles (``data/titles.csv``);
- :func:`organisation_forms`, :func:`group_forms` -- ``data/organisations.csv`` ("U.N." ->
  United Nations) and ``data/groups.csv`` ("Muslim" -> Muslims);
- :func:`place_words`, :func:`place_word_type` -- first/last words that make a name a
  place or an organisation (``data/place_words.csv``: "Harlow Avenue", "Port Callow");
- :func:`not_names` -- words never a name on their own (``data/not_names.txt``);
- :func:`subdivision_names` -- regions and states (pycountry), never inferred countries.
"""
from __future__ import annotations

import re
from functools import lru_cache

from analysis.tables import read_csv, read_lines

_WS_RE = re.compile(r"\s+")
ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")
_POSS_RE = re.compile(r"['\u2019]s?$")


def norm(s: str) -> str:
    """``s`` with runs of white space made one space, stripped (the form tables key on)."""
    return _WS_RE.sub(" ", s).strip()


@lru_cache(maxsize=1)
def country_forms() -> dict[str, tuple[str, str]]:
    """Surface form -> (country, how): how is name, alias, adjective or people.

    From ``data/demonyms.csv`` plus pycountry's country names."""
    import pycountry

    forms: dict[str, tuple[str, str]] = {}
    rows = read_csv("demonyms.csv")
    for row in rows:
        c = row["country"]
        forms.setdefault(c, (c, "name"))
        for a in filter(None, row["aliases"].split("|")):
            forms.setdefault(a, (c, "alias"))
        for a in filter(None, row["adjective"].split("|")):
            forms.setdefault(a, (c, "adjective"))
        for a in filter(None, row["people"].split("|")):
            forms.setdefault(a, (c, "people"))
    known = {row["country"] for row in rows}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if "," in name or "(" in name:
            continue
        canon = name if name not in forms else forms[name][0]
        if canon not in known:
            forms.setdefault(name, (canon, "name"))
    return forms


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city -> country it may stand for (``data/capitals.csv``)."""
    return {row["capital"]: row["country"] for row in read_csv("capitals.csv")}


def _title_alternation() -> str:
    """The titles of ``data/titles.csv`` as one regex alternation, longest first."""
    titles = sorted({r["title"] for r in read_csv("titles.csv")}, key=lambda t: (-len(t), t))
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)


@lru_cache(maxsize=1)
def title_re() -> re.Pattern:
    """Titles/roles directly before a name, e.g. 'U.S. Secretary of State ' -> group 'title'."""
    alt = _title_alternation()
    return re.compile(rf"(?:^|(?<=[\s\"'(\u201c]))(?P<title>(?:(?:{alt})\s+)+)$", re.I)


@lru_cache(maxsize=1)
def leading_title_re() -> re.Pattern:
    """One or more titles/roles (a tagged person span may start with them)."""
    alt = _title_alternation()
    return re.compile(rf"(?:(?:{alt})\s+)+", re.I)


def _name_forms(table: str, column: str) -> dict[str, str]:
    """Surface form -> canonical name from ``data/table``: each row's ``name`` and the
    ``|``-separated forms of ``column`` (the first row giving a form wins)."""
    forms: dict[str, str] = {}
    for row in read_csv(table):
        forms.setdefault(row["name"], row["name"])
        for a in filter(None, row[column].split("|")):
            forms.setdefault(a, row["name"])
    return forms


@lru_cache(maxsize=1)
def organisation_forms() -> dict[str, str]:
    """Surface form -> canonical organisation name (``data/organisations.csv``)."""
    return _name_forms("organisations.csv", "aliases")


@lru_cache(maxsize=1)
def place_words() -> dict[tuple[str, str], str]:
    """(position, word) -> place/organisation (``data/place_words.csv``): ("last", "Street"),
    ("first", "Port"), ("last", "Hospital")."""
    return {(r["position"], r["word"]): r["type"] for r in read_csv("place_words.csv")}


def place_word_type(t: str) -> str | None:
    """place/organisation when the name's first or last word says so (``place_words``)."""
    words = t.split(" ")
    if len(words) < 2:
        return None
    table = place_words()
    return table.get(("last", words[-1])) or table.get(("first", words[0]))


@lru_cache(maxsize=1)
def group_forms() -> dict[str, str]:
    """Surface form -> canonical group name (``data/groups.csv``: "Muslim" -> "Muslims")."""
    return _name_forms("groups.csv", "forms")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Lower-cased words never a name on their own (``data/not_names.txt``)."""
    return frozenset(w.lower() for w in read_lines("not_names.txt"))


def country_of(surface: str, local: dict | None = None) -> tuple[str, str] | None:
    """(country, how) for a surface form ("the Russians" -> ("Russia", "people")), from the
    tables plus ``local`` (forms inferred in the document), else None."""
    s = _POSS_RE.sub("", ARTICLE_RE.sub("", norm(surface)))
    for forms in (local or {}, country_forms()):
        if s in forms:
            return forms[s]
        if s.isupper() and len(s) > 4 and s.title() in forms:   # RUSSIA in a caps headline
            return forms[s.title()]
    return None


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """Names of regions and states (pycountry's subdivisions)."""
    import pycountry

    return frozenset(sd.name for sd in pycountry.subdivisions)
