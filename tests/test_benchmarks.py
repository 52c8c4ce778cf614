"""The benchmarks still run (tiny sizes: a smoke test, not a timing).

Speed targets are measured by ``make bench`` as ratios against a baseline in the same
run, never asserted here; these tests only make sure each script works and prints its
figures, so a change elsewhere cannot silently break a benchmark.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"


def run(name: str, *args: str, env_shared: Path | None = None) -> str:
    env = dict(os.environ)
    if env_shared is not None:
        env["NEWSFRAME_SHARED"] = str(env_shared)
    res = subprocess.run([sys.executable, str(BENCH / name), *args], capture_output=True,
                         text=True, cwd=REPO, env=env, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def rates(out: str, label: str) -> list[float]:
    return [float(m) for m in re.findall(rf"{re.escape(label)}\s+([\d,.]+) pages/s", out)]


def test_bench_segment_reports_both_halves_and_real_pages(tmp_path):
    real = tmp_path / "real.jsonl"
    pages = ["Home\nNews\n\nCouncil approves the harbor budget\n\nBy Ann Lee\n\n"
             "The council approved the budget on Monday after a long debate. " * 3,
             "Sport\n\nA short page\n\nOne paragraph of text that reads like prose, with "
             "a comma and a full stop."]
    real.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n"
                            for i, t in enumerate(pages)), encoding="utf-8")
    out = run("bench_segment.py", "--pages", "4", "--repeat", "1", "--real", str(real))
    assert "4 synthetic" in out and "2 real (real.jsonl)" in out
    for label in ("segmentation:", "reading the lines:", "rules and models:",
                  "baseline (split + strip):"):
        found = rates(out, label)
        assert len(found) == 2 and all(r > 0 for r in found), (label, out)


def test_bench_segment_without_real_pages_says_so(tmp_path):
    out = run("bench_segment.py", "--pages", "3", "--repeat", "1", "--real",
              str(tmp_path / "absent.jsonl"))
    assert "no real pages" in out and "absent.jsonl" in out
    assert len(rates(out, "segmentation:")) == 1


@pytest.mark.parametrize("name,args,expect", [
    ("bench_quotes.py", ("--docs", "8", "--repeat", "1"), "ratio baseline/find_quotes"),
    ("bench_pipeline.py", ("--pages", "12"), "peak memory"),
    ("bench_readability.py", ("--docs", "8"), "sentence counts"),
])
def test_other_benchmarks_run(name, args, expect):
    assert expect in run(name, *args)


def test_bench_ner_runs_without_shared(tmp_path):
    """Without ../shared the tagging benchmark falls back to a synthetic text."""
    out = run("bench_ner.py", "--limit", "200", "--repeat", "1", "--short", "2000",
              "--long", "8000", env_shared=tmp_path)
    assert "tokens/s" in out
