"""Per-document resolution of named entities to actors (people, organisations, countries,
places, groups): :func:`document_mentions`.

Built on the named entities of :mod:`analysis.ner` and the tables of
:mod:`analysis.actor_tables`; the frames are in :mod:`analysis.actors`.

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
  countries recognised by their demonym in one document are countries in all (these
  rules are applied by :func:`analysis.actors.mentions_frame`, with
  :func:`inferred_countries` and :func:`surname_keys` from here).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import accumulate

from analysis import ner
from analysis.actor_tables import (ARTICLE_RE, capitals, country_forms, country_of, group_forms,
                                   leading_title_re, norm, not_names, organisation_forms,
                                   place_word_type, subdivision_names, title_re)
from analysis.titlecase import _titlecase_line, has_word, mixed_case_form

_BEFORE_ARTICLE_RE = re.compile(r"(?:^|\s)(?:a|an|the|A|An|The)\s+$")
_NAME_PARTICLE_RE = re.compile(r"^(?:al|el|bin|ibn|abu|de|van|von|da|di)-", re.I)
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
#: endings that turn a country's name into its demonym (Varnia -> Varnian, Talmor -> Talmorese)
_DEMONYM_ENDINGS = (("n", "adjective"), ("ns", "people"), ("an", "adjective"),
                    ("ans", "people"), ("ian", "adjective"), ("ians", "people"),
                    ("ese", "adjective"), ("i", "adjective"), ("is", "people"))


def inferred_countries(text: str, ents: list[dict]) -> dict[str, tuple[str, str]]:
    """Countries the tables do not know, recognised by their demonym in the same text:
    a single-word place/organisation name X (not a known country, capital or
    region/state) whose derived form (X+"n", X+"ese", X+"ian", ...) is also written in
    the text is a country, and that form is its demonym ("Varnia" ... "Varnian").
    A function word (``data/not_names.txt``) is neither: "The" tagged as a name would
    otherwise make "This" (The+is) and "Then" (The+n) its demonyms."""
    out: dict[str, tuple[str, str]] = {}
    seen = set()
    common = not_names()
    cands = [x for e in ents if e["label"] in ("LOC", "ORG") for x in _AND_RE.split(e["text"])]
    for x in cands:
        if (" " in x or not x[:1].isupper() or x.isupper()
                or x in seen or x.lower() in common or country_of(x) or x in capitals()
                or x in subdivision_names() or x in organisation_forms()):
            continue
        seen.add(x)
        stems = {x, x[:-1]} if x.endswith(("a", "e", "o", "y")) else {x}
        found = []
        for stem in sorted(stems):
            for end, how in _DEMONYM_ENDINGS:
                form = stem + end
                if form != x and form.lower() not in common and has_word(text, form):
                    found.append((form, how))
        if found:
            out[x] = (x, "name")
            for form, how in found:
                out.setdefault(form, (x, how))
    return out


def surname_keys(name: str) -> set[str]:
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
# Look-ups that stay fast on very long documents (each answer as the plain scan gives it)
# ---------------------------------------------------------------------------
_BREAK_RE = re.compile(r"[\r\n]")


class _Lines:
    """Whether the line holding a position is a Title Case line
    (:func:`analysis.titlecase.in_titlecase_line`), with the line found by bisection and
    each line judged once, so a long document costs no scan of the text per entity."""

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in _BREAK_RE.finditer(text)]
        self.memo: dict[int, bool] = {}

    def titlecase(self, pos: int) -> bool:
        i = bisect_left(self.breaks, pos)
        if i not in self.memo:
            a = self.breaks[i - 1] + 1 if i else 0
            b = self.breaks[i] if i < len(self.breaks) else len(self.text)
            self.memo[i] = _titlecase_line(self.text, self.text[a:b])
        return self.memo[i]


def _block_finder(spans: list[tuple[int, int, int]]):
    """``block_of(s, e)``: the id of the first span (block_id, start, end) holding
    ``[s, e)``, else None; by bisection when the spans are in order and do not overlap."""
    def scan(s: int, e: int):
        for bid, bs, be in spans:
            if bs <= s and e <= be:
                return bid
        return None

    if not all(bs <= be for _, bs, be in spans) or \
            not all(a[2] <= b[1] for a, b in zip(spans, spans[1:])):
        return scan
    starts = [bs for _, bs, _ in spans]

    def block_of(s: int, e: int):
        if e <= s:                      # empty spans: where several blocks may touch
            return scan(s, e)
        i = bisect_right(starts, s) - 1
        if i >= 0 and spans[i][1] <= s and e <= spans[i][2]:
            return spans[i][0]
        return None

    return block_of


class _Positioned:
    """Values by key, each list in the order given with its positions: ``pick(key, pos)``
    is the latest value written before ``pos``, else the first, else None (bisection when
    the positions of a key are in order, a scan otherwise)."""

    def __init__(self, pairs_by_key: dict[str, list[tuple[int, str]]]):
        self.by_key = pairs_by_key
        self.positions = {k: [p for p, _ in v] for k, v in pairs_by_key.items()}
        self.ordered = {k: all(a <= b for a, b in zip(ps, ps[1:]))
                        for k, ps in self.positions.items()}

    def pick(self, key: str, pos: int) -> str | None:
        cands = self.by_key.get(key)
        if not cands:
            return None
        if self.ordered[key]:
            i = bisect_left(self.positions[key], pos)
            return cands[i - 1][1] if i else cands[0][1]
        before = [f for p, f in cands if p < pos]
        return before[-1] if before else cands[0][1]


class _Taken:
    """Spans already taken, for "does ``[s, e)`` overlap one of them?" in O(log n): the
    spans given at the start, sorted, with a running maximum of their ends; the spans
    added since (each overlapping none before it, so disjoint) in order of start."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end = list(accumulate((b for _, b in spans), max))
        self.added_starts: list[int] = []
        self.added_ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)                 # given spans starting before e
        if i and self.max_end[i - 1] > s:
            return True
        j = bisect_left(self.added_starts, e)
        return j > 0 and self.added_ends[j - 1] > s

    def add(self, s: int, e: int) -> None:
        j = bisect_left(self.added_starts, s)
        self.added_starts.insert(j, s)
        self.added_ends.insert(j, e)


