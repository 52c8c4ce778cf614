"""Long runs show progress; small ones stay quiet (analysis.progress decides: more than
PROGRESS_FROM items). Every stage that works through a corpus uses it: loading,
segmentation, readability, quotes and tagging names."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from analysis import blocks as blocks_mod
from analysis import progress as progress_mod
from analysis import Corpus, actors, quotes, readability, segment


def test_small_runs_are_returned_unchanged():
    items = list(range(5))
    assert progress_mod.progress(items, "x") is items
    assert progress_mod.progress(items, "x", show=False) is items


def test_large_runs_get_a_bar(monkeypatch, capsys):
    monkeypatch.setattr(progress_mod, "PROGRESS_FROM", 3)
    assert list(progress_mod.progress(range(5), "counting things", total=5)) == list(range(5))
    assert "counting things" in capsys.readouterr().err
    assert list(progress_mod.progress(iter(range(5)), "no length")) == list(range(5))
    assert "no length" not in capsys.readouterr().err  # unknown size: no bar unless asked


def _pages(n: int) -> pd.DataFrame:
    texts = {f"d{i}": f"Headline number {i}\n\nThe council met on Monday and voted on the "
                      f"budget for the harbour, the mayor said.\n" for i in range(n)}
    return blocks_mod.blocks_frame(texts)


def test_segmentation_of_many_pages_shows_progress(monkeypatch, capsys):
    monkeypatch.setattr(progress_mod, "PROGRESS_FROM", 3)
    out = segment.segment_blocks(_pages(5))
    assert "segmenting pages" in capsys.readouterr().err
    assert out["doc_id"].nunique() == 5
    segment.segment_blocks(_pages(2))
    assert "segmenting pages" not in capsys.readouterr().err


def test_the_environment_can_turn_bars_off(monkeypatch, capsys):
    monkeypatch.setattr(progress_mod, "PROGRESS_FROM", 3)
    monkeypatch.setenv("NEWSFRAME_PROGRESS", "0")
    items = list(range(5))
    assert progress_mod.progress(items, "quiet please") is items
    assert progress_mod.progress(items, "quiet please", show=True) is items


def test_without_ipywidgets_the_bar_is_text_not_a_warning(monkeypatch):
    import builtins

    from tqdm.std import tqdm as text_bar
    real_import = builtins.__import__

    def no_widgets(name, *args, **kwargs):
        if name == "ipywidgets":
            raise ImportError("no ipywidgets here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_widgets)
    assert progress_mod.bar_class() is text_bar


def test_report_notebooks_run_without_progress_bars(monkeypatch, tmp_path):
    """The report's notebooks run with NEWSFRAME_PROGRESS=0 (a bar's text would stay in
    the HTML pages); the setting is put back afterwards."""
    import papermill

    from analysis import report

    seen = []
    monkeypatch.delenv("NEWSFRAME_PROGRESS", raising=False)
    monkeypatch.setattr(papermill, "execute_notebook",
                        lambda *a, **k: seen.append(os.environ.get("NEWSFRAME_PROGRESS")))
    report.run_notebook(tmp_path / "n.ipynb", tmp_path / "out.ipynb", {})
    assert seen == ["0"]
    assert "NEWSFRAME_PROGRESS" not in os.environ


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


@pytest.mark.parametrize("stage, label", [
    (lambda c: c.readability(level="document"), "readability"),
    (lambda c: c.readability(level="zone"), "readability"),
    (lambda c: c.readability(level="block"), "readability"),
    (lambda c: quotes.quotes_frame(c.texts, c.blocks), "finding quotes"),
    (lambda c: actors.mentions_frame(c.texts, c.blocks), "tagging names"),
], ids=["readability-document", "readability-zone", "readability-block", "quotes", "names"])
def test_each_stage_shows_one_bar_on_many_documents_only(few_from, capsys, stage, label):
    for n, shown in ((5, True), (2, False)):
        corpus = _corpus(n)
        corpus.blocks
        capsys.readouterr()
        stage(corpus)
        err = capsys.readouterr().err
        assert (label in err) if shown else err == "", (n, err)


def test_frames_are_the_same_with_and_without_a_bar(monkeypatch):
    corpus = _corpus(5)
    quiet = {level: corpus.readability(level=level) for level in readability.LEVELS}
    quiet_quotes = quotes.quotes_frame(corpus.texts, corpus.blocks)
    monkeypatch.setattr(progress_mod, "PROGRESS_FROM", 3)
    monkeypatch.delenv("NEWSFRAME_PROGRESS", raising=False)
    for level in readability.LEVELS:
        assert corpus.readability(level=level).equals(quiet[level])
    assert quotes.quotes_frame(corpus.texts, corpus.blocks).equals(quiet_quotes)

