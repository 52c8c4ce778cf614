"""Actors: resolution rules on texts written for these tests, the frames, cooccurrence,
the ``predict actors`` record, and the seed figure (shared)."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import analysis
from analysis import actors, predict
from analysis.blocks import blocks_frame


def ent(text, surface, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "label": label, "text": surface}


def by(ments, key="name"):
    out = {}
    for m in ments:
        out.setdefault((m["type"], m[key]), []).append(m["text"])
    return out


# --- resolution rules with given entities (no tagger involved) -----------------
DOC = ("Interior Minister Mara Vint of Norland met Secretary Kerry in Lisbon.\n"
       "Vint said the Russians and Moscow had been told. John Kerry agreed.\n"
       "President Vint called the anti-Vint protests small; Iranian diplomats watched.\n"
       "At a Moscow meeting, Minister Vint spoke again.")


def doc_entities():
    t = DOC
    return [ent(t, "Mara Vint", "PER"), ent(t, "Kerry", "PER"), ent(t, "Lisbon", "LOC"),
            ent(t, "Vint", "PER", 1), ent(t, "Russians", "MISC"), ent(t, "Moscow", "LOC"),
            ent(t, "John Kerry", "PER"), ent(t, "Vint", "PER", 2),
            ent(t, "Moscow", "LOC", 1), ent(t, "Vint", "LOC", 4)]


def test_surname_and_title_resolve_to_full_name():
    ments = actors.document_mentions(DOC, ents=doc_entities())
    groups = by(ments)
    # "Secretary Kerry" and "Kerry" -> John Kerry even though the full name comes later
    assert sorted(groups[("person", "John Kerry")]) == ["John Kerry", "Kerry"]
    # "Vint", "President Vint", "anti-Vint" (swept), "Minister Vint" (tagged LOC: the
    # document's person wins) -> Mara Vint
    assert len(groups[("person", "Mara Vint")]) == 5
    roles = {m["role"] for m in ments if m["name"] == "Mara Vint"}
    assert {"Interior Minister", "President"} <= roles
    assert {m["role"] for m in ments if m["text"] == "Kerry"} == {"Secretary"}


def test_demonyms_and_capital_metonyms():
    ments = actors.document_mentions(DOC, ents=doc_entities())
    groups = by(ments)
    # "the Russians" and "Moscow had been told" -> Russia; "a Moscow meeting" stays a place
    assert sorted(groups[("country", "Russia")]) == ["Moscow", "Russians"]
    assert groups[("place", "Moscow")] == ["Moscow"]
    # "Iranian" is swept up as Iran even though the tagger gave nothing there
    assert groups[("country", "Iran")] == ["Iranian"]
    assert groups[("place", "Lisbon")] == ["Lisbon"]


def test_affiliation_from_demonym_before_role():
    text = "Russian Foreign Minister Sergei Lavrov and Acme Institute analyst Jo Park spoke."
    ents = [ent(text, "Russian", "MISC"), ent(text, "Sergei Lavrov", "PER"),
            ent(text, "Acme Institute", "ORG"), ent(text, "Jo Park", "PER")]
    ments = {m["name"]: m for m in actors.document_mentions(text, ents=ents)}
    assert ments["Sergei Lavrov"]["role"] == "Foreign Minister"
    assert ments["Sergei Lavrov"]["affiliation"] == "Russia"
    assert ments["Jo Park"]["role"] == "analyst"
    assert ments["Jo Park"]["affiliation"] == "Acme Institute"


def test_country_names_aliases_and_org_table():
    text = "The United States and the U.S. Congress; US officials met U.N. staff and Britons."
    ents = [ent(text, "United States", "LOC"), ent(text, "U.S. Congress", "ORG"),
            ent(text, "US", "LOC"), ent(text, "U.N.", "ORG")]
    groups = by(actors.document_mentions(text, ents=ents))
    assert sorted(groups[("country", "United States")]) == ["US", "United States"]
    assert groups[("organisation", "Congress")] == ["U.S. Congress"]
    assert groups[("organisation", "United Nations")] == ["U.N."]
    assert groups[("country", "United Kingdom")] == ["Britons"]


def test_title_case_headline_word_is_not_an_actor():
    text = "Leaders Not Going to Back Down Over Trade in Vantia\nThey will not back down, he said."
    ents = [ent(text, "Back", "LOC"), ent(text, "Vantia", "LOC")]
    names = {m["name"] for m in actors.document_mentions(text, ents=ents)}
    assert names == {"Vantia"}


# --- frames -------------------------------------------------------------------
TEXTS = {
    "d1": "Foreign Minister Mara Vint visited Lisbon.\nVint met Portuguese officials.",
    "d2": "Vint returned home.\nThe Lisbon talks ended; Mara Vint was pleased.",
    "d3": "Tom Vint, a farmer, was not related.",
}


def fake_tagger(monkeypatch):
    names = ["Mara Vint", "Tom Vint", "Vint", "Lisbon", "Portuguese"]
    labels = {"Lisbon": "LOC", "Portuguese": "MISC"}

    def tag(text, backend="crf", model_path=None):
        out, taken = [], []
        for n in names:
            i = text.find(n)
            while i >= 0:
                if not any(a < i + len(n) and i < b for a, b in taken):
                    out.append({"start": i, "end": i + len(n), "label": labels.get(n, "PER"),
                                "text": n})
                    taken.append((i, i + len(n)))
                i = text.find(n, i + 1)
        return sorted(out, key=lambda e: e["start"])

    monkeypatch.setattr(actors.ner, "tag_entities", tag)


def test_mentions_frame_and_kinds(monkeypatch):
    fake_tagger(monkeypatch)
    blocks = blocks_frame(TEXTS)
    m = actors.mentions_frame(TEXTS, blocks)
    assert list(m.columns)[:7] == ["doc_id", "block_id", "char_start", "char_end", "text",
                                   "actor_id", "type"]
    for r in m.itertuples():
        assert TEXTS[r.doc_id][r.char_start:r.char_end] == r.text
    # same full name across documents -> one actor; "Vint" in d2 resolves in its doc
    mara = m[m["actor_id"] == "person:mara-vint"]
    assert set(mara["doc_id"]) == {"d1", "d2"} and len(mara) == 4
    assert "person:tom-vint" in set(m["actor_id"])
    # kinds filter keeps only the chosen blocks
    kinds = blocks.assign(kind=["headline", "body", "body", "caption", "body"])
    m2 = actors.mentions_frame(TEXTS, kinds, kinds=["headline"])
    assert set(zip(m2["doc_id"], m2["block_id"])) == {("d1", 0)}


def test_actors_frame_and_quotes_join(monkeypatch):
    fake_tagger(monkeypatch)
    m = actors.mentions_frame(TEXTS, blocks_frame(TEXTS))
    quotes = pd.DataFrame({"doc_id": ["d1", "d2", "d1"], "speaker": ["Mara Vint", "Vint", None],
                           "n_words": [10, 5, 7]})
    a = actors.actors_frame(m, quotes).set_index("actor_id")
    assert list(actors.actors_frame(m).columns) == actors.ACTOR_COLUMNS
    mara = a.loc["person:mara-vint"]
    assert mara["name"] == "Mara Vint" and mara["type"] == "person"
    assert mara["n_mentions"] == 4 and mara["n_docs"] == 2
    assert mara["roles"] == ["Foreign Minister"]
    assert bool(mara["quoted"]) and mara["n_quotes"] == 2 and mara["words_quoted"] == 15
    assert set(mara["aliases"]) == {"Mara Vint", "Vint"}
    assert not a.loc["person:tom-vint"]["quoted"]
    assert a.loc["country:portugal"]["n_mentions"] == 1
    assert a.loc["place:lisbon"]["n_docs"] == 2


def test_cooccurrence(monkeypatch):
    fake_tagger(monkeypatch)
    m = actors.mentions_frame(TEXTS, blocks_frame(TEXTS))
    doc = actors.cooccurrence(m, level="document")
    assert list(doc.columns) == ["actor_a", "name_a", "actor_b", "name_b", "count"]
    pair = doc[(doc.actor_a == "person:mara-vint") & (doc.actor_b == "place:lisbon")]
    assert pair["count"].tolist() == [2]
    blk = actors.cooccurrence(m, level="block")
    pair = blk[(blk.actor_a == "person:mara-vint") & (blk.actor_b == "place:lisbon")]
    assert pair["count"].tolist() == [2]
    pair = blk[(blk.actor_a == "country:portugal") & (blk.actor_b == "person:mara-vint")]
    assert pair["count"].tolist() == [1]
    assert doc.set_index(["actor_a", "actor_b"])["count"][("country:portugal",
                                                           "place:lisbon")] == 1
    assert (blk["actor_a"] < blk["actor_b"]).all()
    with pytest.raises(ValueError):
        actors.cooccurrence(m, level="page")
    assert actors.cooccurrence(m.iloc[0:0]).empty


# --- predict actors (real tagger) -----------------------------------------------
PAGE = """World / Europe

