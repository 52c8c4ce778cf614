"""Exercise checkers: the right answer says "right", a wrong one gives a hint."""
from __future__ import annotations

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
