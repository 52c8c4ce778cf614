"""Exercise checkers: the right answer says "right", a wrong one gives a hint."""
from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.exercises import EXERCISES, check, question, solution
from conftest import DATA


@pytest.fixture(scope="module")
def corpus():
    return analysis.load(DATA)


@pytest.mark.parametrize("name", sorted(EXERCISES))
def test_right_answer_is_right_and_wrong_answer_gets_a_hint(name, corpus):
    answer = solution(name, corpus)
    if isinstance(answer, set):
        assert answer, f"{name}: the sample corpus should have a case to find"
        answer = sorted(answer)[0]
    assert check(name, answer, corpus).ok
    assert check(name, answer, corpus) == "right"
    wrong = check(name, "certainly not this", corpus)
    assert not wrong.ok and wrong.startswith("not yet. Hint:")
    assert len(question(name)) > 20


def test_answers_are_forgiving_about_case_and_spacing(corpus):
    answer = solution("most_promotional", corpus)
    assert check("most_promotional", f"  {answer.upper()} ", corpus).ok


def test_numbers_compare_as_numbers(corpus):
    n = solution("tour_blocks", corpus)
    assert check("tour_blocks", str(n), corpus).ok
    assert not check("tour_blocks", n + 5, corpus).ok


def test_unknown_exercise_lists_the_known_ones(corpus):
    assert "tour_blocks" in check("no_such_thing", 1, corpus)


def test_feedback_shows_as_a_sentence_not_a_quoted_string(corpus):
    from IPython.lib.pretty import pretty

    wrong = check("tour_blocks", -1, corpus)
    assert pretty(wrong) == str(wrong) and not pretty(wrong).startswith("'")
    html = wrong._repr_html_()
    assert "<b" in html and "not yet</b>. Hint:" in html and "'" not in html.split("Hint:")[0]
    right = check("tour_blocks", solution("tour_blocks", corpus), corpus)
    assert pretty(right) == "right" and ">right</b>" in right._repr_html_()


def test_feedback_html_escapes_what_the_student_typed(corpus):
    html = check("<script>alert(1)</script>", 1, corpus)._repr_html_()
    assert "<script" not in html and "&lt;script&gt;" in html


# --- students' answers: other valid forms, wrong answers, other corpora -------------------------

from analysis.corpus import Corpus  # noqa: E402

_PAGES = {  # invented pages: a local paper without outlet metadata, no comments on most pages
    "pier": ("Home | News | Weather | Sport\n\nSaltmere Pier Market Will Open on Sundays\n\n"
             "SALTMERE — The weekend market on the pier will open on Sundays from May, the harbour "
             "board decided on Monday after two years of requests from traders.\n\n"
             "“We have had a queue at the gate every Saturday since the autumn,” said Nora "
             "Quillfeather, who chairs the traders' association.\n\n"
             "Board member Desmond Arlow said the market would close at four on Sundays.\n\n"
             "Desmond Arlow added that the board would review the trial in September.\n\n"
             "Recommended\n\nLifeboat Crew Rescues Two Kayakers Off Gull Rock\n"
             "Sponsored: Find the best mortgage rates in Saltmere today\n\n"
             "Privacy policy | Terms | © 2025 The Saltmere Gazette\n"),
    "fog": ("Home | News | Weather | Sport\n\nFog Expected Along the Coast Tonight\n\n"
            "Thick fog is expected along the coast from late evening until mid-morning tomorrow. "
            "Drivers on the coast road should slow down and use dipped headlights.\n\n"
            "Temperatures will stay mild, between eight and eleven degrees, with light winds.\n\n"
            "Privacy policy | Terms | © 2025 The Saltmere Gazette\n"),
}


@pytest.fixture(scope="module")
def small():
    return Corpus.from_texts(_PAGES)


def _first_blocks(c):
    return c.blocks[c.blocks["doc_id"] == c.blocks["doc_id"].iloc[0]]


def test_counts_are_exact_even_for_large_numbers():
    """A 1 % tolerance let 195 pass for 196 blocks: counts must be exact."""
    page = "\n".join(f"Line number {i} of a long list of market stalls." for i in range(150))
    c = Corpus.from_texts({"long": page})
    n = solution("tour_blocks", c)
    assert n >= 101
    assert check("tour_blocks", n, c).ok and check("tour_blocks", float(n), c).ok
    assert not check("tour_blocks", n - 1, c).ok and not check("tour_blocks", n + 1, c).ok
    assert not check("tour_blocks", True, c).ok


