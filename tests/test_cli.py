"""The command line: --help, summary, and predict's never-fail contract."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=REPO, **kw)


def test_help_lists_the_subcommands():
    out = run("--help")
    assert out.returncode == 0
    for command in ("summary", "predict", "report"):
        assert command in out.stdout


def test_summary_prints_documents_and_problems(tmp_path):
    (tmp_path / "a.txt").write_text("Headline here\n\nA body line with words.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    out = run("summary", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "1 documents" in out.stdout and "looks binary" in out.stdout


def test_summary_missing_path_is_a_clear_error(tmp_path):
    out = run("summary", str(tmp_path / "missing"))
    assert out.returncode == 2 and "missing" in out.stderr
