"""The readability and quotes stages show one progress bar on a large corpus, none on a
small one (analysis.progress decides: more than PROGRESS_FROM documents)."""
from __future__ import annotations

import pytest

from analysis import Corpus
from analysis import progress as progress_mod
from analysis import quotes, readability


def _corpus(n: int) -> Corpus:
    return Corpus.from_texts({
        f"d{i}": f"Harbour budget vote number {i}\n\nThe council met on Monday and voted on "
                 f"the budget for the harbour. \"We will build it,\" the mayor said.\n"
        for i in range(n)})


@pytest.fixture
def few_from(monkeypatch):
    """Bars from 3 documents on, whatever the environment says."""
    monkeypatch.setattr(progress_mod, "PROGRESS_FROM", 3)
    monkeypatch.delenv("NEWSFRAME_PROGRESS", raising=False)


@pytest.mark.parametrize("level", ["document", "zone", "block"])
def test_readability_of_many_documents_shows_one_bar(few_from, capsys, level):
    corpus = _corpus(5)
    corpus.blocks
    capsys.readouterr()
    frame = corpus.readability(level=level)
    err = capsys.readouterr().err
    assert "readability" in err
    assert frame["doc_id"].nunique() == 5
    small = _corpus(2)
    small.blocks
    capsys.readouterr()
    small.readability(level=level)
    assert capsys.readouterr().err == ""


def test_quotes_of_many_documents_show_a_bar(few_from, capsys):
    corpus = _corpus(5)
    corpus.blocks
    capsys.readouterr()
    frame = quotes.quotes_frame(corpus.texts, corpus.blocks)
    assert "finding quotes" in capsys.readouterr().err
    assert len(frame) == 5
    small = _corpus(2)
    small.blocks
    capsys.readouterr()
    assert len(small.quotes) == 2
    assert capsys.readouterr().err == ""


def test_frames_are_the_same_with_and_without_a_bar(monkeypatch):
    corpus = _corpus(5)
    quiet = {level: corpus.readability(level=level) for level in readability.LEVELS}
    quiet_quotes = quotes.quotes_frame(corpus.texts, corpus.blocks)
    monkeypatch.setattr(progress_mod, "PROGRESS_FROM", 3)
    monkeypatch.delenv("NEWSFRAME_PROGRESS", raising=False)
    for level in readability.LEVELS:
        assert corpus.readability(level=level).equals(quiet[level])
    assert quotes.quotes_frame(corpus.texts, corpus.blocks).equals(quiet_quotes)
