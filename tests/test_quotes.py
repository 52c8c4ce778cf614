"""Quotes: unit tests on texts written for these tests (no shared material)."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import names
from analysis.blocks import blocks_frame
from analysis.predict import run
from analysis.quotes import (fallback_record, find_quotes, predict_record, quote_density,
                             quotes_frame, share_of_voice)


def spans(text):
    return [text[q["start"]:q["end"]] for q in find_quotes(text)]


# ------------------------------------------------------------ spans

def test_straight_and_curly_marks():
    text = ('Mayor Ada Brennan opened the hall.\n'
            '"We will keep the pool open all summer," Brennan said.\n'
            '\u201cThe budget is tight, but it holds,\u201d she said.\n')
    assert spans(text) == ["We will keep the pool open all summer,",
                           "The budget is tight, but it holds,"]


def test_offsets_exclude_marks_and_trim():
    text = 'Ivo Marsh said: " The bridge reopens in May. "\n'
    (q,) = find_quotes(text)
    assert text[q["start"]:q["end"]] == "The bridge reopens in May."
    assert q["n_words"] == 5


def test_nested_single_quotes_stay_inside():
    text = ('Council leader Rosa Delgado spoke first.\n'
            '"People keep telling me, \'Just wait another year.\' We have waited long enough,"'
            ' Delgado said.\n')
    (q,) = find_quotes(text)
    assert q["text"].startswith("People keep telling me, 'Just wait")
    assert q["speaker"] == "Rosa Delgado"


def test_interrupted_quote_is_two_quotes_of_one_speaker():
    text = ('Finance Minister Pavel Orlov met bankers on Monday.\n'
            '"We are worried about inflation," said Minister Orlov, '
            '"and we will act if prices keep rising."\n')
    qs = find_quotes(text)
    assert [q["text"] for q in qs] == ["We are worried about inflation,",
                                       "and we will act if prices keep rising."]
    assert {q["speaker"] for q in qs} == {"Pavel Orlov"}


def test_multi_paragraph_quote_is_linked():
    text = ('Engineer Tomas Reyes described the repair.\n\n'
            '"The cables were older than anyone thought. We replaced every one of them.\n\n'
            '"Next year we start on the deck," Reyes said.\n')
    qs = find_quotes(text)
    assert len(qs) == 2
    assert qs[0]["continues"] and not qs[1]["continues"]
    assert qs[1]["group"] == qs[0]["group"] == 0
    assert qs[0]["speaker"] == qs[1]["speaker"] == "Tomas Reyes"


@pytest.mark.parametrize("text", [
    '"', '""', '" "', '\u201d', '\u201c\u201c\u201c', 'a "b', 'a" b "c', '\u201cabc\n\u201d\n"',
    'He said "yes\n\nand then" no', '=""', '"\r\n"\r"', "x" * 50 + '"' + "\n" * 3 + '\u201d',
])
def test_stray_marks_never_raise(text):
    for q in find_quotes(text):
        assert 0 <= q["start"] < q["end"] <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab CD.,:\n"\'\u201c\u201d\u201e\u2018\u2019')),
               max_size=200))
def test_random_text_never_raises(text):
    for q in find_quotes(text):
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["text"] == q["text"].strip()
    assert set(predict_record(text)) == {"quotes"}


def test_unbalanced_quote_recovers_for_the_rest_of_the_document():
    text = ('Coach Lena Moss was upbeat. "We played well, she said.\n'
            '"The second half was ours," Moss said.\n')
    qs = find_quotes(text)
    assert qs[-1]["text"] == "The second half was ours,"
    assert qs[-1]["speaker"] == "Lena Moss"


# ------------------------------------------------------------ not quotations

def test_caption_title_is_not_a_quote():
    text = 'Delegates gather for the "Friends of the Valley" conference in Lund, May 2, 2024.\n'
    assert find_quotes(text) == []


def test_programme_name_and_scare_quote_are_not_quotes():
    text = ('The city\'s "Fix Streets Now" plan starts in June.\n'
            'The "smart" meters arrived late.\n')
    assert spans(text) == []


def test_markup_attribute_values_are_not_quotes():
    assert find_quotes('<tweet tweet-id="12345" author="@someone">text</tweet>\n') == []


def test_quotes_in_comments_are_kept():
    text = ('by: reader42\n'
            'I agree with the mayor: "Fix the ferry first, then talk about the bridge."\n')
    assert spans(text) == ["Fix the ferry first, then talk about the bridge."]


# ------------------------------------------------------------ speakers

def test_said_name_after_with_title_and_role():
    text = ('"Prices will fall by autumn," said Harbor Institute analyst Mira Lind.\n')
    (q,) = find_quotes(text)
    assert q["speaker"] == "Mira Lind"
    assert q["speaker_mention"] == "Harbor Institute analyst Mira Lind"
    assert q["method"] == "explicit after" and q["cue"] == "said"


def test_name_said_colon_before():
    text = 'Director Hugo Baptiste said: "We are ready for the storm."\n'
    (q,) = find_quotes(text)
    assert (q["speaker"], q["method"]) == ("Hugo Baptiste", "explicit before")


def test_according_to():
    text = '"The line will open in 2027," according to transport planner Ines Aalto.\n'
    (q,) = find_quotes(text)
    assert (q["speaker"], q["cue"]) == ("Ines Aalto", "according to")


def test_pronoun_resolves_to_recent_compatible_person():
    text = ('Senator Maria Vega met Governor Paul Stone on Friday. Vega said the talks went well.\n'
            '"We found common ground," she said.\n')
    (q,) = find_quotes(text)
    assert (q["speaker"], q["method"], q["speaker_mention"]) == ("Maria Vega", "pronoun", "she")


def test_surname_resolves_to_full_name():
    text = ('Foreign Minister Anton Keller arrived in Oslo.\n'
            '"We came to listen," Keller said.\n')
    (q,) = find_quotes(text)
    assert q["speaker"] == "Anton Keller"
    assert q["speaker_mention"] == "Keller"


def test_title_only_resolves_to_the_title_holder():
    text = ('Secretary of State Nora Quist flew to Rome.\n'
            '"We expect progress," said the secretary of state.\n')
    (q,) = find_quotes(text)
    assert (q["speaker"], q["method"]) == ("Nora Quist", "title only")


def test_partial_quote_inside_authors_sentence():
    text = ('Port director Ilse Brandt spoke to reporters.\n'
            'Despite what Brandt called "a rough season," the port stayed open.\n')
    (q,) = find_quotes(text)
    assert q["partial"] is True
    assert q["speaker"] == "Ilse Brandt"


def test_follow_on_quote_is_carried():
    text = ('"Rents are too high," said tenant organiser Joel Park. "We need a cap."\n\n'
            '"And we need it this year."\n')
    qs = find_quotes(text)
    assert [q["speaker"] for q in qs] == ["Joel Park"] * 3
    assert qs[2]["method"] == "carried"


def test_split_title_and_canonical_person():
    assert names.split_title("U.S. Institute of Peace analyst Steve Heydemann") == (
        "U.S. Institute of Peace analyst", "Steve Heydemann")
    assert names.split_title("President Putin") == ("President", "Putin")
    assert names.split_title("Dana Wu, a student from Leeds") == ("", "Dana Wu")
    assert names.split_title("Sen. Ruth Alder (D-Ore.)") == ("Sen.", "Ruth Alder")
    assert names.split_title("the senator") == ("the senator", "")
    assert names.canonical_person("Secretary Kerry", ["John Kerry"]) == "John Kerry"
    assert names.canonical_person("Kerry", ["Anne Lowe"]) == "Kerry"


# ------------------------------------------------------------ frames and predict

def _corpus():
    texts = {
        "a": ('Headline about the pool\n\n'
              'Mayor Ada Brennan opened the hall.\n\n'
              '"We will keep the pool open all summer. It matters to families.\n\n'
              '"And it stays free," Brennan said.\n'),
        "b": 'No quotes here at all.\n',
    }
    return texts, blocks_frame(texts)


def test_quotes_frame_columns_and_blocks():
    texts, blocks = _corpus()
    blocks = blocks.assign(zone=["title", "body", "body", "body", "body"][:len(blocks)],
                           kind="paragraph")
    q = quotes_frame(texts, blocks)
    assert list(q.columns) == ["doc_id", "quote_no", "block_id", "block_ids", "char_start",
                               "char_end", "text", "n_words", "speaker", "speaker_mention",
                               "cue", "method", "partial", "kind", "zone"]
    assert len(q) == 2
    assert list(q["block_id"]) == [2, 2]
    assert list(q["block_ids"]) == [(2, 3), (2, 3)]
    assert set(q["zone"]) == {"body"}
    for _, r in q.iterrows():
        assert texts[r.doc_id][r.char_start:r.char_end] == r.text


def test_quotes_frame_without_zone_columns_and_empty():
    texts, blocks = _corpus()
    assert "zone" not in quotes_frame(texts, blocks).columns
    empty = quotes_frame({"b": texts["b"]}, blocks[blocks.doc_id == "b"])
    assert empty.empty and "speaker" in empty.columns


def test_density_and_share_of_voice():
    texts, blocks = _corpus()
    q = quotes_frame(texts, blocks)
    d = quote_density(q, blocks).set_index("doc_id")
    assert d.loc["a", "n_quotes"] == 2 and d.loc["b", "n_quotes"] == 0
    assert 0 < d.loc["a", "quoted_share"] < 1
    assert d.loc["a", "quotes_per_1000_words"] == pytest.approx(
        2000 / blocks[blocks.doc_id == "a"].n_words.sum())
    assert d.loc["a", "n_speakers"] == 1
    z = quote_density(q, blocks.assign(zone="body"), by="zone")
    assert set(z.columns) >= {"doc_id", "zone", "quoted_share"}
    sov = share_of_voice(q)
    assert list(sov.speaker) == ["Ada Brennan"] and sov.share.iloc[0] == 1.0


def test_predict_record_and_runner():
    text = '"We are ready," said Chief Ola Berg.\n'
    rec = predict_record(text)
    assert rec == {"quotes": [{"start": 1, "end": 14, "speaker": "Ola Berg"}]}
    assert fallback_record(text) == {"quotes": []}
    out = io.StringIO()
    fails = run("quotes", io.StringIO(json.dumps({"id": 7, "text": text}) + "\n"), out)
    assert fails == 0
    assert json.loads(out.getvalue()) == {"id": 7, **rec}


def test_frame_types():
    texts, blocks = _corpus()
    q = quotes_frame(texts, blocks)
    assert q["partial"].dtype == bool
    assert pd.api.types.is_integer_dtype(q["block_id"])


def test_long_paragraph_with_many_quotes_stays_fast():
    import time
    text = 'He said "we agree," said Tomas Reyes. ' * 5000
    t0 = time.perf_counter()
    qs = find_quotes(text)
    assert len(qs) == 5000 and qs[-1]["speaker"] == "Tomas Reyes"
    assert time.perf_counter() - t0 < 8.0       # linear, not quadratic, in the quotations
