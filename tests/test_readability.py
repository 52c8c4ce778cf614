"""Readability counts, formulas and frames on texts written for these tests."""
from __future__ import annotations

import json
import math
import time

import pandas as pd
import pytest

from analysis import readability as rd
from analysis.sentences import logical_lines, split_sentences
from analysis.syllables import heuristic_syllables, word_syllables


# ---------------------------------------------------------------- sentences
@pytest.mark.parametrize("text, n", [
    ("The U.S. team won the cup. Fans cheered.", 2),
    ("Officials in the U.S. said nothing.", 1),
    ("Talks with the U.S. The envoy left early.", 2),          # initialism + opener
    ("Mr. Smith and Mrs. Brown met Dr. Lee on Jan. 5 in St. Paul.", 1),
    ("Prices rose 3.5 percent. Wages rose 2.25 percent.", 2),
    ("J. R. R. Tolkien wrote about hobbits.", 1),
    ("She waited... and waited. Then nothing... Silence.", 3),
    ('"Come in," he said. "Sit down." She sat.', 3),
    ("'Why?' she asked. 'Because.'", 2),
    ("Is it true? Yes! It is.", 3),
    ("The meeting ended at 4 p.m. and everyone left.", 1),
    ("See No. 7 on the list. He said no. Then he left.", 3),
    ("Bad spacing here.Nobody fixed it .Someone should", 3),
    ("Ratio: three to one; that is all.", 1),
])
def test_sentence_counts(text, n):
    assert len(split_sentences(text)) == n, split_sentences(text)


def test_headline_lines_are_sentences():
    text = "Storm Hits Coastal Towns\nResidents Flee Rising Water\nThe storm arrived at dawn."
    assert split_sentences(text) == ["Storm Hits Coastal Towns", "Residents Flee Rising Water",
                                     "The storm arrived at dawn."]


def test_soft_wrap_joins_lower_case_continuation():
    text = ("A long opening line that clearly runs well past forty characters\n"
            "and continues here in lower case.")
    assert len(split_sentences(text)) == 1


def test_hard_wrapped_text_is_unwrapped():
    lines = ["It was a quiet morning in the village by the river and", "the baker opened",
             "his shop as he always did before the sun came up over", "the hills behind it."]
    lines[1] = "the baker opened his shop early, long before anyone else"
    text = "\n".join(lines)
    assert len(logical_lines(text)) == 1


def test_line_breaks_of_all_kinds():
    assert len(split_sentences("One line\r\nTwo line\rThree line")) == 3


# ---------------------------------------------------------------- words and syllables
def test_contractions_hyphens_abbreviations_figures_are_one_word():
    c = rd.text_counts("Don't ask the well-known U.S.-based firm about $4.25 or 7% or 2,350,000.")
    # Don't ask the well-known U.S.-based firm about $4.25 or 7% or 2,350,000
    assert c["words"] == 12


def test_punctuation_is_not_a_word():
    assert rd.text_counts("Yes - no ... maybe!")["words"] == 3


@pytest.mark.parametrize("word, n", [
    ("cat", 1), ("water", 2), ("banana", 3), ("readability", 5), ("every", 2),
    ("fire", 1), ("didn't", 2), ("don't", 1), ("Russia's", 2), ("university", 5),
])
def test_known_word_syllables(word, n):
    assert word_syllables(word) == n


@pytest.mark.parametrize("word, n", [
    ("blorptastic", 3), ("snarkle", 2), ("flumped", 1), ("glorbed", 1), ("zanted", 2),
    ("quibes", 1), ("frazzes", 2),
])
def test_heuristic_fallback(word, n):
    assert heuristic_syllables(word) == n


def test_abbreviations_and_figures_are_one_syllable():
    c = rd.text_counts("The U.N. paid $4,500,000 in 2019.")
    # The(1) U.N.(1) paid(1) $4,500,000(1) in(1) 2019(1)
    assert (c["words"], c["syllables"]) == (6, 6)


def test_hyphenated_compound_syllables_are_summed():
    assert rd.text_counts("A well-organized plan.")["syllables"] == 1 + 1 + 3 + 1


def test_gunning_complex_words_exclusions():
    # "Tennessee" (name), "created" (creat-ed: 3 via -ed), "everything" (complex),
    # "twenty-seventy" (hyphenated), "UNESCO" (abbreviation)
    c = rd.text_counts("They created everything in Tennessee for UNESCO and twenty-seventy.")
    assert c["polysyllables"] == 4  # UNESCO is one syllable (abbreviation)
    assert c["complex_words"] == 1


def test_dale_chall_familiar_forms_and_names():
    c = rd.text_counts("The boys played happily with Ramona in the garden.")
    # boys (boy+s), played (play+ed), happily (happy), Ramona (name): all familiar
    assert c["unfamiliar_words"] == 0
    c = rd.text_counts("The committee deliberated.")
    assert c["unfamiliar_words"] == 2
    assert c["unique_unfamiliar_words"] == 2


