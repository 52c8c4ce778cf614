"""Exercises for the notebooks, with a checker students call: ``check("name", answer, corpus)``.

Each exercise computes its right answer from the corpus in front of the student, so the
same exercise works on the sample corpus and on any corpus a teacher brings. A wrong answer
gets a hint that points at the frame and column to look at, never the answer itself.
Teachers can see the answers with :func:`solution`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Exercise:
    question: str
    solve: Callable[[Any], Any]  #: corpus -> the right answer, a set of accepted answers, or None
    hint: str
    #: "name" (any of the tied best answers), "one_of" (any of a set, or several of them),
    #: "count" (a whole number, exact), "number" (±1 %), "text" (the same words)
    kind: str = "name"
    #: what the answer is, for messages ("doc_id", "outlet", "number"…), and the column a
    #: one-row table holds it in
    what: str = "answer"
    column: str | None = None
    #: why a corpus has nothing to find ("no quotation has a known speaker")
    nothing: str = "there is no such case"


def _norm(value: Any) -> str:
    return " ".join(str(value).split()).casefold().strip(" .\"'“”")


def _first_doc(corpus) -> str | None:
    """The first document that has any text (the one the tour notebook shows)."""
    ids = corpus.blocks["doc_id"]
    return ids.iloc[0] if len(ids) else None


def _tops(series: pd.Series, zero_is_nothing: bool = False) -> set:
    """The labels of the largest value, all of them when several tie (a float tie within 1e-9)."""
    values = pd.to_numeric(series, errors="coerce").dropna()
    if values.empty or (zero_is_nothing and values.max() <= 0):
        return set()
    close = np.isclose(values.to_numpy(dtype=float), float(values.max()), rtol=1e-9, atol=1e-12)
    return set(values.index[close])


def _zone_grades(corpus) -> pd.Series:
    frame = corpus.readability(level="zone")
    return frame.groupby("zone", observed=True)["flesch_kincaid_grade"].median()


def _editorial_quotes(corpus) -> pd.DataFrame:
    q = corpus.quotes
    return q[q["zone"].astype(str) == "editorial"] if "zone" in q else q


def _quoted_words(corpus) -> pd.Series:
    q = _editorial_quotes(corpus)
    return q[q["speaker"].notna()].groupby("speaker")["n_words"].sum()


def _with_outlet(corpus) -> pd.DataFrame:
    """Documents that have an outlet: a page without one belongs to no outlet."""
    docs = corpus.documents
    return docs[docs["outlet"].notna() & (docs["outlet"].astype(str).str.strip() != "")]


def _outlet_shares(corpus) -> pd.Series:
    docs = _with_outlet(corpus)
    docs = docs[docs["n_words"] > 0]
    words = docs["n_words"] * docs["share_promotional"].fillna(0)
    return words.groupby(docs["outlet"]).sum() / docs.groupby("outlet")["n_words"].sum()


def _outlet_quoted(corpus) -> pd.Series:
    from .quotes import quote_density

    outlets = _with_outlet(corpus).set_index("doc_id")["outlet"]
    density = quote_density(corpus.quotes, corpus.blocks, by="document")
    density = density.assign(outlet=density["doc_id"].map(outlets)).dropna(subset=["outlet"])
    return density.groupby("outlet")["quoted_share"].median()


def _block_1_text(corpus):
    first = _first_doc(corpus)
    b = corpus.blocks
    row = b[(b["doc_id"] == first) & (b["block_id"] == 1)]
    return row["text"].iloc[0] if len(row) else None


def _most_mentioned(corpus) -> set:
    a = corpus.actors
    # one row per actor; two actors can share a name (a place and a person), and a student
    # who sums by name (as notebook 05 does) is not wrong either
    return _tops(a.set_index("name")["n_mentions"]) | _tops(a.groupby("name")["n_mentions"].sum())


def _mentioned_not_quoted(corpus) -> set:
    a = corpus.actors
    quoted = a["quoted"].fillna(False).astype(bool)
    return set(a.loc[(a["type"] == "person") & (a["n_mentions"] >= 2) & ~quoted, "name"])


EXERCISES: dict[str, Exercise] = {
    "tour_blocks": Exercise(
        "How many blocks does the first document in corpus.blocks have?",
        lambda c: None if _first_doc(c) is None else int((c.blocks["doc_id"] == _first_doc(c)).sum()),
        "Filter corpus.blocks to rows whose doc_id is the first document's, then count the rows.",
        "count", "number", nothing="no document has any text"),
    "tour_trace": Exercise(
        "What text sits in the block with block_id 1 of the first document in corpus.blocks? "
        "(block_id counts from 0, so that is the page's second block.) "
        "Use corpus.text_of(doc_id, char_start, char_end).",
        _block_1_text,
        "Take char_start and char_end from that block's row in corpus.blocks and slice the document text.",
        "text", "text", "text", nothing="the first document has no block 1 (it has fewer than two blocks)"),
    "most_promotional": Exercise(
        "Which document (doc_id) has the largest share of promotional words?",
        lambda c: _tops(c.documents.set_index("doc_id")["share_promotional"], zero_is_nothing=True),
        "Sort corpus.documents by share_promotional, largest first.",
        what="doc_id", column="doc_id", nothing="no page has promotional words"),
    "comment_count": Exercise(
        "How many reader comments are there in the whole corpus?",
        lambda c: len(c.comments),
        "corpus.comments has one row per comment.", "count", "number"),
    "hardest_zone": Exercise(
        "In which zone is the median Flesch–Kincaid grade highest? (corpus.readability(level='zone'))",
        lambda c: _tops(_zone_grades(c)),
        "Group the zone-level frame by zone and take the median of flesch_kincaid_grade.",
        what="zone", column="zone", nothing="no zone has a Flesch–Kincaid grade"),
    "hardest_document": Exercise(
        "Which document's article body (its blocks of kind 'body': corpus.readability(level='document')) "
        "has the highest Flesch–Kincaid grade? Give its doc_id.",
        lambda c: _tops(c.readability(level="document").set_index("doc_id")["flesch_kincaid_grade"]),
        "corpus.readability(level='document') has one row per document; sort by flesch_kincaid_grade.",
        what="doc_id", column="doc_id", nothing="no article body has a Flesch–Kincaid grade"),
    "top_speaker": Exercise(
        "Who has the most words quoted in the articles (quotations in the editorial zone), "
        "all their quotations added up?",
        lambda c: _tops(_quoted_words(c)),
        "Keep quotes in the editorial zone, group corpus.quotes by speaker and sum n_words.",
        what="speaker", column="speaker", nothing="no quotation in the editorial zone has a known speaker"),
    "quote_count": Exercise(
        "How many direct quotations are there in the article (the editorial zone) of the first "
        "document in corpus.blocks?",
        lambda c: None if _first_doc(c) is None else int((_editorial_quotes(c)["doc_id"] == _first_doc(c)).sum()),
        "Filter corpus.quotes by doc_id, keep the rows whose zone is 'editorial', and count them.",
        "count", "number", "n_quotes", nothing="no document has any text"),
    "most_mentioned": Exercise(
        "Which actor is mentioned most often in the corpus?",
        _most_mentioned,
        "Sort corpus.actors by n_mentions.",
        what="name", column="name", nothing="no actor was found"),
    "mentioned_not_quoted": Exercise(
        "Name a person who is mentioned at least twice but never quoted.",
        _mentioned_not_quoted,
        "Filter corpus.actors: type == 'person', n_mentions >= 2 and quoted is False.", "one_of",
        what="name", column="name", nothing="no person is mentioned at least twice and never quoted"),
    "outlet_most_promotional": Exercise(
        "Which outlet gives the largest share of its pages' words to promotion?",
        lambda c: _tops(_outlet_shares(c), zero_is_nothing=True),
        "Weight each document's share_promotional by its n_words, then sum per outlet and divide by the "
        "outlet's words (pages without an outlet do not count).",
        what="outlet", column="outlet",
        nothing="no outlet has promotional words (corpus.documents['outlet'] is empty, or no page has any)"),
    "outlet_most_quoted": Exercise(
        "In which outlet is the median share of quoted words per page highest?",
        lambda c: _tops(_outlet_quoted(c), zero_is_nothing=True),
        "quote_density(corpus.quotes, corpus.blocks) gives quoted_share per document; join the outlet and "
        "take the median (pages without an outlet do not count).",
        what="outlet", column="outlet",
        nothing="no outlet has quoted words (corpus.documents['outlet'] is empty, or no page has any)"),
}


def question(name: str) -> str:
    """The exercise's question."""
    return EXERCISES[name].question


