"""Actors: who a story is about (people, organisations, countries, places, groups).

Built on the named entities of :mod:`analysis.ner`. Three frames:

- :func:`mentions_frame` -- one row per mention of an actor in a block;
- :func:`actors_frame` -- one row per actor, with aliases, roles, affiliation, counts and
  whether the actor is quoted (joined from the quotes frame);
- :func:`cooccurrence` -- tidy pairs of actors seen in the same block or document.

Per-document resolution (titles, surnames, demonyms and capitals, span clean-up, the alias
sweep: the rules are listed in :mod:`analysis.resolution`) runs on each document; across
documents, the same (type, name) is one actor, a surname-only person with no full name in
its document joins the one full name with that surname, when unique, and countries
recognised by their demonym in one document are countries in all. The data tables are in
:mod:`analysis.actor_tables`.

``predict_record(text)`` is the ``predict actors`` answer for a whole page dump.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from analysis import ner
from analysis.actor_tables import (capitals, country_forms, group_forms, norm, not_names,
                                   organisation_forms, place_words)
from analysis.blocks import rows_by_doc
from analysis.progress import progress
from analysis.resolution import document_mentions, inferred_countries, surname_keys

__all__ = ["MENTION_COLUMNS", "ACTOR_COLUMNS", "SCORER_TYPE", "DEFAULT_KINDS",
           "mentions_frame", "actors_frame", "cooccurrence", "document_mentions", "page_blocks",
           "predict_record", "fallback_record", "slug", "country_forms", "capitals",
           "organisation_forms", "place_words", "group_forms", "not_names"]

MENTION_COLUMNS = ["doc_id", "block_id", "char_start", "char_end", "text", "actor_id", "type",
                   "name", "label", "role", "affiliation", "via"]
ACTOR_COLUMNS = ["actor_id", "name", "type", "aliases", "roles", "affiliation", "n_mentions",
                 "n_docs", "quoted", "n_quotes", "words_quoted"]
#: actor types -> the seed scorer's types (person/org/country/other)
SCORER_TYPE = {"person": "person", "organisation": "org", "country": "country",
               "place": "other", "group": "other"}
DEFAULT_KINDS = ("headline", "body")

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(type_: str, name: str) -> str:
    """Stable readable actor id: ``person:john-kerry``."""
    return f"{type_}:{_SLUG_RE.sub('-', name.lower()).strip('-')}"


# ---------------------------------------------------------------------------
# Frames
# ---------------------------------------------------------------------------
_NOT_LINE_BREAKS = re.compile(r"[^\r\n]+")


def _blank(segment: str) -> str:
    """``segment`` with every character but line breaks turned into a space."""
    return _NOT_LINE_BREAKS.sub(lambda m: " " * len(m.group()), segment)


def _keep_only(text: str, spans: list[tuple[int, int, int]]) -> str:
    """``text`` with everything outside the blocks ``spans`` (block_id, start, end) turned
    into spaces (line breaks kept), so offsets stay exact and the tagger reads only the
    kept blocks."""
    parts, pos = [], 0
    for _, start, end in spans:
        parts.append(_blank(text[pos:start]))
        parts.append(text[start:end])
        pos = end
    parts.append(_blank(text[pos:]))
    return "".join(parts)


def _spans_by_doc(blocks: pd.DataFrame) -> dict:
    """doc_id -> its blocks as (block_id, char_start, char_end), documents in order of first
    appearance and blocks in frame order (``blocks.groupby("doc_id", sort=False)``, without
    a frame per document)."""
    cols = [blocks[c].astype(int).to_numpy() for c in ("block_id", "char_start", "char_end")]
    return {doc_id: list(zip(*(c[pos].tolist() for c in cols)))
            for doc_id, pos in rows_by_doc(blocks["doc_id"]).items()}


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
    docs = [(doc_id, texts[doc_id], spans) for doc_id, spans in _spans_by_doc(b).items()
            if doc_id in texts]
    # tag only the kept blocks: the rest of the page is blanked out (offsets unchanged)
    tagging = progress(docs, "tagging names")  # long runs show progress (the slow part)
    ents = {doc_id: ner.tag_entities(_keep_only(text, spans) if b is not blocks else text,
                                     backend=backend)
            for doc_id, text, spans in tagging}
    # a country recognised by its demonym in one document is a country in all of them
    countries: dict[str, tuple[str, str]] = {}
    inferred = {doc_id: inferred_countries(text, ents[doc_id]) for doc_id, text, _ in docs}
    for doc_id, _, _ in docs:
        for form, val in inferred[doc_id].items():
            countries.setdefault(form, val)
    rows = []
    for doc_id, text, spans in docs:
        for m in document_mentions(text, spans, ents=ents[doc_id], countries=countries,
                                   inferred=inferred[doc_id]):
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
            for key in surname_keys(name):
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
    # each actor's mentions in frame order (``groupby("actor_id", sort=False)`` without a
    # frame per actor); missing values are left out as ``dropna`` / ``nunique`` leave them
    by_actor: dict = {}
    for m in mentions[mentions["actor_id"].notna()].itertuples(index=False):
        by_actor.setdefault(m.actor_id, []).append(m)
    rows = []
    for aid, ms in by_actor.items():
        names = Counter(m.name for m in ms)
        name = max(names, key=lambda n: (len(n.split()), names[n], n))
        roles = sorted({m.role for m in ms if pd.notna(m.role)})
        affs = Counter(m.affiliation for m in ms if pd.notna(m.affiliation))
        rows.append({"actor_id": aid, "name": name, "type": ms[0].type,
                     "aliases": sorted({norm(m.text) for m in ms}),
                     "roles": roles,
                     "affiliation": affs.most_common(1)[0][0] if affs else None,
                     "n_mentions": len(ms),
                     "n_docs": len({m.doc_id for m in ms if pd.notna(m.doc_id)}),
                     "docs": {m.doc_id for m in ms}})
    actors = pd.DataFrame(rows)
    nq = {aid: 0 for aid in actors["actor_id"]}
    nw = {aid: 0 for aid in actors["actor_id"]}
    if quotes is not None and not quotes.empty and "speaker" in quotes.columns:
        persons = _Persons([(r.actor_id, r.name, r.docs, surname_keys(r.name))
                            for r in actors[actors["type"] == "person"].itertuples(index=False)])
        for q in quotes.itertuples(index=False):
            spk = getattr(q, "speaker", None)
            if not isinstance(spk, str) or not spk.strip():
                continue
            doc = getattr(q, "doc_id", None)
            aid = persons.match(spk, doc)
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


class _Persons:
    """The person actors, ``(actor_id, name, doc_ids, surname keys)`` each, indexed by name
    and by surname key: :meth:`match` looks at the persons of one name only, not at every
    person for every quotation."""

    def __init__(self, persons: list[tuple[str, str, set, set]]):
        self.persons = persons
        self.by_name: dict[str, list] = defaultdict(list)
        self.by_key: dict[str, list] = defaultdict(list)
        for p in persons:
            self.by_name[p[1]].append(p)
            for key in p[3]:
                self.by_key[key].append(p)

    def match(self, speaker: str, doc_id) -> str | None:
        """The person actor a quote's speaker names: an exact name in the same document,
        then in the corpus; else a unique surname match, in the document, then in the
        corpus."""
        if not self.persons:
            return None
        speaker = norm(speaker)
        sur = speaker.split()[-1] if speaker.split() else ""
        for cands in (self.by_name.get(speaker, ()), self.by_key.get(sur, ())):
            in_doc = [p for p in cands if doc_id in p[2]] if doc_id is not None else cands
            for pool in (in_doc, cands):
                if len(pool) == 1:
                    return pool[0][0]
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
    holds_another = _holds_another_line([o for o in counts if len(o) > 30])
    out = list(kinds)
    for i, ln in enumerate(lines):
        if out[i] in DEFAULT_KINDS and (counts[ln] > 1 or holds_another(ln)):
            out[i] = "caption"
    return out


def _holds_another_line(long_lines: list[str]):
    """``holds(ln)``: True when ``ln`` contains one of ``long_lines`` (all longer than 30
    characters) other than itself. Every one of them starts with one of the 31-character
    prefixes, so only the windows of ``ln`` that match a prefix are compared: linear in the
    page, where trying every line in every line grew with the square of the line count."""
    k = 31
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for o in long_lines:
        by_prefix[o[:k]].append(o)

    def holds(ln: str) -> bool:
        for i in range(len(ln) - k + 1):
            for o in by_prefix.get(ln[i:i + k], ()):
                if o != ln and ln.startswith(o, i):
                    return True
        return False

    return holds


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
