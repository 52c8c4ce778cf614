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


def test_offline_guard_refuses_connections_before_any_traffic():
    import subprocess
    import sys

    code = (
        "import socket, analysis\n"
        "from analysis.offline import OfflineError\n"
        "s = socket.socket()\n"
        "try:\n"
        "    s.connect(('192.0.2.1', 80))\n"  # TEST-NET-1: refused by the guard before any packet
        "except OfflineError as e:\n"
        "    print('refused:', e)\n"
        "import nltk\n"
        "try:\n"
        "    nltk.download('punkt')\n"
        "except OfflineError:\n"
        "    print('download refused')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "NEWSFRAME_OFFLINE": "1"})
    assert "refused: network connection to 192.0.2.1 refused" in out.stdout, out.stderr
    assert "download refused" in out.stdout