def test_a_one_row_series_or_frame_or_list_is_read_as_its_value(corpus):
    docs = corpus.documents.sort_values("share_promotional", ascending=False)
    assert check("most_promotional", docs.head(1), corpus).ok                  # one-row frame
    assert check("most_promotional", docs.set_index("doc_id")["share_promotional"].nlargest(1), corpus).ok
    assert check("most_promotional", docs.iloc[0], corpus).ok                  # the row as a Series
    assert check("most_promotional", [docs["doc_id"].iloc[0]], corpus).ok
    zones = corpus.readability(level="zone").groupby("zone", observed=True)["flesch_kincaid_grade"].median()
    assert check("hardest_zone", zones.nlargest(1), corpus).ok
    assert not check("hardest_zone", zones.nsmallest(1), corpus).ok
    first = _first_blocks(corpus)
    assert check("tour_blocks", corpus.blocks.groupby("doc_id").size().loc[[first["doc_id"].iloc[0]]], corpus).ok
    assert check("tour_trace", first[first["block_id"] == 1]["text"], corpus).ok
    assert check("tour_trace", corpus.block(first["doc_id"].iloc[0], 1), corpus).ok
    assert check("most_mentioned", corpus.actors.sort_values("n_mentions", ascending=False).head(1), corpus).ok


def test_a_whole_table_gets_told_to_pick_one_row(corpus):
    ranking = corpus.documents.sort_values("share_promotional", ascending=False)
    fb = check("most_promotional", ranking, corpus)
    assert not fb.ok and f"{len(ranking)} rows" in fb and "one" in fb
    fb = check("comment_count", corpus.comments, corpus)
    assert not fb.ok and "len(" in fb


def test_several_names_are_right_when_every_one_fits(corpus):
    a = corpus.actors
    fits = a[(a["type"] == "person") & (a["n_mentions"] >= 2) & ~a["quoted"]]
    assert check("mentioned_not_quoted", fits["name"].tolist(), corpus).ok
    assert check("mentioned_not_quoted", fits["name"], corpus).ok
    assert check("mentioned_not_quoted", fits, corpus).ok
    quoted = a.loc[a["quoted"], "name"].iloc[0]
    fb = check("mentioned_not_quoted", [fits["name"].iloc[0], quoted], corpus)
    assert not fb.ok and quoted in fb


def test_nothing_to_find_is_said_and_a_made_up_answer_is_not_right(small):
    """An empty answer set used to make any answer "right"."""
    plain = Corpus.from_texts({"fog": _PAGES["fog"]})
    assert solution("mentioned_not_quoted", plain) == set()
    fb = check("mentioned_not_quoted", "Desmond Arlow", plain)
    assert not fb.ok and "nothing to find" in fb
    assert check("mentioned_not_quoted", None, plain).ok
    assert check("mentioned_not_quoted", "Desmond Arlow", small).ok  # mentioned twice, never quoted
    fb = check("top_speaker", None, plain)
    assert fb.ok and "nothing to find" in fb and "quot" in fb
    assert not check("top_speaker", "Nora Quillfeather", plain).ok


def test_outlets_come_from_the_outlet_column_only(small):
    """Pages without an outlet are no outlet called "(unknown)"."""
    for name in ("outlet_most_promotional", "outlet_most_quoted"):
        assert not solution(name, small)
        fb = check(name, None, small)
        assert fb.ok and "outlet" in fb and "nothing to find" in fb
        assert not check(name, "(unknown)", small).ok


def test_tied_answers_are_all_right():
    body = ("The cat sat on the mat by the door all day. It did not move when the bell rang. "
            "Then it went to sleep in the sun.")
    c = Corpus.from_texts({"a": f"Cats at Home\n\n{body}\n", "b": "Dogs at Home\n\n" + body.replace("cat", "dog")
                           .replace("mat", "rug") + "\n"})
    grades = c.readability(level="document")["flesch_kincaid_grade"]
    assert grades.nunique() == 1
    assert check("hardest_document", "a", c).ok and check("hardest_document", "b", c).ok


@pytest.mark.parametrize("texts", [{"a": ""}, {"a": "Fog expected along the coast tonight."}, _PAGES],
                         ids=["no-text", "one-line", "small"])