def _role_before(text: str, start: int, ents_before: list[dict],
                 local: dict | None = None, n_before: int | None = None
                 ) -> tuple[str | None, str | None, int]:
    """Title/role written right before a person mention, its affiliation, and where the
    title starts. 'Russian Foreign Minister Sergei Lavrov' -> ('Foreign Minister', 'Russia').
    ``n_before``: only ``ents_before[:n_before]`` are before the mention (no copy made)."""
    window = text[max(0, start - 80):start]
    window = window[max(window.rfind("\n"), window.rfind("\r")) + 1:]
    m = title_re().search(window)
    if not m:
        return None, None, start
    title = norm(m.group("title"))
    tstart = start - len(window) + m.start("title")
    affiliation = None
    n = len(ents_before) if n_before is None else n_before
    for j in range(n - 1, -1, -1):
        e = ents_before[j]
        gap = text[e["end"]:tstart]
        if e["end"] <= tstart and not gap.strip() and "\n" not in gap and "\r" not in gap:
            c = country_of(e["text"], local)
            affiliation = c[0] if c else e["text"]
            break
        if e["end"] <= tstart:
            break
    return title, affiliation, tstart


def _doc_mentions(text: str, spans: list[tuple[int, int, int]], ents: list[dict],
                  countries: dict | None = None, inferred: dict | None = None) -> list[dict]:
    """Resolve one document's entities inside ``spans`` (block_id, start, end) to mentions.
    ``countries``: extra country forms (inferred in other documents of the corpus);
    ``inferred``: ``inferred_countries(text, ents)`` when the caller has it already, with
    ``ents`` in order of start."""
    block_of = _block_finder(spans)
    lines = _Lines(text)
    mixed_forms: dict[str, str] = {}

    def mixed_case(t: str) -> str:     # each name looked up once: the look-up reads the text
        if t not in mixed_forms:
            mixed_forms[t] = mixed_case_form(text, t)
        return mixed_forms[t]

    ents = sorted(ents, key=lambda e: e["start"])
    if inferred is None:
        inferred = inferred_countries(text, ents)
    local = {**(countries or {}), **inferred}
    known = {norm(e["text"]) for e in ents if not lines.titlecase(e["start"])}
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
            for mt in leading_title_re().finditer(t):   # the last title inside the span
                if mt.end() < len(t) and (mt.start() == 0 or t[mt.start() - 1] == " "):
                    cut = mt.end()
            if cut:
                role = norm(t[:cut])
                s, t = s + cut, t[cut:]
            if len(t.split()) >= 2:
                persons_full.append((s, norm(t)))
        bid = block_of(e["start"], e["end"])
        if bid is None:
            continue
        if " " in t and lines.titlecase(s):
            s, t = _shrink_titlecase(s, t, known)
        if label == "PER":
            r2, a2, _ = _role_before(text, s if role is None else e["start"], ents, local, k)
            if r2:
                role = norm(f"{r2} {role}") if role else r2
                aff = a2
        for ps, pt, plabel in _split_span(s, t, label, known, local):
            raw.append({"block_id": bid, "start": ps, "end": ps + len(pt), "text": pt,
                        "label": plabel, "role": role if plabel == "PER" else None,
                        "affiliation": aff if plabel == "PER" else None})

    # classify and name (full names from the whole document, captions included)
    by_surname: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pos, full in persons_full:
        for key in surname_keys(full):
            by_surname[key].append((pos, full))

    full_names = _Positioned(by_surname)

    def full_name(short: str, pos: int) -> str:
        """The full name a surname stands for: the latest one written before ``pos``,
        else the first one in the document, else the surname itself."""
        return full_names.pick(short, pos) or short

    out: list[dict] = []
    for r in raw:
        label, t = r["label"], mixed_case(norm(r["text"]))
        typ = name = None
        bare = ARTICLE_RE.sub("", t)
        if bare in organisation_forms():
            typ, name = "organisation", organisation_forms()[bare]
        elif bare in group_forms():
            typ, name = "group", group_forms()[bare]
        elif _headline_junk(text, r, lines):
            continue
        elif place_word_type(t) and not country_of(t, local):
            typ, name = place_word_type(t), t
        elif label != "MISC" and not country_of(t, local) and \
                _ORG_BEFORE_RE.search(text, max(0, r["start"] - 30), r["start"]):
            typ, name = "organisation", t          # "battery maker Voltaro"
        elif label != "MISC" and " " not in t and not country_of(t, local) and \
                t not in capitals() and _PLACE_AFTER_RE.match(text, r["end"]):
            typ, name = "place", t                 # "the Serra river", "the Dral valley"
        elif label == "PER":
            c = country_of(t, local)
            if c and c[1] != "name":     # "Russian" mis-tagged as a person
                typ, name = "country", c[0]
            else:
                typ = "person"
                name = full_name(t, r["start"]) if len(t.split()) == 1 else t
        elif label in ("LOC", "ORG", "MISC"):
            c = country_of(t, local)
            first = t.split(" ", 1)[0]
            if c:
                typ, name = "country", c[0]
            elif t in capitals() and label == "LOC":
                typ, name = ("place", t) if _capital_is_place(text, r, out) \
                    else ("country", capitals()[t])
            elif label == "MISC" and (country_of(first, local) or ("", ""))[1] == "adjective":
                # "Syrian War": the demonym is the country mention
                typ, name = "country", country_of(first, local)[0]
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
    outlets = {norm(m.group(1)) for m in _WIRE_CREDIT_RE.finditer(text)}
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
            for key in surname_keys(m["name"]) | {m["name"]}:
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
    fulls: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in out:
        if m["type"] == "person" and len(m["name"].split()) >= 2:
            for key in surname_keys(m["name"]):
                fulls[key].append((m["start"], m["name"]))
    fulls_by_surname = _Positioned(fulls)
    for m in out:
        if m["type"] == "person" and " " not in m["name"]:
            m["name"] = fulls_by_surname.pick(m["name"], m["start"]) or m["name"]
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
        if all(p in known or country_of(p, local) or p in capitals() for p in (a, b)):
            return [(s, a, label), (s + m.end(), b, label)]
    if label in ("LOC", "MISC") and len(words) > 1:
        c = country_of(words[0], local)
        if c and c[1] == "adjective" and words[1][:1].isupper():
            cut = len(words[0]) + 1
            return [(s, words[0], "MISC")] + _split_span(s + cut, t[cut:], label, known, local)
    return [(s, t, label)]