Norland and Portugal Agree on Fishing Quotas After Long Talks

Mara Vint and Antonio Costa shake hands in Lisbon, Portugal, after signing the agreement on Monday, May 4.
Mara Vint and Antonio Costa shake hands in Lisbon, Portugal, after signing the agreement on Monday, May 4.
Foreign Minister Mara Vint of Norland met Portuguese Prime Minister Antonio Costa in Lisbon on Monday to sign the agreement.
"We have waited a long time for this agreement and our fishermen deserve it," Vint told reporters after the ceremony in Lisbon.
Costa said the deal would be reviewed by the European Union next year, and that Portugal would keep its quotas.

Comments
by: Pedro from: Porto
I think Costa and Vint did well today and the people of Portugal will be very grateful for it.
"""


@pytest.fixture(params=["segmentation", "fallback"])
def page_mode(request, monkeypatch):
    """Run with the project's segmentation, and with the simple fallback (as if
    analysis.segment were missing)."""
    if request.param == "fallback":
        monkeypatch.setitem(sys.modules, "analysis.segment", None)
    return request.param


def test_fallback_kinds():
    lines = ["World", "A Headline With Enough Words Here",
             "one two three four five six seven eight nine ten eleven twelve",
             "short line", "You May Like",
             "one two three four five six seven eight nine ten eleven twelve thirteen"]
    assert actors._fallback_kinds(lines) == ["other", "headline", "body", "other", "other",
                                             "other"]


def test_page_blocks_uses_segmentation_when_present(monkeypatch):
    import types

    def segment_blocks(blocks):
        kinds = ["section", "headline", "caption", "caption", "body", "body", "body",
                 "navigation", "comment_meta", "comment"]
        return blocks.assign(kind=pd.Categorical(kinds))

    monkeypatch.setitem(sys.modules, "analysis.segment",
                        types.SimpleNamespace(segment_blocks=segment_blocks))
    kinds = actors.page_blocks(PAGE)["kind"].tolist()
    assert kinds[:7] == ["section", "headline", "caption", "caption", "body", "body", "body"]
    found = {a["name"]: a["mentions"] for a in actors.predict_record(PAGE)["actors"]}
    assert found["Mara Vint"] == 2 and found["Antonio Costa"] == 2


def test_repeated_body_lines_are_captions():
    lines = ["Head line words here", "a caption that is long enough to count here",
             "a caption that is long enough to count here", "body text",
             "xa caption that is long enough to count herex"]
    kinds = ["headline", "body", "body", "body", "body"]
    assert actors._repeats_are_captions(lines, kinds) == ["headline", "caption", "caption",
                                                           "body", "caption"]


def test_predict_record_counts_headline_and_body_only(monkeypatch):
    monkeypatch.setitem(sys.modules, "analysis.segment", None)  # the fallback segmentation
    rec = actors.predict_record(PAGE)
    found = {(a["name"], a["type"]): a for a in rec["actors"]}
    assert set(rec) == {"actors"}
    for a in rec["actors"]:
        assert set(a) == {"name", "type", "aliases", "mentions", "quoted"}
        assert a["type"] in {"person", "org", "country", "other"}
    # the repeated caption-like line and the comment are not counted
    assert found[("Mara Vint", "person")]["mentions"] == 2
    assert found[("Antonio Costa", "person")]["mentions"] == 2
    assert found[("Lisbon", "other")]["mentions"] == 2
    # headline "Portugal" (not "Portugal Agree"), "Portuguese", body "Portugal"
    assert found[("Portugal", "country")]["mentions"] == 3
    assert found[("Portugal", "country")]["aliases"] == ["Portugal", "Portuguese"]
    assert ("Norland", "other") in found
    assert actors.fallback_record(PAGE) == {"actors": []}


def test_predict_runner_actors(page_mode):
    lines = [json.dumps({"id": "p", "text": PAGE}), json.dumps({"id": "e", "text": ""})]
    out = io.StringIO()
    assert predict.run("actors", io.StringIO("\n".join(lines)), out, io.StringIO()) == 0
    recs = [json.loads(x) for x in out.getvalue().splitlines()]
    assert recs[0]["actors"] and recs[1] == {"id": "e", "actors": []}


# --- measured on the seed (../shared) --------------------------------------------
def _score_seed(shared_dir, tmp_path, text):
    pred = tmp_path / "seed.json"
    pred.write_text(json.dumps(actors.predict_record(text)["actors"]))
    res = subprocess.run([sys.executable, str(shared_dir / "eval" / "actors" / "score.py"),
                          "--seed", str(pred)], capture_output=True, text=True, check=True)
    lines = {ln.split()[0]: ln for ln in res.stdout.splitlines() if ln.strip()}
    return lines["person"], lines["all"], res.stdout


@pytest.mark.shared
@pytest.mark.parametrize("source", ["page", "body"])
def test_seed_actors(shared_dir, tmp_path, source, monkeypatch):
    """The issue's figure, with this module's own page reading (the fallback), so that it
    measures the actor layer alone."""
    monkeypatch.setitem(sys.modules, "analysis.segment", None)
    path = (shared_dir / "seeds" / "000_0cf8f4e938e2421f.txt" if source == "page"
            else shared_dir / "eval" / "actors" / "seed_body.txt")
    person, allr, out = _score_seed(shared_dir, tmp_path, path.read_text(encoding="utf-8"))
    assert "P=100.0 R=100.0" in person, out
    assert float(allr.split("F1=")[1].split()[0]) >= 93.0, out
    assert float(person.split("mention_MAE=")[1].split()[0]) <= 0.35, out


@pytest.mark.shared
def test_seed_persons_with_project_segmentation(shared_dir, tmp_path):
    """With the project's segmentation choosing the headline and body blocks, the seed's
    persons are still exactly right (other counts follow the segmentation's kinds)."""
    text = (shared_dir / "seeds" / "000_0cf8f4e938e2421f.txt").read_text(encoding="utf-8")
    person, _, out = _score_seed(shared_dir, tmp_path, text)
    assert "P=100.0 R=100.0" in person, out


def test_groups_edges_and_titles_inside_spans():
    text = ("And Obama met Democrat Dana Reyes. Muslims and Hispanic voters listened; "
            "Acme Senior Adviser Lee Moran agreed. Never mind.")
    ents = [ent(text, "And Obama", "PER"), ent(text, "Democrat Dana Reyes", "PER"),
            ent(text, "Muslims", "PER"), ent(text, "Hispanic", "MISC"),
            ent(text, "Acme Senior Adviser Lee Moran", "PER"), ent(text, "Never", "PER")]
    ments = {m["text"]: m for m in actors.document_mentions(text, ents=ents)}
    assert set(ments) == {"Obama", "Dana Reyes", "Muslims", "Hispanic", "Lee Moran"}
    assert ments["Dana Reyes"]["role"] == "Democrat"
    assert ments["Lee Moran"]["role"] == "Acme Senior Adviser"
    assert (ments["Muslims"]["type"], ments["Hispanic"]["name"]) == ("group", "Hispanics")
    for m in ments.values():
        assert text[m["start"]:m["end"]] == m["text"]


def test_person_used_attributively():
    text = "The Vint administration's plan angered the Moscow government and the Tory party."
    ents = [ent(text, "Vint", "LOC"), ent(text, "Moscow", "LOC"), ent(text, "Tory", "MISC")]
    groups = by(actors.document_mentions(text, ents=ents))
    assert groups[("person", "Vint")] == ["Vint"]
    assert groups[("country", "Russia")] == ["Moscow"]
    assert groups[("group", "Tories")] == ["Tory"]


def test_shared_surname_goes_to_the_latest_full_name():
    text = "Ann Lee spoke first. Lee left. Then Bob Lee arrived; Lee sat down."
    ents = [ent(text, "Ann Lee", "PER"), ent(text, "Lee", "PER", 1),
            ent(text, "Bob Lee", "PER"), ent(text, "Lee", "PER", 3)]
    names = [m["name"] for m in actors.document_mentions(text, ents=ents)]
    assert names == ["Ann Lee", "Ann Lee", "Bob Lee", "Bob Lee"]


def test_country_known_by_its_demonym_in_the_text():
    text = ("ORLAND, May 2 (Coastal Wire) \u2014 Zembia and Ruvania signed the pact. "
            "Zembian officials and the Ruvanians cheered in Orland; Coastal Wire reported.")
    ents = [ent(text, "ORLAND", "LOC"), ent(text, "Coastal Wire", "ORG"),
            ent(text, "Zembia and Ruvania", "ORG"), ent(text, "Zembian", "MISC"),
            ent(text, "Orland", "LOC"), ent(text, "Coastal Wire", "ORG", 1)]
    groups = by(actors.document_mentions(text, ents=ents))
    assert sorted(groups[("country", "Zembia")]) == ["Zembia", "Zembian"]
    assert sorted(groups[("country", "Ruvania")]) == ["Ruvania", "Ruvanians"]
    # the capitals-only dateline takes the name as written elsewhere; the wire is no actor
    assert sorted(groups[("place", "Orland")]) == ["ORLAND", "Orland"]
    assert not any(name == "Coastal Wire" for _, name in groups)


def test_street_words_split_spans_and_one_type_per_name():
    text = ("Crews closed Harlow Avenue near Port Vale. Port Vale residents and the "
            "Velgrad-based Danubia Bank complained; Port Vale is quiet.")
    ents = [ent(text, "Harlow Avenue", "PER"), ent(text, "Port Vale", "LOC"),
            ent(text, "Port Vale", "PER", 1), ent(text, "Velgrad-based Danubia Bank", "ORG"),
            ent(text, "Port Vale", "LOC", 2)]
    groups = by(actors.document_mentions(text, ents=ents))
    assert groups[("place", "Harlow Avenue")] == ["Harlow Avenue"]
    assert len(groups[("place", "Port Vale")]) == 3
    assert groups[("organisation", "Danubia Bank")] == ["Danubia Bank"]


def test_capital_city_or_government():
    text = ("Grain goes to a bakery in Jakarta or Manila. Moscow said no; the government in "
            "Damascus agreed, and talks with Tehran went on. St. Brigid's Hospital is full.")
    ents = [ent(text, "Jakarta", "LOC"), ent(text, "Manila", "LOC"), ent(text, "Moscow", "LOC"),
            ent(text, "Damascus", "LOC"), ent(text, "Tehran", "LOC"),
            ent(text, "St. Brigid", "PER")]
    got = {m["text"]: (m["type"], m["name"]) for m in actors.document_mentions(text, ents=ents)}
    assert got["Jakarta"] == ("place", "Jakarta") and got["Manila"] == ("place", "Manila")
    assert got["Moscow"] == ("country", "Russia") and got["Damascus"] == ("country", "Syria")
    assert got["Tehran"] == ("country", "Iran")
    assert got["St. Brigid's Hospital"] == ("organisation", "St. Brigid's Hospital")


WORDS = ["Kerry", "said", "U.S.", "the", "Russians", "Moscow", "President", "Putin", "'s",
         "anti-Assad", "Washington", "in", "a", "Doha", "meeting", "\u201cWe", "go,\u201d",
         "Secretary", "of", "State", "John", "\n", "\n\n", "Iranian", "and", "Not", "Going",
         "St.", "Brigid's", "Hospital", "(Coastal", "Wire)", "\u2014", "Varnia", "Varnian"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_mentions_and_predict_never_fail_and_keep_offsets(words):
    text = " ".join(words)
    for m in actors.document_mentions(text):
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["type"] in actors.SCORER_TYPE
    rec = actors.predict_record(text)
    assert all(a["mentions"] >= 1 for a in rec["actors"])


def test_cue_words_decide_the_type():
    text = ("Battery maker Voltaro will build a plant. Voltaro said the Serra river is low; "
            "Voltaro hired Serra engineers.")
    ents = [ent(text, "Voltaro", "PER"), ent(text, "Voltaro", "PER", 1),
            ent(text, "Serra", "PER"), ent(text, "Voltaro", "PER", 2), ent(text, "Serra", "PER", 1)]
    types = {(m["text"], m["type"]) for m in actors.document_mentions(text, ents=ents)}
    assert types == {("Voltaro", "organisation"), ("Serra", "place")}


def test_person_name_inside_a_mis_tagged_span():
    text = "Poll: Dana Reyes Leads Field\nReyes said the poll was early. Dana Reyes smiled."
    ents = [ent(text, "Dana Reyes Leads", "ORG"), ent(text, "Reyes", "PER", 1),
            ent(text, "Dana Reyes", "ORG", 1)]
    got = [(m["text"], m["type"], m["name"]) for m in actors.document_mentions(text, ents=ents)]
    assert got == [("Dana Reyes", "person", "Dana Reyes"), ("Reyes", "person", "Dana Reyes"),
                   ("Dana Reyes", "person", "Dana Reyes")]


def test_a_function_word_tagged_as_a_name_is_no_country():
    """"The" tagged as an organisation once made "This" and "Then" (The+is, The+n) its
    demonyms, so every "This" in a corpus became the country "The". A function word is
    never a country, nor a demonym; a real unknown country still is."""
    from analysis.resolution import inferred_countries

    text = ("The port reopened. This is good news, Then the ferry left.\n"
            "Varnia signed the deal; Varnian officials were pleased.")
    ents = [{"label": "ORG", "text": "The", "start": 0, "end": 3},
            {"label": "LOC", "text": "Varnia", "start": 59, "end": 65}]
    found = inferred_countries(text, ents)
    assert "The" not in found and "This" not in found and "Then" not in found
    assert found["Varnian"] == ("Varnia", "adjective")


def test_names_ending_in_place_and_team_words_are_not_people():
    """"Gannet Point" is a place, "the Northfield Wire" a news agency and "the Maplestead
    Mariners" a team, whatever the tagger's label: none of them is a person."""
    text = ("Boats left Gannet Point at dawn, the Northfield Wire reported. The Maplestead "
            "Mariners won again on Sunday, said coach Ada Finch.\\n")
    corpus = analysis.Corpus.from_texts({"d": text})
    found = dict(zip(corpus.actors["name"], corpus.actors["type"]))
    assert found.get("Gannet Point") == "place", found
    assert found.get("Northfield Wire") == "organisation", found
    assert found.get("Maplestead Mariners") == "organisation", found
    assert found.get("Ada Finch") == "person", found