@pytest.mark.parametrize("name", sorted(EXERCISES))
def test_check_never_crashes(name, texts):
    c = Corpus.from_texts(texts)
    for answer in (None, "x", 0, [], pd.DataFrame()):
        fb = check(name, answer, c)
        assert fb.startswith("right") or fb.startswith("not yet")
    right = solution(name, c)
    right = sorted(right)[0] if isinstance(right, set) and right else (None if isinstance(right, set) else right)
    assert check(name, right, c).ok


def test_a_failing_analysis_is_a_message_not_a_traceback(monkeypatch, small):
    from analysis import exercises

    def broken(c):
        raise RuntimeError("the quotes stage failed")
    monkeypatch.setitem(exercises.EXERCISES, "top_speaker",
                        exercises.EXERCISES["top_speaker"].__class__(**{
                            **exercises.EXERCISES["top_speaker"].__dict__, "solve": broken}))
    fb = check("top_speaker", "x", small)
    assert not fb.ok and "the quotes stage failed" in fb and "problems" in fb


def test_quote_count_counts_the_article_quotes_as_the_question_says(corpus):
    """The first sample page has a quoted cookie button ("Accept all") in its chrome."""
    q = corpus.quotes
    first = corpus.blocks["doc_id"].iloc[0]
    editorial = int(((q["doc_id"] == first) & (q["zone"].astype(str) == "editorial")).sum())
    assert editorial < int((q["doc_id"] == first).sum())
    assert check("quote_count", editorial, corpus).ok
    assert not check("quote_count", editorial + 1, corpus).ok
    assert "editorial" in question("quote_count") and "corpus.blocks" in question("quote_count")


def test_questions_say_where_to_look():
    assert "block_id" in question("tour_trace") and "0" in question("tour_trace")
    assert "level='document'" in question("hardest_document") and "body" in question("hardest_document")
    assert "editorial" in question("top_speaker")


def test_a_nearly_right_name_is_told_to_write_it_in_full(corpus):
    name = solution("top_speaker", corpus)
    assert isinstance(name, str) and " " in name
    fb = check("top_speaker", name.split()[-1], corpus)
    assert not fb.ok and "in full" in fb


def test_one_actor_row_names_its_actor(corpus):
    a = corpus.actors
    fits = a[(a["type"] == "person") & (a["n_mentions"] >= 2) & ~a["quoted"]]
    assert check("mentioned_not_quoted", fits.iloc[0], corpus).ok
    assert check("mentioned_not_quoted", fits.set_index("name")["n_mentions"], corpus).ok


def test_outlet_share_is_weighted_by_words_on_a_corpus_with_outlets(tmp_path):
    """A short page that is mostly teasers raises an outlet's plain mean of shares, but not its
    share of words: the plain mean is a wrong answer here."""
    promo = ("Home | News | Weather | Sport\n\nBand Plays On in the Rain\n\n"
             "The town band played its spring concert on the bandstand despite the rain on Sunday.\n\n"
             "Recommended\n\nLifeboat Crew Rescues Two Kayakers Off Gull Rock\n"
             "Sponsored: Find the best mortgage rates in Saltmere today\n"
             "Sponsored: Holiday cottages on the coast from 49 pounds a night\n"
             "Read more: Ten walks along the Saltmere cliffs this spring\n"
             "Read more: School lunches to cost more from April\n\n"
             "Privacy policy | Terms | © 2025 The Saltmere Gazette\n")
    long_fog = _PAGES["fog"].replace("Temperatures", "Ferries may run late in the fog. " * 40 + "Temperatures")
    pages = {"pier.txt": _PAGES["pier"], "band.txt": promo, "long-fog.txt": long_fog}
    for file, text in pages.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet\npier.txt,Pier Post\nband.txt,Coast Courier\n"
                                           "long-fog.txt,Coast Courier\n", encoding="utf-8")
    c = analysis.load(tmp_path)
    d = c.documents
    plain = d.groupby("outlet")["share_promotional"].mean().idxmax()
    weighted = solution("outlet_most_promotional", c)
    assert (plain, weighted) == ("Coast Courier", "Pier Post")
    assert check("outlet_most_promotional", weighted, c).ok
    assert not check("outlet_most_promotional", plain, c).ok