def solution(name: str, corpus) -> Any:
    """The right answer on this corpus (for teachers): one value, or the set of accepted answers
    when several are right (ties, or "name a…" questions); None or an empty set when there is
    nothing to find."""
    ex = EXERCISES[name]
    answer = ex.solve(corpus)
    if ex.kind != "one_of" and isinstance(answer, set):
        return next(iter(answer)) if len(answer) == 1 else (answer or None)
    return answer


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


def _blank(answer: Any) -> bool:
    """None, NaN, an empty string or an empty collection: the student says "there is none"."""
    if answer is None:
        return True
    if isinstance(answer, (pd.DataFrame, pd.Series, pd.Index, np.ndarray, list, tuple, set, frozenset, dict)):
        return len(answer) == 0
    if isinstance(answer, str):
        return _norm(answer) in ("", "none", "nan", "nothing", "-", "—")
    try:
        return bool(pd.isna(answer))
    except (TypeError, ValueError):
        return False


def _values(answer: Any, column: str | None, labels: bool = True) -> list | int:
    """The values a student's answer stands for: a plain value is itself; a one-row Series,
    frame, list or dict is its value (and, with ``labels``, its index label); a table row (a
    Series with the exercise's column) is that column's value. A longer table gives its
    number of rows."""
    if isinstance(answer, pd.DataFrame):
        if len(answer) != 1:
            return len(answer)
        cells = [answer[column].iloc[0]] if column in answer.columns else [
            v for v in answer.iloc[0].tolist() if isinstance(v, str)]
        return [answer.index[0], *cells] if labels else cells
    if isinstance(answer, pd.Series):
        if column is not None and column in answer.index and not isinstance(answer.index, pd.RangeIndex):
            return [answer[column]]
        if len(answer) != 1:
            return len(answer)
        return [answer.index[0], answer.iloc[0]] if labels else [answer.iloc[0]]
    if isinstance(answer, dict):
        if column in answer:
            return [answer[column]]
        return [*answer.keys(), *answer.values()] if len(answer) == 1 else len(answer)
    if isinstance(answer, (list, tuple, set, frozenset, pd.Index, np.ndarray)):
        items = list(answer)
        return items if len(items) == 1 else len(items)
    return [answer]