def test_linsear_sample_is_first_hundred_words():
    text = " ".join(["The dog ran home."] * 40)  # 160 words, 40 sentences
    c = rd.text_counts(text)
    assert c["lw_easy"] + c["lw_hard"] == 100
    assert c["lw_sentences"] == 25


def test_letters_ignore_punctuation():
    c = rd.text_counts("It's 9:30, Mr. Li!")
    assert c["letters"] == len("Its930MrLi")


# ---------------------------------------------------------------- formulas
def test_formula_anchors():
    assert rd.flesch_reading_ease(6, 6, 1) == pytest.approx(116.145)
    assert rd.flesch_kincaid_grade(1, 1, 1) == pytest.approx(-3.40)
    assert rd.smog_index(100, 30) == pytest.approx(1.043 * 10 + 3.1291)
    assert rd.coleman_liau_index(639, 119, 5) == pytest.approx(14.53, abs=0.01)
    assert rd.gunning_fog(10, 100, 5) == pytest.approx(0.4 * (20 + 10))
    assert rd.automated_readability_index(500, 100, 5) == pytest.approx(4.71 * 5 + 10 - 21.43)
    assert rd.dale_chall_readability_score(4, 100, 5) == pytest.approx(0.1579 * 4 + 0.0496 * 20)
    assert rd.dale_chall_readability_score(10, 100, 5) == pytest.approx(
        0.1579 * 10 + 0.0496 * 20 + 3.6365)
    assert rd.linsear_write_formula(90, 10, 5) == pytest.approx(120 / 5 / 2)
    assert rd.linsear_write_formula(20, 0, 5) == pytest.approx(4 / 2 - 1)
    assert rd.spache_readability(5, 100, 10) == pytest.approx(0.141 * 10 + 0.086 * 5 + 0.839)


def test_coefficients_table_has_sources_and_direction():
    assert set(rd.COEFFICIENTS) == set(rd.METRIC_NAMES)
    for name, table in rd.COEFFICIENTS.items():
        assert table["source"] and table["direction"] in ("easier", "harder")
        assert getattr(rd, name).__doc__ and "=>" in getattr(rd, name).__doc__


def test_harder_text_scores_harder():
    easy = rd.text_metrics("The dog ran. The cat sat. We had fun in the sun.")
    hard = rd.text_metrics("Institutional accountability necessitates comprehensive "
                           "organizational transparency regarding administrative procedures.")
    assert easy["flesch_reading_ease"] > hard["flesch_reading_ease"]
    for m in rd.METRIC_NAMES[1:]:
        assert hard[m] > easy[m], m


# ---------------------------------------------------------------- undefined values
@pytest.mark.parametrize("text, reason", [("", "empty text"), ("   \n ", "empty text"),
                                          ("... -- !!", "no words")])
def test_undefined_is_nan_with_reason(text, reason):
    counts = rd.text_counts(text)
    assert rd.undefined_reason(counts) == reason
    assert reason in rd.REASONS
    assert all(math.isnan(v) for v in rd.text_metrics(text).values())
    assert all(v is None for v in rd.predict_record(text).values())


def test_predict_and_fallback_records():
    rec = rd.predict_record("Our club meets on Friday. Everyone is welcome.")
    assert list(rec) == list(rd.METRIC_NAMES)
    assert all(isinstance(v, float) for v in rec.values())
    json.dumps(rec, allow_nan=False)
    assert rd.fallback_record("x") == dict.fromkeys(rd.METRIC_NAMES)


def test_metrics_mapping_matches_frame():
    text = "The river rose overnight. Farmers moved their animals to higher ground."
    assert set(rd.METRICS) == set(rd.METRIC_NAMES)
    scores = rd.text_metrics(text)
    for name, fn in rd.METRICS.items():
        assert fn(text) == scores[name]


