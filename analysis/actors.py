"""Actors: who a story is about (people, organisations, countries, places, groups).

Built on the named entities of :mod:`analysis.ner`. Three frames:

- :func:`mentions_frame` -- one row per mention of an actor in a block;
- :func:`actors_frame` -- one row per actor, with aliases, roles, affiliation, counts and
  whether the actor is quoted (joined from the quotes frame);
- :func:`cooccurrence` -- tidy pairs of actors seen in the same block or document.

Resolution rules (per document, then across documents):

- persons: titles are split off ("Secretary Kerry" -> role "Secretary", name "Kerry";
  the affiliation is the country/organisation written before the title: "Russian
  Foreign Minister" -> Russia); a surname-only name resolves to the full name used in
  the same document (the latest one written before it, else the first): "Kerry" ->
  "John Kerry", "Assad" -> "Bashar al-Assad"; a surname used attributively ("the Obama
  administration") is the person;
- countries: country names, aliases ("U.S.", "Britain"), demonyms ("Russian",
  "the Russians") and capitals used for the government ("Moscow says", "talks with
  Damascus", "the government in Damascus") resolve to one country actor (tables:
  ``data/demonyms.csv``, ``data/capitals.csv``). A capital after an article or a place
  preposition ("a Doha meeting", "a bakery in Jakarta") stays a city. A name the tables
  do not know is a country when its demonym is written too ("Varnia" ... "Varnian");
- organisations and groups from ``data/organisations.csv`` ("U.N." -> United Nations)
  and ``data/groups.csv`` ("Muslim" -> Muslims) whatever the tagger said; cue words
  decide a type too: "Harlow Avenue", "Port Callow", "St. Brigid's Hospital"
  (``data/place_words.csv``), "battery maker Voltaro", "the Serra river";
- clean-up: words that are never names are cut from a span's start ("And Obama",
  ``data/not_names.txt``); a Title Case headline word the text also writes in lower case
  is dropped ("Back"); spans holding two actors are split ("Kestria and Varnia",
  "Varnian Black Gulf"); a wire credit's outlet ("(Northfield Wire) —") is no actor;
- one type per name per document (majority, table/cue decisions first); a single word
  that is a person's surname in the document is that person ("the Assad army");
- once an actor is found in a document, its other surface forms are swept up in the
  same blocks even where the tagger missed them ("anti-Assad", "Iranian");
- across documents, the same (type, name) is one actor; a surname-only person with no
  full name in its document joins the one full name with that surname, when unique;
  countries recognised by their demonym in one document are countries in all.

``predict_record(text)`` is the ``predict actors`` answer for a whole page dump.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import ner
from analysis.tables import read_csv

DATA = Path(__file__).resolve().parent / "data"

MENTION_COLUMNS = ["doc_id", "block_id", "char_start", "char_end", "text", "actor_id", "type",
                   "name", "label", "role", "affiliation", "via"]
ACTOR_COLUMNS = ["actor_id", "name", "type", "aliases", "roles", "affiliation", "n_mentions",
                 "n_docs", "quoted", "n_quotes", "words_quoted"]
#: actor types -> the seed scorer's types (person/org/country/other)
SCORER_TYPE = {"person": "person", "organisation": "org", "country": "country",
               "place": "other", "group": "other"}
DEFAULT_KINDS = ("headline", "body")

_WS_RE = re.compile(r"\s+")
_ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")
_POSS_RE = re.compile(r"['\u2019]s?$")
_BEFORE_ARTICLE_RE = re.compile(r"(?:^|\s)(?:a|an|the|A|An|The)\s+$")
_NAME_PARTICLE_RE = re.compile(r"^(?:al|el|bin|ibn|abu|de|van|von|da|di)-", re.I)
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_GROUP_ENDINGS = ("ans", "ists", "ites", "ics", "ers", "ns")
_AND_RE = re.compile(r" (?:and|&) ")
#: a common noun for a company right before a name: "battery maker Voltaro"
_ORG_BEFORE_RE = re.compile(r"\b(?:maker|makers|company|firm|group|carmaker|automaker|chipmaker|"
                            r"retailer|bank|lender|insurer|manufacturer|producer|operator|"
                            r"startup|start-up|giant|conglomerate|airline|broadcaster|"
                            r"publisher|supplier|developer|brand|charity|union)\s+$")
#: a common noun for a geographic feature right after a name: "the Serra river"
_PLACE_AFTER_RE = re.compile(r"\s+(?:river|valley|lake|mountains?|region|province|island|"
                             r"islands|sea|gulf|desert|plains?|delta|basin|peninsula|coast|"
                             r"county|district|strait|canal)\b")
_SAINT_POSS_RE = re.compile(r"['\u2019]s(?: [A-Z][a-z]+)?(?![^\W_])")
_LOCATIVE_RE = re.compile(r"\b(?:in|at|to|from|near|via|into|outside|across|around)\s+$")
_GOVERNMENT_IN_RE = re.compile(r"\b(?:government|regime|authorities|leadership)\s+in\s+$")
_COORD_RE = re.compile(r"\s*(?:,|and|or)\s+$")
#: a wire credit in a dateline: "VELGRAD, July 3 (Northfield Wire) -- ..."
_WIRE_CREDIT_RE = re.compile(r"(?m)^[^\n(]{0,60}\(([A-Z][^()\n]{1,40})\)\s*[\u2014\u2013-]")
_TRAILING_RE = re.compile(r"(?:['\u2019]s?|[.,;:])$")
#: words after a capital that make it the government ("the Moscow government")
_GOVERNMENT_RE = re.compile(r"\s+(?:government|administration|authorities|leadership|regime)\b")
#: words after a surname that make it a person used attributively ("Obama administration")
_PERSON_ATTRIBUTIVE_RE = re.compile(r"(?:['\u2019]s)?\s+(?:administration|regime|presidency|"
                                    r"campaign|era)\b")


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

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


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    """Titles/roles directly before a name, e.g. 'U.S. Secretary of State ' -> group 'title'."""
    titles = sorted({r["title"] for r in read_csv("titles.csv")}, key=lambda t: (-len(t), t))
    alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    return re.compile(rf"(?:^|(?<=[\s\"'(\u201c]))(?P<title>(?:(?:{alt})\s+)+)$", re.I)


@lru_cache(maxsize=1)
def organisation_forms() -> dict[str, str]:
    """Surface form -> canonical organisation name (``data/organisations.csv``)."""
    forms: dict[str, str] = {}
    for row in read_csv("organisations.csv"):
        forms.setdefault(row["name"], row["name"])
        for a in filter(None, row["aliases"].split("|")):
            forms.setdefault(a, row["name"])
    return forms


@lru_cache(maxsize=1)
def place_words() -> dict[tuple[str, str], str]:
    """(position, word) -> place/organisation (``data/place_words.csv``): ("last", "Street"),
    ("first", "Port"), ("last", "Hospital")."""
    return {(r["position"], r["word"]): r["type"] for r in read_csv("place_words.csv")}


def _place_word_type(t: str) -> str | None:
    words = t.split(" ")
    if len(words) < 2:
        return None
    table = place_words()
    return table.get(("last", words[-1])) or table.get(("first", words[0]))


@lru_cache(maxsize=1)
def group_forms() -> dict[str, str]:
    """Surface form -> canonical group name (``data/groups.csv``: "Muslim" -> "Muslims")."""
    forms: dict[str, str] = {}
    for row in read_csv("groups.csv"):
        forms.setdefault(row["name"], row["name"])
        for a in filter(None, row["forms"].split("|")):
            forms.setdefault(a, row["name"])
    return forms


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Lower-cased words never a name on their own (``data/not_names.txt``)."""
    with open(DATA / "not_names.txt", encoding="utf-8") as f:
        return frozenset(ln.strip().lower() for ln in f if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _leading_title_re() -> re.Pattern:
    """One or more titles/roles (a tagged person span may start with them)."""
    titles = sorted({r["title"] for r in read_csv("titles.csv")}, key=lambda t: (-len(t), t))
    alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    return re.compile(rf"(?:(?:{alt})\s+)+", re.I)


def _norm(s: str) -> str:
    return _WS_RE.sub(" ", s).strip()


def slug(type_: str, name: str) -> str:
    """Stable readable actor id: ``person:john-kerry``."""
    return f"{type_}:{_SLUG_RE.sub('-', name.lower()).strip('-')}"


def _country_of(surface: str, local: dict | None = None) -> tuple[str, str] | None:
    """(country, how) for a surface form ("the Russians" -> ("Russia", "people")), from the
    tables plus ``local`` (forms inferred in the document), else None."""
    s = _POSS_RE.sub("", _ARTICLE_RE.sub("", _norm(surface)))
    for forms in (local or {}, country_forms()):
        if s in forms:
            return forms[s]
        if s.isupper() and len(s) > 4 and s.title() in forms:   # RUSSIA in a caps headline
            return forms[s.title()]
    return None


#: endings that turn a country's name into its demonym (Varnia -> Varnian, Talmor -> Talmorese)
_DEMONYM_ENDINGS = (("n", "adjective"), ("ns", "people"), ("an", "adjective"),
                    ("ans", "people"), ("ian", "adjective"), ("ians", "people"),
                    ("ese", "adjective"), ("i", "adjective"), ("is", "people"))


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    import pycountry

    return frozenset(sd.name for sd in pycountry.subdivisions)


def _inferred_countries(text: str, ents: list[dict]) -> dict[str, tuple[str, str]]:
    """Countries the tables do not know, recognised by their demonym in the same text:
    a single-word place/organisation name X (not a known country, capital or
    region/state) whose derived form (X+"n", X+"ese", X+"ian", ...) is also written in
    the text is a country, and that form is its demonym ("Varnia" ... "Varnian")."""
    out: dict[str, tuple[str, str]] = {}
    seen = set()
    cands = [x for e in ents if e["label"] in ("LOC", "ORG") for x in _AND_RE.split(e["text"])]
    for x in cands:
        if (" " in x or not x[:1].isupper() or x.isupper()
                or x in seen or _country_of(x) or x in capitals()
                or x in _subdivision_names() or x in organisation_forms()):
            continue
        seen.add(x)
        stems = {x, x[:-1]} if x.endswith(("a", "e", "o", "y")) else {x}
        found = []
        for stem in sorted(stems):
            for end, how in _DEMONYM_ENDINGS:
                form = stem + end
                if form != x and _has_word(text, form):
                    found.append((form, how))
        if found:
            out[x] = (x, "name")
            for form, how in found:
                out.setdefault(form, (x, how))
    return out


def _surname_keys(name: str) -> set[str]:
    """Ways a person's name can be shortened: last token, and without "al-" particles."""
    toks = name.split()
    if not toks:
        return set()
    last = toks[-1]
    keys = {last}
    stripped = _NAME_PARTICLE_RE.sub("", last)
    if stripped != last:
        keys.add(stripped)
    return keys


# ---------------------------------------------------------------------------
# Per-document resolution
# ---------------------------------------------------------------------------
def _role_before(text: str, start: int, ents_before: list[dict],
                 local: dict | None = None) -> tuple[str | None, str | None, int]:
    """Title/role written right before a person mention, its affiliation, and where the
    title starts. 'Russian Foreign Minister Sergei Lavrov' -> ('Foreign Minister', 'Russia')."""
    window = text[max(0, start - 80):start]
    window = window[max(window.rfind("\n"), window.rfind("\r")) + 1:]
    m = _title_re().search(window)
    if not m:
        return None, None, start
    title = _norm(m.group("title"))
    tstart = start - len(window) + m.start("title")
    affiliation = None
    for e in reversed(ents_before):
        gap = text[e["end"]:tstart]
        if e["end"] <= tstart and not gap.strip() and "\n" not in gap and "\r" not in gap:
            c = _country_of(e["text"], local)
            affiliation = c[0] if c else e["text"]
            break
        if e["end"] <= tstart:
            break
    return title, affiliation, tstart


def _doc_mentions(text: str, spans: list[tuple[int, int, int]], ents: list[dict],
                  countries: dict | None = None) -> list[dict]:
    """Resolve one document's entities inside ``spans`` (block_id, start, end) to mentions.
    ``countries``: extra country forms (inferred in other documents of the corpus)."""
    def block_of(s: int, e: int):
        for bid, bs, be in spans:
            if bs <= s and e <= be:
                return bid
        return None

    ents = sorted(ents, key=lambda e: e["start"])
    local = {**(countries or {}), **_inferred_countries(text, ents)}
    known = {_norm(e["text"]) for e in ents if not _in_titlecase_line(text, e["start"])}
    raw: list[dict] = []
    persons_full: list[tuple[int, str]] = []
    for k, e in enumerate(ents):
        s, t, label = e["start"], e["text"], e["label"]
        # trailing possessive / punctuation never belong to the name
        m = _TRAILING_RE.search(t)
        if m and not ner._ABBREV_RE.match(t):
            t = t[:m.start()]
        # "St. Brigid's Hospital", "St. Cuthbert's": the possessive belongs to the name
        if t.startswith(("St. ", "Saint ")):
            mp = _SAINT_POSS_RE.match(text, s + len(t))
            if mp:
                t = text[s:mp.end()]
                label = "ORG"
        # words that are never names at the start ("And Obama", "Unlike McCallum")
        while t:
            first, _, rest = t.partition(" ")
            if first.lower() not in not_names():
                break
            s, t = s + len(first) + (1 if rest else 0), rest.lstrip()
        if not t:
            continue
        # a title the tagger included ("Secretary Kerry", "Democrat Hillary Clinton") -> role
        role = aff = None
        if label == "PER":
            cut = 0
            for mt in _leading_title_re().finditer(t):   # the last title inside the span
                if mt.end() < len(t) and (mt.start() == 0 or t[mt.start() - 1] == " "):
                    cut = mt.end()
            if cut:
                role = _norm(t[:cut])
                s, t = s + cut, t[cut:]
            if len(t.split()) >= 2:
                persons_full.append((s, _norm(t)))
        bid = block_of(e["start"], e["end"])
        if bid is None:
            continue
        if " " in t and _in_titlecase_line(text, s):
            s, t = _shrink_titlecase(s, t, known)
        if label == "PER":
            r2, a2, _ = _role_before(text, s if role is None else e["start"], ents[:k], local)
            if r2:
                role = _norm(f"{r2} {role}") if role else r2
                aff = a2
        for ps, pt, plabel in _split_span(s, t, label, known, local):
            raw.append({"block_id": bid, "start": ps, "end": ps + len(pt), "text": pt,
                        "label": plabel, "role": role if plabel == "PER" else None,
                        "affiliation": aff if plabel == "PER" else None})

    # classify and name (full names from the whole document, captions included)
    by_surname: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pos, full in persons_full:
        for key in _surname_keys(full):
            by_surname[key].append((pos, full))

    def full_name(short: str, pos: int) -> str:
        """The full name a surname stands for: the latest one written before ``pos``,
        else the first one in the document, else the surname itself."""
        cands = by_surname.get(short)
        if not cands:
            return short
        before = [f for p, f in cands if p < pos]
        return before[-1] if before else cands[0][1]

    out: list[dict] = []
    for r in raw:
        label, t = r["label"], _mixed_case_form(text, _norm(r["text"]))
        typ = name = None
        bare = _ARTICLE_RE.sub("", t)
        if bare in organisation_forms():
            typ, name = "organisation", organisation_forms()[bare]
        elif bare in group_forms():
            typ, name = "group", group_forms()[bare]
        elif _headline_junk(text, r):
            continue
        elif _place_word_type(t) and not _country_of(t, local):
            typ, name = _place_word_type(t), t
        elif label != "MISC" and not _country_of(t, local) and \
                _ORG_BEFORE_RE.search(text, max(0, r["start"] - 30), r["start"]):
            typ, name = "organisation", t          # "battery maker Voltaro"
        elif label != "MISC" and " " not in t and not _country_of(t, local) and \
                t not in capitals() and _PLACE_AFTER_RE.match(text, r["end"]):
            typ, name = "place", t                 # "the Serra river", "the Dral valley"
        elif label == "PER":
            c = _country_of(t, local)
            if c and c[1] != "name":     # "Russian" mis-tagged as a person
                typ, name = "country", c[0]
            else:
                typ = "person"
                name = full_name(t, r["start"]) if len(t.split()) == 1 else t
        elif label in ("LOC", "ORG", "MISC"):
            c = _country_of(t, local)
            first = t.split(" ", 1)[0]
            if c:
                typ, name = "country", c[0]
            elif t in capitals() and label == "LOC":
                typ, name = ("place", t) if _capital_is_place(text, r, out) \
                    else ("country", capitals()[t])
            elif label == "MISC" and (_country_of(first, local) or ("", ""))[1] == "adjective":
                # "Syrian War": the demonym is the country mention
                typ, name = "country", _country_of(first, local)[0]
                r = {**r, "end": r["start"] + len(first), "text": first}
                t = first
            elif _PERSON_ATTRIBUTIVE_RE.match(text, r["end"]) and " " not in t:
                # "the Obama administration", "the Assad regime": a person's name
                typ, name = "person", full_name(t, r["start"])
            elif label == "LOC":
                typ, name = "place", t
            elif label == "ORG":
                typ, name = "organisation", t
            elif label == "MISC" and " " not in t and t.endswith(_GROUP_ENDINGS):
                typ, name = "group", t
        if typ is None:
            continue
        cue = (bare in organisation_forms() or bare in group_forms()
               or typ != _LABEL_TYPE.get(label, typ))
        out.append({**r, "text": text[r["start"]:r["end"]], "type": typ, "name": name,
                    "via": "ner", "cue": cue and typ not in ("person", "country")})
    # the outlet's own name (a wire credit "VELGRAD, July 3 (Northfield Wire) —") is no actor
    outlets = {_norm(m.group(1)) for m in _WIRE_CREDIT_RE.finditer(text)}
    out = [m for m in out if m["name"] not in outlets]
    # one name, one type per document: the most frequent type wins ("Port Callow" tagged
    # once as a person, twice as a place is a place); ties go to the first in _TYPE_ORDER
    # (a type decided by a table or a cue word outvotes any number of tagger labels)
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in out:
        votes[m["name"]][m["type"]] += 1000 if m.get("cue") else 1
    for m in out:
        v = votes[m["name"]]
        if len(v) > 1:
            m["type"] = max(v, key=lambda t: (v[t], -_TYPE_ORDER.index(t)))
    # document consistency: a single word tagged as a place/organisation/group that is the
    # surname of a person in this document is that person ("the Assad army")
    surnames: dict[str, str] = {}
    for m in out:
        if m["type"] == "person":
            for key in _surname_keys(m["name"]) | {m["name"]}:
                surnames.setdefault(key, m["name"])
    for m in out:
        if m["type"] not in ("place", "organisation", "group") or m["cue"] \
                or m["name"] in organisation_forms():
            continue
        if m["name"] in surnames:
            m["type"], m["name"] = "person", surnames[m["name"]]
            continue
        # "Donald Trump" / "Donald Trump Ties" tagged ORG where "Trump" is a person: the
        # words up to the surname are that person's name
        words = m["text"].split(" ")
        j = max((i for i, w in enumerate(words) if i > 0 and w in surnames), default=0)
        if j and all(w[:1].isupper() for w in words[:j + 1]) and m["text"] == m["name"]:
            m["text"] = " ".join(words[:j + 1])
            m["end"] = m["start"] + len(m["text"])
            m["type"] = "person"
            m["name"] = m["text"] if len(surnames[words[j]].split()) < j + 1 \
                else surnames[words[j]]
    # surnames left alone can now join full names found by the rule above
    fulls = [(m["start"], m["name"]) for m in out
             if m["type"] == "person" and len(m["name"].split()) >= 2]
    for m in out:
        if m["type"] == "person" and " " not in m["name"]:
            cands = [(p, f) for p, f in fulls if m["name"] in _surname_keys(f)]
            if cands:
                before = [f for p, f in cands if p < m["start"]]
                m["name"] = before[-1] if before else cands[0][1]
    for m in out:
        m.pop("cue", None)
    return out


_TYPE_ORDER = ("country", "person", "organisation", "place", "group")
_LABEL_TYPE = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "group"}


