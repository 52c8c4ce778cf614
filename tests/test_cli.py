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


def test_predict_never_fails_and_keeps_one_answer_per_record(tmp_path):
    records = [json.dumps({"id": "a", "text": "News\n\nPort Opens\n\n\"We are ready,\" said Mayor Ana Ruiz.\n"}),
               json.dumps({"id": "b", "text": None}), "not json at all", json.dumps({"id": "c", "text": ""})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(records) + "\n")
    for task, key in [("segments", "kinds"), ("readability", "flesch_reading_ease"), ("quotes", "quotes"),
                      ("entities", "entities"), ("actors", "actors")]:
        out = tmp_path / f"{task}.jsonl"
        result = run("predict", task, str(src), str(out))
        assert result.returncode == 0, result.stderr
        answers = [json.loads(line) for line in out.read_text().splitlines()]
        assert [a["id"] for a in answers] == ["a", "b", "c"], task
        assert all(key in a for a in answers), task
        assert "line 3" in result.stderr
    kinds = json.loads((tmp_path / "segments.jsonl").read_text().splitlines()[0])["kinds"]
    assert len(kinds) == len(json.loads(records[0])["text"].split("\n"))
    quotes = json.loads((tmp_path / "quotes.jsonl").read_text().splitlines()[0])["quotes"]
    text = json.loads(records[0])["text"]
    assert [text[q["start"]:q["end"]] for q in quotes] == ["We are ready,"]


def test_predict_reports_every_bad_line_and_the_summary_counts_them(tmp_path):
    """The audit's repro: bad records and a line of bytes that are not UTF-8. Each problem is one
    stderr line naming its line number; the summary's numbers add up to those lines."""
    src = tmp_path / "bad.jsonl"
    src.write_bytes(b'[1]\n"str"\nnull\n{"id": "m"}\n{"text": null}\n{"text": 7}\n{"text": ["a", "b"]}\n'
                    b'this is {not json\n{"id": "x", "text": "caf\xe9 au lait"}\n'
                    b'{"id": "ok", "text": "Mayor Ana Ruiz opened the bridge."}\n')
    for task in ("readability", "quotes", "actors"):
        out = tmp_path / f"{task}.jsonl"
        result = run("predict", task, str(src), str(out))
        assert result.returncode == 0, result.stderr
        assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [None] * 3 + ["m"] + [None] * 3 + ["ok"]
        *messages, summary = result.stderr.splitlines()
        assert [m.split(":")[1].split()[:2] for m in messages] == [["line", str(n)] for n in range(1, 10)], messages
        assert "not UTF-8" in messages[8]
        assert summary == f"predict {task}: 9 line(s) reported above: 7 record(s) fell back, 2 line(s) skipped (not JSON)"
