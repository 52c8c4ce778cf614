"""Named entities: tokeniser offsets, the shipped model, the prediction record, backends,
and the dev-set figure (shared)."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from analysis import ner, predict

TEXT = ("U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov "
        "in Geneva on Monday, the State Department said.\n"
        "Kerry didn't say whether Lavrov's proposal was acceptable to the European Union.")


# --- tokeniser ---------------------------------------------------------------
def words(text):
    return [text[s:e] for s, e in ner.tokenize(text)]


@pytest.mark.parametrize("text, expected", [
    ("England's captain didn't play.", ["England", "'s", "captain", "did", "n't", "play", "."]),
    ("the U.S. and U.N. officials", ["the", "U.S.", "and", "U.N.", "officials"]),
    ("with the U.S,\" said Mr. Smith", ["with", "the", "U.S", ",", '"', "said", "Mr.", "Smith"]),
    ("anti-Assad U.S.-recognized O'Neill", ["anti-Assad", "U.S.", "-", "recognized", "O'Neill"]),
    ("LONDON 1996-08-30 won 3-1 (2-0)", ["LONDON", "1996-08-30", "won", "3-1", "(", "2-0", ")"]),
    ("They\u2019re here\u2026 \u201cYes\u201d", ["They", "\u2019re", "here", "\u2026", "\u201c", "Yes", "\u201d"]),
    ("John F. Kennedy", ["John", "F.", "Kennedy"]),
])
def test_tokenize_examples(text, expected):
    assert words(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_tokenize_offsets_exact(text):
    spans = ner.tokenize(text)
    prev = 0
    covered = set()
    for s, e in spans:
        assert prev <= s < e <= len(text)
        tok = text[s:e]
        assert tok.strip() == tok and not any(c.isspace() for c in tok)
        covered.update(range(s, e))
        prev = e
    # every non-whitespace character belongs to exactly one token
    assert covered == {i for i, c in enumerate(text) if not c.isspace()}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Kerry", "said", "U.S.", "didn't", ",", "Moscow's", "\n",
                                 "\"", "al-Assad", "3-1", "Mr.", " "]), max_size=30))
def test_sentences_cover_tokens(parts):
    text = " ".join(parts)
    flat = [t for sent in ner.sentences(text) for t in sent]
    assert flat == ner.tokenize(text)


def test_tags_to_spans():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "O"]
    assert ner.tags_to_spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


# --- the shipped model -------------------------------------------------------
def test_model_is_crfsuite_not_pickle_and_small():
    data = ner.MODEL_PATH.read_bytes()
    assert data[:4] == b"lCRF", "CRFsuite's own binary format"
    assert not data.startswith(b"\x80"), "not a pickle"
    assert len(data) <= 25 * 1024 * 1024
    tagger = ner.load_model()
    assert set(tagger.labels()) >= {"O", "B-PER", "I-PER", "B-ORG", "B-LOC", "B-MISC"}


def test_model_card_matches_the_model():
    import hashlib

    card = json.loads(ner.MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    assert card["sha256"] == hashlib.sha256(ner.MODEL_PATH.read_bytes()).hexdigest(), \
        "model changed without re-running scripts/train_ner.py"
    assert "research use only" in card["licence_note"]


def test_tag_entities_offsets_and_labels():
    ents = ner.tag_entities(TEXT)
    got = {(e["text"], e["label"]) for e in ents}
    for e in ents:
        assert TEXT[e["start"]:e["end"]] == e["text"]
        assert e["label"] in ner.LABELS
    assert ("John Kerry", "PER") in got
    assert ("Sergei Lavrov", "PER") in got
    assert ("Geneva", "LOC") in got
    assert ("Kerry", "PER") in got
    assert ("Russian", "MISC") in got


def test_tag_entities_empty_and_odd_input():
    assert ner.tag_entities("") == []
    assert ner.tag_entities("   \n\n\t") == []
    assert isinstance(ner.tag_entities("\u201c\u2026\u201d --- ??? \x00"), list)


def test_predict_record_and_fallback():
    rec = ner.predict_record(TEXT)
    assert set(rec) == {"entities"}
    assert all(set(e) == {"start", "end", "label"} for e in rec["entities"])
    assert ner.fallback_record(TEXT) == {"entities": []}


def test_predict_runner_never_fails():
    lines = [json.dumps({"id": "a", "text": TEXT}), json.dumps({"id": "b", "text": None}), "{bad"]
    out = io.StringIO()
    predict.run("entities", io.StringIO("\n".join(lines)), out, io.StringIO())
    recs = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[0]["entities"] and recs[1]["entities"] == []


def test_entities_frame_columns():
    frame = ner.entities_frame({"d1": TEXT, "d2": ""})
    assert list(frame.columns) == ["doc_id", "start", "end", "label", "text"]
    assert set(frame["doc_id"]) == {"d1"}


def test_unknown_backend():
    with pytest.raises(ValueError):
        ner.tag_entities(TEXT, backend="nope")


# --- optional backends -------------------------------------------------------
def test_spacy_backend():
    if not ner.spacy_available():
        pytest.skip("spaCy with en_core_web_sm is not installed here (the kit never downloads it)")
    ents = ner.tag_entities(TEXT, backend="spacy")
    assert any(e["label"] == "PER" for e in ents)
    assert all(TEXT[e["start"]:e["end"]] == e["text"] for e in ents)


def test_nltk_backend():
    if not ner.nltk_available():
        pytest.skip("NLTK's NE chunker / tagger data are not installed here (no nltk.download)")
    ents = ner.tag_entities(TEXT, backend="nltk")
    assert any(e["label"] == "PER" for e in ents)
    assert all(TEXT[e["start"]:e["end"]] == e["text"] for e in ents)


def test_missing_backend_says_why():
    if ner.spacy_available():
        pytest.skip("spaCy is installed")
    with pytest.raises(RuntimeError, match="spaCy"):
        ner.tag_entities(TEXT, backend="spacy")


# --- tiny smoke training (own sentences, a few seconds at most) ----------------
def test_smoke_training(tmp_path, repo_dir):
    sys.path.insert(0, str(repo_dir / "scripts"))
    import train_ner

    conll = tmp_path / "eng.train"
    sents = [
        [("Anna", "I-PER"), ("Berg", "I-PER"), ("visited", "O"), ("Oslo", "I-LOC"), (".", "O")],
        [("The", "O"), ("Acme", "I-ORG"), ("Corp", "I-ORG"), ("hired", "O"), ("Anna", "I-PER"),
         (".", "O")],
        [("Swedish", "I-MISC"), ("officials", "O"), ("met", "O"), ("in", "O"), ("Oslo", "I-LOC"),
         (".", "O")],
    ]
    lines = ["-DOCSTART- -X- O O", ""]
    for s in sents * 3:
        lines += [f"{w} X X {t}" for w, t in s] + [""]
    conll.write_text("\n".join(lines), encoding="utf-8")
    docs = train_ner.read_conll(conll)
    assert docs[0][0][0] == ("Anna", "B-PER") and docs[0][0][1] == ("Berg", "I-PER")
    out = tmp_path / "m.crfsuite"
    d1 = train_ner.train(tmp_path, out)
    d2 = train_ner.train(tmp_path, tmp_path / "m2.crfsuite")
    assert d1 == d2, "training is deterministic"
    ents = ner.tag_entities("Anna Berg visited Oslo.", model_path=str(out))
    assert ("Oslo", "LOC") in {(e["text"], e["label"]) for e in ents}


# --- measured on the CoNLL-2003 dev set (../shared) ---------------------------
@pytest.mark.shared
def test_dev_set_f1(shared_dir, tmp_path):
    gold = shared_dir / "eval" / "actors" / "ner_dev.jsonl"
    pred = tmp_path / "pred.jsonl"
    with open(gold, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as g:
        for line in f:
            r = json.loads(line)
            g.write(json.dumps({"id": r["id"], **ner.predict_record(r["text"])}) + "\n")
    res = subprocess.run([sys.executable, str(shared_dir / "eval" / "actors" / "score.py"),
                          str(pred), "--json", str(tmp_path / "s.json")],
                         capture_output=True, text=True, check=True)
    scores = json.loads((tmp_path / "s.json").read_text())["scores"]
    # measured: micro 92.1, PER 93.4 (issue asks >= 85 and >= 90)
    assert scores["micro"]["f1"] >= 0.91, res.stdout
    assert scores["PER"]["f1"] >= 0.925, res.stdout
