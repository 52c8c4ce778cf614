"""Exercises for the notebooks, with a checker students call: ``check("name", answer, corpus)``.

Each exercise computes its right answer from the corpus in front of the student, so the
same exercise works on the sample corpus and on any corpus a teacher brings. A wrong answer
gets a hint that points at the frame and column to look at, never the answer itself.
Teachers can see the answers with :func:`solution`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pandas as pd


@dataclass(frozen=True)
class Exercise:
    question: str
    solve: Callable[[Any], Any]  #: corpus -> the right answer (or a set of accepted answers)
    hint: str
    kind: str = "exact"  #: "exact" (one answer), "one_of" (any of a set), "number" (±1 %)


def _norm(value: Any) -> str:
    return " ".join(str(value).split()).casefold().strip(" .\"'“”")


def _first_doc(corpus) -> str:
    """The first document that has any text (the one the tour notebook shows)."""
    return corpus.blocks["doc_id"].iloc[0]


def _top(series: pd.Series):
    series = series.dropna()
    return series.idxmax() if len(series) else None


def _zone_grades(corpus) -> pd.Series:
    frame = corpus.readability(level="zone")
    return frame.groupby("zone", observed=True)["flesch_kincaid_grade"].median()


def _quoted_words(corpus) -> pd.Series:
    q = corpus.quotes
    q = q[q["speaker"].notna() & (q["zone"].astype(str) == "editorial")] if "zone" in q else q[q["speaker"].notna()]
    return q.groupby("speaker")["n_words"].sum()


def _outlet_shares(corpus) -> pd.Series:
    docs = corpus.documents.assign(outlet=lambda d: d["outlet"].fillna("(unknown)"))
    words = docs["n_words"] * docs["share_promotional"]
    return words.groupby(docs["outlet"]).sum() / docs.groupby("outlet")["n_words"].sum()


def _outlet_quoted(corpus) -> pd.Series:
    from .quotes import quote_density

    density = quote_density(corpus.quotes, corpus.blocks, by="document")
    outlets = corpus.documents.set_index("doc_id")["outlet"].fillna("(unknown)")
    return density.assign(outlet=density["doc_id"].map(outlets)).groupby("outlet")["quoted_share"].median()


EXERCISES: dict[str, Exercise] = {
    "tour_blocks": Exercise(
        "How many blocks does the first document in corpus.blocks have?",
        lambda c: int((c.blocks["doc_id"] == _first_doc(c)).sum()),
        "Filter corpus.blocks to rows whose doc_id is the first document's, then count the rows.", "number"),
    "tour_trace": Exercise(
        "What text sits at block 1 of the first document? Use corpus.text_of(doc_id, char_start, char_end).",
        lambda c: c.block(_first_doc(c), 1)["text"],
        "Take char_start and char_end from that block's row in corpus.blocks and slice the document text."),
    "most_promotional": Exercise(
        "Which document (doc_id) has the largest share of promotional words?",
        lambda c: _top(c.documents.set_index("doc_id")["share_promotional"]),
        "Sort corpus.documents by share_promotional, largest first."),
    "comment_count": Exercise(
        "How many reader comments are there in the whole corpus?",
        lambda c: len(c.comments),
        "corpus.comments has one row per comment.", "number"),
    "hardest_zone": Exercise(
        "In which zone is the median Flesch–Kincaid grade highest? (corpus.readability(level='zone'))",
        lambda c: _top(_zone_grades(c)),
        "Group the zone-level frame by zone and take the median of flesch_kincaid_grade."),
    "hardest_document": Exercise(
        "Which document's editorial body has the highest Flesch–Kincaid grade?",
        lambda c: _top(c.readability(level="document").set_index("doc_id")["flesch_kincaid_grade"]),
        "corpus.readability(level='document') has one row per document; sort by flesch_kincaid_grade."),
    "top_speaker": Exercise(
        "Who has the most words quoted in the article bodies of the corpus?",
        lambda c: _top(_quoted_words(c)),
        "Keep quotes in the editorial zone, group corpus.quotes by speaker and sum n_words."),
    "quote_count": Exercise(
        "How many direct quotations does the first document contain?",
        lambda c: int((c.quotes["doc_id"] == _first_doc(c)).sum()),
        "Filter corpus.quotes by doc_id and count the rows.", "number"),
    "most_mentioned": Exercise(
        "Which actor is mentioned most often in the corpus?",
        lambda c: _top(c.actors.set_index("name")["n_mentions"]),
        "Sort corpus.actors by n_mentions."),
    "mentioned_not_quoted": Exercise(
        "Name a person who is mentioned at least twice but never quoted.",
        lambda c: set(c.actors.loc[(c.actors["type"] == "person") & (c.actors["n_mentions"] >= 2)
                                   & ~c.actors["quoted"].astype(bool), "name"]),
        "Filter corpus.actors: type == 'person', n_mentions >= 2 and quoted is False.", "one_of"),
    "outlet_most_promotional": Exercise(
        "Which outlet gives the largest share of its pages' words to promotion?",
        lambda c: _top(_outlet_shares(c)),
        "Weight each document's share_promotional by its n_words, then sum per outlet and divide by the outlet's words."),
    "outlet_most_quoted": Exercise(
        "In which outlet is the median share of quoted words per page highest?",
        lambda c: _top(_outlet_quoted(c)),
        "quote_density(corpus.quotes, corpus.blocks) gives quoted_share per document; join the outlet and take the median."),
}


def question(name: str) -> str:
    """The exercise's question."""
    return EXERCISES[name].question


def solution(name: str, corpus) -> Any:
    """The right answer on this corpus (for teachers)."""
    return EXERCISES[name].solve(corpus)


class Feedback(str):
    """The checker's answer: a string starting with "right" or "not yet"; ``.ok`` says which.

    A notebook shows it as a sentence (not as a quoted Python string)."""

    ok: bool

    def __new__(cls, text: str, ok: bool):
        obj = super().__new__(cls, text)
        obj.ok = ok
        return obj

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(str(self))

    def _repr_html_(self) -> str:
        from html import escape

        text = str(self)
        label = "right" if self.ok else "not yet"
        label = label if text.startswith(label) else ""
        color = "#1a7f37" if self.ok else "#9a4a00"
        return (f'<p class="newsframe-feedback"><b style="color:{color}">{escape(label)}</b>'
                f"{escape(text[len(label):])}</p>")


def check(name: str, answer: Any, corpus) -> Feedback:
    """Check a student's ``answer`` to exercise ``name`` on ``corpus``: "right" or a hint."""
    if name not in EXERCISES:
        return Feedback(f"not yet: there is no exercise called {name!r}; try one of {', '.join(EXERCISES)}", False)
    ex = EXERCISES[name]
    expected = ex.solve(corpus)
    if ex.kind == "number":
        try:
            ok = abs(float(answer) - float(expected)) <= max(1e-9, 0.01 * abs(float(expected)))
        except (TypeError, ValueError):
            ok = False
    elif ex.kind == "one_of":
        if not expected:
            return Feedback("right: this corpus has no such case, so there is nothing to find", True)
        ok = _norm(answer) in {_norm(e) for e in expected}
    else:
        ok = _norm(answer) == _norm(expected)
    return Feedback("right" if ok else f"not yet. Hint: {ex.hint}", ok)
