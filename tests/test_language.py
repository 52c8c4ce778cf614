"""Stories that do not look like English are left out of name tagging and readability,
and the corpus says so (analysis.language)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import analysis
from analysis import language

ENGLISH = ("Harbour Council Approves Ferry Budget\n\n"
           "The Port Callow council approved the new ferry budget on Monday after a long "
           "debate about the cost of the harbour works. \"We have waited for this for ten "
           "years,\" said Mayor Lina Okafor, who had asked the board for the money in March. "
           "The first boats are expected to sail in the spring, and the old pier will be "
           "closed while it is rebuilt.\n")
GERMAN = ("Hafenrat Beschließt Neues Fährbudget\n\n"
          "Der Stadtrat von Hafenstadt hat am Montag nach langer Debatte das neue Budget für "
          "die Fähren beschlossen. Die Kosten der Hafenarbeiten waren lange umstritten. "
          "Bürgermeisterin Lina Okafor sagte, die Stadt habe zehn Jahre darauf gewartet. Die "
          "ersten Schiffe sollen im Frühjahr fahren, der alte Anleger wird während des "
          "Umbaus geschlossen, und die Verwaltung rechnet mit weiteren Verzögerungen.\n")
JAPANESE = ("港のフェリー予算を市議会が承認\n\n"
            "ポートキャロウ市議会は月曜日、港湾工事の費用をめぐる長い議論の末、新しいフェリー予算を"
            "承認した。オカフォー市長は、市は十年間この日を待っていたと述べた。最初の船は春に運航を"
            "始める予定で、古い桟橋は建て替えの間閉鎖される。iPhone と Ferry App の案内も始まる。\n")


def test_english_german_and_japanese_stories():
    assert language.looks_english(ENGLISH) is True
    assert language.looks_english(GERMAN) is False
    assert language.looks_english(JAPANESE) is False
    assert language.looks_english("Council approves budget") is None  # too short to judge
    share, n = language.english_share(ENGLISH)
    assert 0.25 < share < 0.6 and n > 50


def test_corpus_leaves_other_languages_out_of_names_and_readability_and_says_so():
    corpus = analysis.Corpus.from_texts({"en": ENGLISH, "de": GERMAN, "ja": JAPANESE})
    docs = corpus.documents.set_index("doc_id")
    assert docs["looks_english"].tolist() == [True, False, False]
    assert docs.loc["de", "english_share"] < language.ENGLISH_FROM
    assert set(corpus.mentions["doc_id"]) == {"en"}  # "Lina Okafor" of the German story is not tagged
    read = corpus.readability(level="document").set_index("doc_id")
    assert read.loc["en", "flesch_kincaid_grade"] > 0
    assert pd.isna(read.loc["de", "flesch_kincaid_grade"])
    assert read.loc["de", "undefined_reason"] == "not English"
    assert read.loc["de", "words"] > 0  # the counts stay: only the English formulas are left out
    zones = corpus.readability(level="zone")
    assert zones[zones["doc_id"] == "ja"]["flesch_reading_ease"].isna().all()
    problems = corpus.problems
    lang = problems[problems["stage"] == "language"]
    assert sorted(lang["doc_id"]) == ["de", "ja"]
    assert all("English" in m for m in lang["message"])
    assert len(corpus.problems) == len(problems)  # recorded once, however often asked


def test_an_english_corpus_has_no_language_problem():
    corpus = analysis.load(Path(__file__).resolve().parents[1] / "data", progress=False)
    assert corpus.documents["looks_english"].fillna(True).all()
    assert (corpus.problems["stage"] != "language").all()


def test_a_subset_lists_each_language_problem_once():
    corpus = analysis.Corpus.from_texts({"en": ENGLISH, "de": GERMAN})
    corpus.blocks
    assert (corpus.problems["stage"] == "language").sum() == 1
    part = corpus.subset(doc_ids=["de"])
    part.blocks
    assert (part.problems["stage"] == "language").sum() == 1