def _shrink_titlecase(s: int, t: str, known: set[str]) -> tuple[int, str]:
    """In a Title Case line the tagger may run a name into the next words ("Portugal
    Agree"). Unless the whole span is seen elsewhere, keep the longest leading or trailing
    part that is a known country/capital/organisation or an entity seen elsewhere."""
    if norm(t) in known:
        return s, t
    words = t.split(" ")
    for n in range(len(words) - 1, 0, -1):
        for part, off in ((" ".join(words[:n]), 0),
                          (" ".join(words[-n:]), len(" ".join(words[:-n])) + 1)):
            if part in known or country_of(part) or part in capitals() \
                    or part in organisation_forms():
                return s + off, part
    return s, t

def _headline_junk(text: str, r: dict, lines: _Lines | None = None) -> bool:
    """A single capitalised word in a Title Case line that the document also uses in
    lower case ("Back" in "Not Going to Back off Helping Rivals") is not a name."""
    t = r["text"]
    if " " in t or not t[:1].isupper() or country_of(t) or t in capitals():
        return False
    if not (lines or _Lines(text)).titlecase(r["start"]):
        return False
    return has_word(text, t.lower())

_BOUNDARY = r"(?<![^\W_])(?:{})(?![^\W_])(?!\.[A-Za-z])"