def _capital_is_place(text: str, r: dict, previous: list[dict]) -> bool:
    """A capital is the city, not the government, after an article ("a Doha meeting")
    or a place preposition ("a bakery in Jakarta", "flights to Moscow") -- except "the
    government in Damascus" -- and when joined by and/or to a capital that is a city."""
    before = text[max(0, r["start"] - 40):r["start"]]
    if _BEFORE_ARTICLE_RE.search(before[-6:]):
        return not _GOVERNMENT_RE.match(text, r["end"])
    if _LOCATIVE_RE.search(before):
        return not _GOVERNMENT_IN_RE.search(before)
    if _COORD_RE.search(before) and previous:
        prev = previous[-1]
        return (prev["type"] == "place" and prev["name"] in capitals()
                and _COORD_RE.fullmatch(text[prev["end"]:r["start"]]) is not None)
    return False


def _split_span(s: int, t: str, label: str, known: set[str],
                local: dict) -> list[tuple[int, str, str]]:
    """Split a tagged span that holds more than one actor:
    "Kestria and Varnia" -> two places; "Varnian Black Gulf" -> the demonym + the place
    (not for organisations: "American Airlines" stays whole); "Velgrad-based Danubia
    Bank" -> "Danubia Bank"."""
    words = t.split(" ")
    if len(words) > 1 and words[0].endswith("-based"):
        cut = len(words[0]) + 1
        return _split_span(s + cut, t[cut:], label, known, local)
    m = _AND_RE.search(t)
    if m:
        a, b = t[:m.start()], t[m.end():]
        if all(p in known or _country_of(p, local) or p in capitals() for p in (a, b)):
            return [(s, a, label), (s + m.end(), b, label)]
    if label in ("LOC", "MISC") and len(words) > 1:
        c = _country_of(words[0], local)
        if c and c[1] == "adjective" and words[1][:1].isupper():
            cut = len(words[0]) + 1
            return [(s, words[0], "MISC")] + _split_span(s + cut, t[cut:], label, known, local)
    return [(s, t, label)]


