"""Readability against the reference checker in ../shared (skips when absent).

The checker and its passages are read from ../shared at test time; nothing from there
is copied into the repository.
"""
from __future__ import annotations

import importlib.util
import io
import json
import re

import pytest

from analysis import readability as rd
from analysis.predict import run

pytestmark = pytest.mark.shared

MIN_SHARE = 0.95


@pytest.fixture(scope="module")
def checker(shared_dir):
    path = shared_dir / "eval" / "readability" / "check.py"
    spec = importlib.util.spec_from_file_location("readability_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records(checker, shared_dir):
    return checker.load_jsonl(shared_dir / "eval" / "readability" / "passages.jsonl")


def _summary(checker, target, records) -> tuple[int, int, str]:
    out = io.StringIO()
    result = checker.compare(target, records=records, out=out)
    within = sum(r["within_tol"] for r in result.values())
    total = sum(r["n"] for r in result.values())
    line = [ln for ln in out.getvalue().splitlines() if ln.startswith("SUMMARY:")][0]
    return within, total, line


def test_metrics_module_within_tolerance(checker, records):
    within, total, line = _summary(checker, rd.METRICS, records)
    print(line)
    assert total == 9 * len(records)
    assert within >= MIN_SHARE * total, line
    assert re.search(r", 0 failed", line), line


def test_predict_command_within_tolerance(checker, records):
    infile = io.StringIO("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                                 for r in records))
    outfile, errfile = io.StringIO(), io.StringIO()
    assert run("readability", infile, outfile, errfile) == 0, errfile.getvalue()
    preds = [json.loads(line) for line in outfile.getvalue().splitlines()]
    within, total, line = _summary(checker, preds, records)
    print(line)
    assert within >= MIN_SHARE * total, line


def test_counts_close_to_reference_counts(records):
    """Our counts against the passages' hand-verified / rule-based counts."""
    names = {"sentences": "sentences", "words": "words", "syllables": "syllables",
             "letters": "letters", "polysyllables": "polysyllables",
             "complex_words": "fog_complex", "unfamiliar_words": "dc_unfamiliar"}
    for r in records:
        ours = rd.text_counts(r["text"])
        for mine, theirs in names.items():
            want = r["counts"][theirs]
            assert abs(ours[mine] - want) <= max(1, 0.02 * want), (r["id"], mine, ours[mine], want)


def test_splitter_beats_punkt_with_abbreviation_list(records):
    """The measured reason for a rule-based splitter: sentence counts on the reference
    passages, ours against NLTK Punkt with the same abbreviation list and line rule."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from analysis.sentences import abbreviations, logical_lines, split_sentences

    params = PunktParameters()
    params.abbrev_types = set(abbreviations()) | {"u.s", "u.n", "a.m", "p.m"}
    punkt = PunktSentenceTokenizer(params)
    ours = sum(len(split_sentences(r["text"])) == r["counts"]["sentences"] for r in records)
    theirs = sum(sum(len(punkt.tokenize(u)) for u in logical_lines(r["text"]))
                 == r["counts"]["sentences"] for r in records)
    assert ours >= theirs
    assert ours >= 0.95 * len(records)