def test_hundred_thousand_word_block_is_fast():
    sentence = "The council met on Monday and approved the new budget for local schools. "
    text = sentence * (100_000 // 13 + 1)  # one block, no line breaks
    start = time.perf_counter()
    counts = rd.text_counts(text)
    elapsed = time.perf_counter() - start
    assert counts["words"] >= 100_000
    assert counts["sentences"] == 100_000 // 13 + 1
    assert not math.isnan(rd.metrics_from_counts(counts)["smog_index"])
    assert elapsed < 10, elapsed


# ---------------------------------------------------------------- frames
def _blocks(with_segments: bool = True) -> pd.DataFrame:
    rows = [
        ("d1", 0, 0, "Town Fair Opens Saturday", "headline", "main"),
        ("d1", 1, 1, "The annual fair opens on Saturday. Rides, games and food stalls will "
                     "run all day on the green beside the old town hall.", "body", "main"),
        ("d1", 2, 2, "Organizers expect a large crowd this year.", "body", "main"),
        ("d1", 3, 4, "Read More", "boilerplate", "footer"),
        ("d2", 0, 0, "...", "body", "main"),
        ("d3", 0, 0, "The bridge on Elm Street will close for repairs next week, and drivers "
                     "should use the river road until the work is done.", "body", "main"),
        ("d3", 1, 2, "Farmers Market Moves To Larger Square Downtown", "teaser", "promo"),
        ("d3", 2, 3, "Library Extends Weekend Hours For Summer Readers", "teaser", "promo"),
        ("d3", 3, 4, "New Bus Line Links Campus And Hospital District", "teaser", "promo"),
    ]
    frame = pd.DataFrame(rows, columns=["doc_id", "block_id", "line_no", "text", "kind", "zone"])
    frame["n_words"] = frame["text"].str.split().str.len()
    frame["kind"] = frame["kind"].astype("category")
    frame["zone"] = frame["zone"].astype("category")
    return frame if with_segments else frame.drop(columns=["kind", "zone"])


def test_frame_block_level():
    frame = rd.readability_frame(_blocks(), level="block")
    assert len(frame) == 9
    for col in ("doc_id", "block_id", "kind", "zone", *rd.COUNT_NAMES, *rd.METRIC_NAMES,
                "undefined_reason"):
        assert col in frame.columns
    assert frame.loc[0, "sentences"] == 1  # the headline line
    assert frame.loc[4, "undefined_reason"] == "no words"
    assert math.isnan(frame.loc[4, "flesch_reading_ease"])
    assert frame.attrs["approximate"] == ["spache_readability"]


def test_frame_zone_and_document_levels():
    zones = rd.readability_frame(_blocks(), level="zone")
    assert set(map(tuple, zones[["doc_id", "zone"]].astype(str).values)) == {
        ("d1", "main"), ("d1", "footer"), ("d2", "main"), ("d3", "main"), ("d3", "promo")}
    main = zones[(zones.doc_id == "d1") & (zones.zone == "main")].iloc[0]
    assert main["sentences"] == 4
    # three teaser lines alone look hard-wrapped (3 lines <= 100 chars, median >= 40);
    # the frame decides wrapping per document, so each teaser stays its own sentence
    promo = zones[(zones.doc_id == "d3") & (zones.zone == "promo")].iloc[0]
    assert promo["sentences"] == 3
    assert rd.text_counts("\n".join(_blocks().text[6:9]))["sentences"] == 1
    docs = rd.readability_frame(_blocks(), level="document")
    d1 = docs.set_index("doc_id").loc["d1"]
    assert d1["sentences"] == 3 and d1["words"] == 30
    assert docs.set_index("doc_id").loc["d2", "undefined_reason"] == "no words"
    both = rd.readability_frame(_blocks(), level="document", kinds=["headline", "body"])
    assert both.set_index("doc_id").loc["d1", "sentences"] == 4


def test_frame_whole_documents_from_texts():
    texts = {"d1": "First line here.\nSecond line here.", "d2": ""}
    frame = rd.readability_frame(_blocks(False), level="document", texts=texts, kinds=None)
    assert frame.set_index("doc_id").loc["d1", "sentences"] == 2
    assert frame.set_index("doc_id").loc["d2", "undefined_reason"] == "empty text"


def test_frame_needs_segmentation():
    with pytest.raises(ValueError, match="segmentation"):
        rd.readability_frame(_blocks(False), level="zone")
    with pytest.raises(ValueError, match="segmentation"):
        rd.readability_frame(_blocks(False), level="document")
    with pytest.raises(ValueError, match="level"):
        rd.readability_frame(_blocks(), level="paragraph")


# ---------------------------------------------------------------- properties
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(list("abcXYZ .,!?'\"-\n\r\t0123456789$%…—’“”") + ["U.S.", "Mr. "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_text_counts_consistently(text):
    counts = rd.text_counts(text)
    assert all(isinstance(v, int) and v >= 0 for v in counts.values())
    assert (counts["words"] == 0) == (counts["sentences"] == 0)
    assert counts["syllables"] >= counts["words"]
    assert counts["polysyllables"] >= counts["complex_words"]
    assert counts["words"] >= counts["unfamiliar_words"] >= counts["unique_unfamiliar_words"]
    assert counts["lw_easy"] + counts["lw_hard"] == min(100, counts["words"])
    scores = rd.metrics_from_counts(counts)
    reason = rd.undefined_reason(counts)
    if reason is None:
        assert not any(math.isnan(v) for v in scores.values())
    else:
        assert all(math.isnan(v) for v in scores.values())


def test_word_table_matches_counts():
    text = ("Storm Warning For Coastal Towns\nDr. Alvarez said the U.S. agency's "
            "well-organized evacuation began at 6 a.m. Residents, however, stayed home. "
            "Tennessee officials were unavailable.")
    table = rd.word_table(text)
    counts = rd.text_counts(text)
    assert len(table) == counts["words"]
    assert table["sentence"].nunique() == counts["sentences"]
    assert table["syllables"].sum() == counts["syllables"]
    assert table["polysyllable"].sum() == counts["polysyllables"]
    assert table["complex"].sum() == counts["complex_words"]
    assert table["unfamiliar"].sum() == counts["unfamiliar_words"]
    assert table.loc[table.word == "Alvarez", "name"].item()
    assert not table.loc[table.word == "Tennessee", "name"].item()  # sentence-initial only
    assert table.loc[table.word == "U.S.", "kind"].item() == "abbr"