def _mixed_case_form(text: str, t: str) -> str:
    """For an all-capitals name (a dateline's "PORT CALLOW"), the same words as the text
    writes them elsewhere in mixed case ("Port Callow"); else the name unchanged."""
    if not t.isupper() or len(t) < 4:
        return t
    for m in re.finditer(rf"(?<![^\W_]){re.escape(t)}(?![^\W_])", text, re.I):
        if not m.group().isupper():
            return m.group()
    return t


def _line_at(text: str, pos: int) -> str:
    a = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    b = min((i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0),
            default=len(text))
    return text[a:b]


def _in_titlecase_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is written in Title Case (a headline): most of
    its words are capitalised, and at least two of them are words the document also
    writes in lower case ("Going", "Back" ...), so a line full of names does not count."""
    return _titlecase_line(text, _line_at(text, pos))


@lru_cache(maxsize=256)
def _titlecase_line(text: str, line: str) -> bool:
    words = _WORD_RE.findall(line)
    caps = [w for w in words if w[:1].isupper()]
    if len(words) < 4 or len(caps) < 0.6 * len(words):
        return False
    lower = 0
    for w in set(caps[1:]):
        if _has_word(text, w.lower()):
            lower += 1
            if lower >= 2:
                return True
    return False


def _shrink_titlecase(s: int, t: str, known: set[str]) -> tuple[int, str]:
    """In a Title Case line the tagger may run a name into the next words ("Portugal
    Agree"). Unless the whole span is seen elsewhere, keep the longest leading or trailing
    part that is a known country/capital/organisation or an entity seen elsewhere."""
    if _norm(t) in known:
        return s, t
    words = t.split(" ")
    for n in range(len(words) - 1, 0, -1):
        for part, off in ((" ".join(words[:n]), 0),
                          (" ".join(words[-n:]), len(" ".join(words[:-n])) + 1)):
            if part in known or _country_of(part) or part in capitals() \
                    or part in organisation_forms():
                return s + off, part
    return s, t


_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def _headline_junk(text: str, r: dict) -> bool:
    """A single capitalised word in a Title Case line that the document also uses in
    lower case ("Back" in "Not Going to Back off Helping Rivals") is not a name."""
    t = r["text"]
    if " " in t or not t[:1].isupper() or _country_of(t) or t in capitals():
        return False
    if not _in_titlecase_line(text, r["start"]):
        return False
    return _has_word(text, t.lower())


_ALNUM_RE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=64)
def _alnum_words(text: str) -> frozenset[str]:
    return frozenset(_ALNUM_RE.findall(text))


def _has_word(text: str, word: str) -> bool:
    """True when ``word`` is written in ``text`` as a whole word (case-sensitive)."""
    if word.isalnum():
        return word in _alnum_words(text)
    return re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text) is not None


_BOUNDARY = r"(?<![^\W_])(?:{})(?![^\W_])(?!\.[A-Za-z])"


def _alternation(forms) -> re.Pattern:
    """One regex for whole-word occurrences of ``forms``, longest first."""
    alt = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(_BOUNDARY.format(alt))


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern:
    """Every country form in the tables, compiled once (the per-document forms are few)."""
    return _alternation([f for f in country_forms() if len(f) > 1])


def _sweep(text: str, spans: list[tuple[int, int, int]], mentions: list[dict],
           taken: list[tuple[int, int]], local: dict | None = None) -> list[dict]:
    """Find further surface forms of the actors already found (and country demonyms)
    that the tagger missed, outside every tagged span.

    The table's country forms are matched with one pattern compiled once; only the forms
    particular to this document (names found in it, countries inferred from it) are
    compiled per document. Candidates are taken leftmost first, longest first, never
    overlapping a tagged span or each other."""
    forms: dict[str, tuple[str, str]] = {}
    countries = {m["name"] for m in mentions if m["type"] == "country"}
    static = country_forms()
    for surface, (country, how) in list((local or {}).items()) + list(static.items()):
        if country in countries or how in ("adjective", "people"):
            forms.setdefault(surface, ("country", country))
    for m in mentions:
        if m["type"] == "person":
            forms.setdefault(m["name"], ("person", m["name"]))
            for key in _surname_keys(m["name"]):
                forms.setdefault(key, ("person", m["name"]))
        elif m["type"] in ("organisation", "place", "group"):
            forms.setdefault(_norm(m["text"]), (m["type"], m["name"]))
    forms = {k: v for k, v in forms.items() if len(k) > 1}
    if not forms:
        return []
    dynamic = [f for f in forms if f not in static]
    patterns = [_country_pattern()] + ([_alternation(dynamic)] if dynamic else [])
    taken = sorted(taken)
    found = []
    for bid, bs, be in spans:
        candidates = sorted(
            ((m.start(), m.end(), m.group()) for pat in patterns for m in pat.finditer(text, bs, be)
             if m.group() in forms),
            key=lambda c: (c[0], c[0] - c[1]))
        for s, e, surface in candidates:
            if any(a < e and s < b for a, b in taken):
                continue
            typ, name = forms[surface]
            found.append({"block_id": bid, "start": s, "end": e, "text": surface,
                          "label": None, "role": None, "affiliation": None,
                          "type": typ, "name": name, "via": "sweep"})
            taken.append((s, e))
    return found


def document_mentions(text: str, blocks: list[tuple[int, int, int]] | None = None,
                      ents: list[dict] | None = None, backend: str = "crf",
                      countries: dict | None = None) -> list[dict]:
    """Mentions of actors in one document, restricted to ``blocks`` (block_id, start,
    end) -- all lines when None. Each mention: block_id, start, end, text, type, name,
    label (NER label or None when swept), role, affiliation, via (ner or sweep).
    ``countries``: extra country forms, e.g. inferred elsewhere in the corpus."""
    if blocks is None:
        from analysis.blocks import split_blocks

        blocks = [(b.block_id, b.char_start, b.char_end) for b in split_blocks(text)]
    if ents is None:
        ents = ner.tag_entities(text, backend=backend)
    local = {**(countries or {}), **_inferred_countries(text, ents)}
    ments = _doc_mentions(text, blocks, ents, countries)
    taken = [(e["start"], e["end"]) for e in ents if e["label"] != "MISC"]
    taken += [(m["start"], m["end"]) for m in ments]
    ments += _sweep(text, blocks, ments, taken, local)
    ments.sort(key=lambda m: m["start"])
    return ments


# ---------------------------------------------------------------------------
# Frames
# ---------------------------------------------------------------------------
#: corpora larger than this show a progress bar while names are tagged
PROGRESS_FROM = 200
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


def _keep_only(text: str, grp: pd.DataFrame) -> str:
    """``text`` with everything outside the blocks of ``grp`` turned into spaces (line breaks
    kept), so offsets stay exact and the tagger reads only the kept blocks."""
    parts, pos = [], 0
    for start, end in zip(grp["char_start"].to_numpy(), grp["char_end"].to_numpy()):
        parts.append(_NOT_LINE_BREAK.sub(" ", text[pos:start]))
        parts.append(text[start:end])
        pos = end
    parts.append(_NOT_LINE_BREAK.sub(" ", text[pos:]))
    return "".join(parts)


def mentions_frame(texts: dict[str, str], blocks: pd.DataFrame, kinds=None,
                   backend: str = "crf") -> pd.DataFrame:
    """One row per actor mention.

    Columns:
        doc_id, block_id: where the mention is.
        char_start, char_end: offsets of the mention in the document text.
        text: the words in the text (``doc_text[char_start:char_end]``).
        actor_id: the actor it refers to (``type:slug``; same across documents).
        type: person, organisation, country, place or group.
        name: the actor's canonical name ("John Kerry" for "Kerry").
        label: the NER label (PER/ORG/LOC/MISC), None when found by the alias sweep.
        role: title/role written before a person ("Foreign Minister"), else None.
        affiliation: the country/organisation written before that role, else None.
        via: ``ner`` (tagged) or ``sweep`` (another form of an actor already found).

    ``kinds``: keep only blocks whose ``kind`` is in it (needs the segmentation's
    ``kind`` column; ignored when the column is absent). None keeps every block.
    """
    b = blocks
    if kinds is not None and "kind" in b.columns:
        b = b[b["kind"].astype(str).isin(list(kinds))]
    docs = [(doc_id, texts[doc_id], grp) for doc_id, grp in b.groupby("doc_id", sort=False)
            if doc_id in texts]
    # tag only the kept blocks: the rest of the page is blanked out (offsets unchanged)
    tagging = docs
    if len(docs) > PROGRESS_FROM:  # long runs show progress (tagging is the slow part)
        from tqdm.auto import tqdm
        tagging = tqdm(docs, desc="tagging names", unit="doc")
    ents = {doc_id: ner.tag_entities(_keep_only(text, grp) if b is not blocks else text, backend=backend)
            for doc_id, text, grp in tagging}
    # a country recognised by its demonym in one document is a country in all of them
    countries: dict[str, tuple[str, str]] = {}
    for doc_id, text, _ in docs:
        for form, val in _inferred_countries(text, ents[doc_id]).items():
            countries.setdefault(form, val)
    rows = []
    for doc_id, text, grp in docs:
        spans = list(zip(grp["block_id"].astype(int), grp["char_start"].astype(int),
                         grp["char_end"].astype(int)))
        for m in document_mentions(text, spans, ents=ents[doc_id], countries=countries):
            rows.append({"doc_id": doc_id, "block_id": m["block_id"], "char_start": m["start"],
                         "char_end": m["end"], "text": m["text"], "type": m["type"],
                         "name": m["name"], "label": m["label"], "role": m["role"],
                         "affiliation": m["affiliation"], "via": m["via"]})
    frame = pd.DataFrame(rows, columns=[c for c in MENTION_COLUMNS if c != "actor_id"])
    frame.insert(5, "actor_id", _merge_across_docs(frame))
    return frame


def _merge_across_docs(frame: pd.DataFrame) -> list[str]:
    """actor_id per mention row: the same (type, name) is one actor; a single-token person
    name joins the unique multi-token name across the corpus that ends with it."""
    if frame.empty:
        return []
    fulls: dict[str, set[str]] = defaultdict(set)
    for name in frame.loc[frame["type"] == "person", "name"].unique():
        if len(name.split()) >= 2:
            for key in _surname_keys(name):
                fulls[key].add(name)
    ids = []
    for typ, name in zip(frame["type"], frame["name"]):
        if typ == "person" and len(name.split()) == 1 and len(fulls.get(name, ())) == 1:
            name = next(iter(fulls[name]))
        ids.append(slug(typ, name))
    return ids


def actors_frame(mentions: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per actor.

    Columns:
        actor_id: as in the mentions frame.
        name: canonical name (the fullest name seen: most words, then most frequent).
        type: person, organisation, country, place or group.
        aliases: sorted list of the distinct surface forms in the text.
        roles: sorted list of titles/roles written before the person's name.
        affiliation: most frequent country/organisation stated with a role, else None.
        n_mentions: number of mentions; n_docs: number of documents mentioning it.
        quoted: True when the quotes frame gives this actor as a speaker.
        n_quotes, words_quoted: number of quotations and quoted words attributed to it
            (joined on doc_id + speaker name, falling back to a surname match).
    """
    if mentions.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    rows = []
    for aid, g in mentions.groupby("actor_id", sort=False):
        names = Counter(g["name"])
        name = max(names, key=lambda n: (len(n.split()), names[n], n))
        roles = sorted({r for r in g["role"].dropna()})
        affs = Counter(a for a in g["affiliation"].dropna())
        rows.append({"actor_id": aid, "name": name, "type": g["type"].iloc[0],
                     "aliases": sorted({_norm(t) for t in g["text"]}),
                     "roles": roles,
                     "affiliation": affs.most_common(1)[0][0] if affs else None,
                     "n_mentions": len(g), "n_docs": g["doc_id"].nunique(),
                     "docs": set(g["doc_id"])})
    actors = pd.DataFrame(rows)
    nq = {aid: 0 for aid in actors["actor_id"]}
    nw = {aid: 0 for aid in actors["actor_id"]}
    if quotes is not None and not quotes.empty and "speaker" in quotes.columns:
        persons = [(r.actor_id, r.name, r.docs, _surname_keys(r.name))
                   for r in actors[actors["type"] == "person"].itertuples(index=False)]
        for q in quotes.itertuples(index=False):
            spk = getattr(q, "speaker", None)
            if not isinstance(spk, str) or not spk.strip():
                continue
            doc = getattr(q, "doc_id", None)
            aid = _match_speaker(persons, spk, doc)
            if aid is not None:
                nq[aid] += 1
                words = getattr(q, "n_words", 0)
                nw[aid] += int(words) if pd.notna(words) else 0
    actors["n_quotes"] = actors["actor_id"].map(nq).astype(int)
    actors["words_quoted"] = actors["actor_id"].map(nw).astype(int)
    actors["quoted"] = actors["n_quotes"] > 0
    actors = actors.drop(columns="docs")
    return actors.sort_values(["n_mentions", "name"], ascending=[False, True],
                              ignore_index=True)[ACTOR_COLUMNS]


def _match_speaker(persons: list[tuple[str, str, set, set]], speaker: str, doc_id) -> str | None:
    """The person actor a quote's speaker names: an exact name in the same document, then in
    the corpus; else a unique surname match, in the document, then in the corpus.
    ``persons``: (actor_id, name, doc_ids, surname keys) per person actor."""
    if not persons:
        return None
    speaker = _norm(speaker)
    in_doc = [p for p in persons if doc_id in p[2]] if doc_id is not None else persons
    for pool in (in_doc, persons):
        hit = [p[0] for p in pool if p[1] == speaker]
        if len(hit) == 1:
            return hit[0]
    sur = speaker.split()[-1] if speaker.split() else ""
    for pool in (in_doc, persons):
        hit = [p[0] for p in pool if sur in p[3]]
        if len(hit) == 1:
            return hit[0]
    return None


def cooccurrence(mentions: pd.DataFrame, level: str = "block") -> pd.DataFrame:
    """Tidy pairs of actors appearing in the same block (``level="block"``) or document.

    Columns: actor_a, name_a, actor_b, name_b (ids and canonical names, actor_a < actor_b),
    count (number of blocks/documents where both appear)."""
    cols = ["actor_a", "name_a", "actor_b", "name_b", "count"]
    if level not in ("block", "document"):
        raise ValueError("level must be 'block' or 'document'")
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    keys = ["doc_id", "block_id"] if level == "block" else ["doc_id"]
    names = {}
    for aid, g in mentions.groupby("actor_id"):
        c = Counter(g["name"])
        names[aid] = max(c, key=lambda n: (len(n.split()), c[n], n))
    counts: Counter = Counter()
    for _, g in mentions.groupby(keys, sort=False):
        ids = sorted(set(g["actor_id"]))
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                counts[(a, b)] += 1
    rows = [{"actor_a": a, "name_a": names[a], "actor_b": b, "name_b": names[b], "count": n}
            for (a, b), n in counts.items()]
    frame = pd.DataFrame(rows, columns=cols)
    return frame.sort_values(["count", "actor_a", "actor_b"], ascending=[False, True, True],
                             ignore_index=True)


# ---------------------------------------------------------------------------
# predict actors
# ---------------------------------------------------------------------------
_END_MARK_RE = re.compile(r"^(?:you may like|related|comments?|comment sorting|this forum has been "
                          r"closed|featured|share|more from|most popular|advertisement)\b", re.I)


def page_blocks(text: str) -> pd.DataFrame:
    """Blocks of one page dump with a ``kind`` column (headline/body/other).

    Uses the segmentation (``analysis.segment.segment_blocks``) when it is importable;
    otherwise a simple fallback: the first line with at least 5 words is the headline;
    body lines have at least 12 words and come before the first end-of-article marker
    ("You May Like", "Comments" ...). Either way, a headline/body line repeated on the
    page is taken for a caption (captions repeat, article paragraphs do not).
    """
    from analysis.blocks import blocks_frame

    blocks = blocks_frame({"page": text})
    try:
        from analysis.segment import segment_blocks  # type: ignore

        seg = segment_blocks(blocks)
        kinds = seg["kind"].astype(str).tolist()
    except Exception:  # noqa: BLE001 - segmentation missing or failing: use the fallback
        kinds = _fallback_kinds(blocks["text"].tolist())
    return blocks.assign(kind=_repeats_are_captions(blocks["text"].tolist(), kinds))


def _repeats_are_captions(lines: list[str], kinds: list[str]) -> list[str]:
    """Article text is not repeated on a page, captions often are: a headline/body line
    that occurs twice, or that holds another whole line (a glued double caption), is
    re-labelled ``caption``."""
    counts = Counter(lines)
    long_lines = [o for o in counts if len(o) > 30]
    out = list(kinds)
    for i, ln in enumerate(lines):
        if out[i] in DEFAULT_KINDS and (counts[ln] > 1 or any(o != ln and o in ln
                                                               for o in long_lines)):
            out[i] = "caption"
    return out


def _fallback_kinds(lines: list[str]) -> list[str]:
    kinds = ["other"] * len(lines)
    headline = None
    for i, ln in enumerate(lines):
        if len(ln.split()) >= 5:
            headline = i
            kinds[i] = "headline"
            break
    if headline is None:
        return kinds
    for i in range(headline + 1, len(lines)):
        ln = lines[i]
        if _END_MARK_RE.match(ln):
            break
        if len(ln.split()) >= 12:
            kinds[i] = "body"
    return kinds


def _page_quotes(text: str) -> pd.DataFrame | None:
    """doc_id ("page"), speaker, n_words of the page's quotations, via
    ``analysis.quotes.find_quotes`` when importable; None otherwise."""
    try:
        from analysis.quotes import find_quotes  # type: ignore

        qs = find_quotes(text)
    except Exception:  # noqa: BLE001 - quotes missing or failing: nobody is marked quoted
        return None
    rows = []
    for q in (qs.to_dict("records") if isinstance(qs, pd.DataFrame) else qs or []):
        get = q.get if isinstance(q, dict) else lambda k, d=None: getattr(q, k, d)
        if get("speaker"):
            rows.append({"doc_id": "page", "speaker": get("speaker"),
                         "n_words": get("n_words", 0) or 0})
    return pd.DataFrame(rows) if rows else None


def predict_record(text: str) -> dict:
    """``{"actors": [{"name", "type", "aliases", "mentions", "quoted"}]}`` for a page dump,
    counting mentions in the headline and body blocks only. ``type`` uses the scorer's
    vocabulary: person, org, country, other (places and groups)."""
    blocks = page_blocks(text)
    mentions = mentions_frame({"page": text}, blocks.assign(doc_id="page"), kinds=DEFAULT_KINDS)
    actors = actors_frame(mentions, _page_quotes(text))
    return {"actors": [{"name": a.name, "type": SCORER_TYPE[a.type], "aliases": list(a.aliases),
                        "mentions": int(a.n_mentions), "quoted": bool(a.quoted)}
                       for a in actors.itertuples(index=False)]}


def fallback_record(text: str) -> dict:
    return {"actors": []}
