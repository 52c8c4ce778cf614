"""The shortcuts that make the actors stage fast give what the plain versions give.

Each test compares a fast path with a plain, slower way of computing the same thing: the
tokeniser's plain-word shortcut with the tokenisation rules alone, the sentence splitter
with tokenising line by line, the gazetteer flags with a scan of every token, the blocks
and actors read as plain lists with pandas' ``groupby``, and the resolution given its
inferred countries with the resolution inferring them itself.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd
from hypothesis import given, settings, strategies as st

from analysis import actors, ner, resolution

ALPHABET = list("aAbBzZéÉ19 .,;:!?'\u2019\"\u201c\u2018-&_()\t\xa0\u2028") + [
    "Mr.", "U.S.", "U.S", "n't", "'s", " F. ", "St.", "...", "--", "don't", "O'Neill",
    "anti-Assad", "3-1", "Co.", "\n", "\r\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40))
def test_plain_word_shortcut_gives_the_same_tokens(parts):
    text = "".join(parts)
    rules = re.compile(ner._TOKEN_RULES, re.VERBOSE)
    assert ner.tokenize(text) == [m.span() for m in rules.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_plain_word_shortcut_on_any_text(text):
    rules = re.compile(ner._TOKEN_RULES, re.VERBOSE)
    assert ner.tokenize(text) == [m.span() for m in rules.finditer(text)]


def sentences_line_by_line(text):
    """Each line tokenised on its own, split after . ? ! before a capital or a quote."""
    out = []
    for line in re.finditer(r"[^\r\n]+", text):
        toks = [(s + line.start(), e + line.start()) for s, e in ner.tokenize(line.group())]
        cur = []
        for i, (s, e) in enumerate(toks):
            cur.append((s, e))
            if text[s:e] in (".", "?", "!") and i + 1 < len(toks) and len(cur) > 2:
                nxt = text[toks[i + 1][0]]
                if nxt.isupper() or nxt in "\"'\u201c\u2018":
                    out.append(cur)
                    cur = []
        if cur:
            out.append(cur)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET + ["Kerry said.", " The", "   \n", "?", "!"]),
                max_size=50))
def test_sentences_as_tokenised_line_by_line(parts):
    text = "".join(parts)
    assert ner.sentences(text) == sentences_line_by_line(text)


def gazetteer_flags_by_scan(lower):
    """For each kind, every token tried as the start of the longest phrase."""
    flags = [[] for _ in lower]
    n = len(lower)
    for kind, index in ner.gazetteers().items():
        i = 0
        while i < n:
            hit = next((len(w) for w in index.get(lower[i], ())
                        if tuple(lower[i:i + len(w)]) == w), 0)
            if hit:
                flags[i].append(f"gz:{kind}:B")
                for j in range(i + 1, i + hit):
                    flags[j].append(f"gz:{kind}:I")
                i += hit
            else:
                i += 1
    return flags


def test_gazetteer_flags_as_a_scan_of_every_token():
    r = random.Random(3)
    phrases = [w for index in ner.gazetteers().values() for ws in index.values() for w in ws]
    words = sorted({w for p in phrases for w in p}) + ["said", "the", "of", "talks"]
    for _ in range(500):
        lower = []
        while len(lower) < r.randint(0, 30):
            lower += list(r.choice(phrases)) if r.random() < 0.4 else [r.choice(words)]
        assert [list(f) for f in ner._gazetteer_flags(lower)] == gazetteer_flags_by_scan(lower)


def test_blocks_by_document_as_groupby():
    blocks = pd.DataFrame({"doc_id": ["b", "a", "b", None, "c", "a"],
                           "block_id": [0, 0, 1, 0, 0, 1], "char_start": [0, 0, 5, 0, 0, 9],
                           "char_end": [4, 8, 9, 3, 2, 12]})
    want = {d: list(zip(g["block_id"].astype(int), g["char_start"].astype(int),
                        g["char_end"].astype(int)))
            for d, g in blocks.groupby("doc_id", sort=False)}
    got = actors._spans_by_doc(blocks)
    assert got == want and list(got) == list(want)


def actors_by_groupby(mentions):
    rows = []
    for aid, g in mentions.groupby("actor_id", sort=False):
        names = Counter(g["name"])
        rows.append({"actor_id": aid,
                     "name": max(names, key=lambda n: (len(n.split()), names[n], n)),
                     "type": g["type"].iloc[0],
                     "aliases": sorted({actors.norm(t) for t in g["text"]}),
                     "roles": sorted(set(g["role"].dropna())),
                     "n_mentions": len(g), "n_docs": g["doc_id"].nunique()})
    return rows


def test_actors_frame_as_groupby():
    mentions = pd.DataFrame({
        "doc_id": ["d1", "d1", "d2", "d2", "d3", None],
        "actor_id": ["person:mara-vint", "country:norland", "person:mara-vint",
                     "person:mara-vint", "country:norland", "person:mara-vint"],
        "name": ["Mara Vint", "Norland", "Vint", "Mara Vint", "Norland", "Mara Vint"],
        "type": ["person", "country", "person", "person", "country", "person"],
        "text": ["Mara  Vint", "Norland", "Vint", "Mara Vint", "Norlandic", "Vint"],
        "role": ["Minister", None, "President", None, None, "Minister"],
        "affiliation": ["Norland", None, None, None, None, "Norland"]})
    got = actors.actors_frame(mentions).set_index("actor_id")
    for want in actors_by_groupby(mentions):
        row = got.loc[want.pop("actor_id")]
        assert {k: row[k] for k in want} == want


def test_resolution_given_its_inferred_countries():
    text = ("Varnia and Talmor signed the accord in Velgrad.\n"
            "Varnian officials said Talmorese troops would leave Harbour Town.")
    ents = [{"start": m.start(), "end": m.end(), "label": label, "text": m.group()}
            for name, label in (("Varnia", "LOC"), ("Talmor", "LOC"), ("Velgrad", "LOC"),
                                ("Harbour Town", "LOC"))
            for m in re.finditer(name, text)]
    blocks = [(0, 0, text.index("\n")), (1, text.index("\n") + 1, len(text))]
    inferred = resolution.inferred_countries(text, ents)
    assert inferred                      # the test needs a country the tables do not know
    plain = resolution.document_mentions(text, blocks, ents=ents)
    assert resolution.document_mentions(text, blocks, ents=ents, inferred=inferred) == plain