def _alternation(forms) -> re.Pattern:
    """One regex for whole-word occurrences of ``forms``, longest first."""
    alt = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(_BOUNDARY.format(alt))


#: above this many forms a document's own forms are found by :class:`_FormFinder` (the same
#: matches as :func:`_alternation`, which tries every form at every word start and is
#: compiled anew for each document); 0: always (the table's country forms always are too)
_FINDER_FROM = 0


class _FormFinder:
    """Whole-word occurrences of literal ``forms`` (each at least 2 characters), exactly as
    ``_alternation(forms).finditer(text, pos, endpos)`` yields them -- leftmost first, at a
    start the longest form followed by no letter or digit and no ``.X`` (as if the text
    ended at ``endpos``), never overlapping -- in a time that does not grow with the number
    of forms: at each word start only the lengths of the forms sharing its first two
    characters are tried."""

    def __init__(self, forms):
        self.forms = frozenset(forms)
        lengths: dict[str, set[int]] = defaultdict(set)
        for f in self.forms:
            lengths[f[:2]].add(len(f))
        self.lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}
        firsts = "".join(re.escape(c) for c in sorted({f[0] for f in self.forms}))
        self.starts = re.compile(rf"(?<![^\W_])[{firsts}]")

    def finditer(self, text: str, pos: int, endpos: int):
        forms, lengths, search = self.forms, self.lengths, self.starts.search
        while True:
            m = search(text, pos, endpos)
            if m is None:
                return
            i = pos = m.start()
            for n in lengths.get(text[i:i + 2], ()):
                j = i + n
                if j > endpos or text[i:j] not in forms:
                    continue
                if j < endpos and (text[j].isalnum() or (text[j] == "." and j + 1 < endpos
                                                         and text[j + 1] in _ASCII_LETTERS)):
                    continue
                yield i, j, text[i:j]
                pos = j
                break
            else:
                pos = i + 1


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@lru_cache(maxsize=1)
def _country_finder() -> _FormFinder:
    """Every country form in the tables, indexed once (the per-document forms are few)."""
    return _FormFinder([f for f in country_forms() if len(f) > 1])