def _names(answer: Any, column: str | None) -> list:
    """Every name in a list, Series, Index or frame (its ``column``, or its index)."""
    if isinstance(answer, pd.DataFrame):
        return answer[column].tolist() if column in answer.columns else list(answer.index)
    if isinstance(answer, pd.Series):
        if column is not None and column in answer.index and not isinstance(answer.index, pd.RangeIndex):
            return [answer[column]]  # one table row
        return list(answer.index) if pd.api.types.is_numeric_dtype(answer) else answer.tolist()
    if isinstance(answer, dict):
        return list(answer)
    if isinstance(answer, (list, tuple, set, frozenset, pd.Index, np.ndarray)):
        return list(answer)
    return [answer]


def _as_count(value: Any) -> float | None:
    if isinstance(value, (bool, np.bool_)):
        return None
    try:
        number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(number) else number


def check(name: str, answer: Any, corpus) -> Feedback:
    """Check a student's ``answer`` to exercise ``name`` on ``corpus``: "right" or a hint.

    The answer may be a plain value, or a one-row table, Series, list or dict holding it.
    Where several answers tie, each of them is right. A corpus with nothing to find says so."""
    if name not in EXERCISES:
        return Feedback(f"not yet: there is no exercise called {name!r}; try one of {', '.join(EXERCISES)}", False)
    ex = EXERCISES[name]
    hint = f"Hint: {ex.hint}"
    try:
        expected = ex.solve(corpus)
    except Exception as exc:  # an analysis that fails on this corpus: say so, not a traceback
        return Feedback(f"not yet: the checker could not work out the answer on this corpus "
                        f"({type(exc).__name__}: {exc}); corpus.problems may say why. {hint}", False)

    if expected is None or (isinstance(expected, set) and not expected):
        if _blank(answer):
            return Feedback(f"right: there is nothing to find in this corpus: {ex.nothing}", True)
        return Feedback(f"not yet: there is nothing to find in this corpus: {ex.nothing}; "
                        f"answer None. {hint}", False)

    if ex.kind == "one_of":
        given = [v for v in _names(answer, ex.column) if not _blank(v)]
        accepted = {_norm(e) for e in expected}
        wrong = [v for v in given if _norm(v) not in accepted]
        if given and not wrong:
            return Feedback("right", True)
        if given and len(given) > 1:
            shown = ", ".join(repr(str(v)) for v in wrong[:3]) + (" …" if len(wrong) > 3 else "")
            return Feedback(f"not yet: {len(wrong)} of your {len(given)} names do not fit ({shown}). {hint}", False)
        return Feedback(f"not yet. {hint}", False)

    numeric = ex.kind in ("count", "number")
    values = _values(answer, ex.column, labels=not numeric)  # an index label is no count
    if isinstance(values, int):  # a table or list of several rows
        if numeric:
            return Feedback(f"not yet: your answer holds {values} rows or values; the answer is one number: "
                            f"count rows with len(...). {hint}", False)
        return Feedback(f"not yet: your answer holds {values} rows or values; the question asks for one {ex.what}: "
                        f"take it from the right row (for example .index[0], or .iloc[0] of a column). {hint}",
                        False)
    if numeric:
        target = float(expected)
        tolerance = 1e-9 if ex.kind == "count" else max(1e-9, 0.01 * abs(target))
        ok = any(n is not None and abs(n - target) <= tolerance for n in map(_as_count, values))
        return Feedback("right" if ok else f"not yet. {hint}", ok)

    accepted = {_norm(e) for e in (expected if isinstance(expected, set) else {expected})}
    given = {_norm(v) for v in values if not _blank(v)}
    if given & accepted:
        return Feedback("right", True)
    if ex.kind == "name":
        for g in given:  # "Arkan" for "Selin Arkan", "Harbor Ledger" for "The Harbor Ledger"
            words = g.split()
            for a in accepted:
                aw = a.split()
                if words and len(words) < len(aw) and any(aw[i:i + len(words)] == words
                                                          for i in range(len(aw) - len(words) + 1)):
                    return Feedback(f"not yet: almost; write the {ex.what} in full, as the table writes it. "
                                    f"{hint}", False)
    return Feedback(f"not yet. {hint}", False)
