"""Everything works with no network: no nltk.download, no model hub, no socket."""
from __future__ import annotations

import socket

import nltk
import pytest

import analysis
from conftest import DATA


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network used at run time: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(nltk, "download", refuse)


def test_whole_pipeline_runs_offline(no_network):
    corpus = analysis.load(DATA / "pages" / "harbor-ledger")
    assert len(corpus.blocks) and corpus.blocks["kind"].notna().all()
    assert len(corpus.quotes) and len(corpus.actors) and len(corpus.comments)
    frame = corpus.readability(level="document", compare_textstat=True)
    assert frame["textstat_flesch_kincaid_grade"].notna().any()
    assert corpus.problems.empty