def _sweep(text: str, spans: list[tuple[int, int, int]], mentions: list[dict],
           taken: list[tuple[int, int]], local: dict | None = None) -> list[dict]:
    """Find further surface forms of the actors already found (and country demonyms)
    that the tagger missed, outside every tagged span.

    The table's country forms are matched with one finder built once; only the forms
    particular to this document (names found in it, countries inferred from it) are
    indexed per document, in a second finder. Candidates are taken leftmost first, longest
    first, never overlapping a tagged span or each other."""
    forms: dict[str, tuple[str, str]] = {}
    countries = {m["name"] for m in mentions if m["type"] == "country"}
    static = country_forms()
    for surface, (country, how) in list((local or {}).items()) + list(static.items()):
        if country in countries or how in ("adjective", "people"):
            forms.setdefault(surface, ("country", country))
    for m in mentions:
        if m["type"] == "person":
            forms.setdefault(m["name"], ("person", m["name"]))
            for key in surname_keys(m["name"]):
                forms.setdefault(key, ("person", m["name"]))
        elif m["type"] in ("organisation", "place", "group"):
            forms.setdefault(norm(m["text"]), (m["type"], m["name"]))
    forms = {k: v for k, v in forms.items() if len(k) > 1}
    if not forms:
        return []
    dynamic = [f for f in forms if f not in static]
    finders, pattern = [_country_finder()], None
    if len(dynamic) > _FINDER_FROM:
        finders.append(_FormFinder(dynamic))
    elif dynamic:
        pattern = _alternation(dynamic)
    taken = _Taken(taken)
    found = []
    for bid, bs, be in spans:
        candidates = [c for finder in finders for c in finder.finditer(text, bs, be)]
        if pattern is not None:
            candidates += [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, bs, be)]
        candidates = sorted((c for c in candidates if c[2] in forms),
                            key=lambda c: (c[0], c[0] - c[1]))
        for s, e, surface in candidates:
            if taken.overlaps(s, e):
                continue
            typ, name = forms[surface]
            found.append({"block_id": bid, "start": s, "end": e, "text": surface,
                          "label": None, "role": None, "affiliation": None,
                          "type": typ, "name": name, "via": "sweep"})
            taken.add(s, e)
    return found


def document_mentions(text: str, blocks: list[tuple[int, int, int]] | None = None,
                      ents: list[dict] | None = None, backend: str = "crf",
                      countries: dict | None = None, inferred: dict | None = None
                      ) -> list[dict]:
    """Mentions of actors in one document, restricted to ``blocks`` (block_id, start,
    end) -- all lines when None. Each mention: block_id, start, end, text, type, name,
    label (NER label or None when swept), role, affiliation, via (ner or sweep).
    ``countries``: extra country forms, e.g. inferred elsewhere in the corpus;
    ``inferred``: ``inferred_countries(text, ents)`` when the caller has it already."""
    if blocks is None:
        from analysis.blocks import split_blocks

        blocks = [(b.block_id, b.char_start, b.char_end) for b in split_blocks(text)]
    if ents is None:
        ents = ner.tag_entities(text, backend=backend)
    if inferred is None:
        inferred = inferred_countries(text, ents)
    local = {**(countries or {}), **inferred}
    # entities in order of start (as the tagger gives them): the resolution sorts them,
    # the same list, so the same countries are inferred from them
    in_order = all(a["start"] <= b["start"] for a, b in zip(ents, ents[1:]))
    ments = _doc_mentions(text, blocks, ents, countries, inferred if in_order else None)
    taken = [(e["start"], e["end"]) for e in ents if e["label"] != "MISC"]
    taken += [(m["start"], m["end"]) for m in ments]
    ments += _sweep(text, blocks, ments, taken, local)
    ments.sort(key=lambda m: m["start"])
    return ments
