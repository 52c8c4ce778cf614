"""``predict``: valid records keep their exact output; bad records are reported, never silent."""
from __future__ import annotations

import io
import json

import pytest

from analysis import predict

# Invented text (no corpus text): a headline, byline, two paragraphs with a quotation, a menu line.
TEXT = ("Harbour Vote Delayed Again\n\nBy Mira Okafor\n\n"
        "Port Elmridge council postponed Tuesday's vote on the harbour plan, Mayor José Lindqvist said.\n\n"
        "\"We need another week to read the costs,\" Lindqvist told reporters. The Elmridge Dock Company "
        "called the delay \u201cregrettable\u201d and said it would ask the Ministry of Transport to step in.\n\n"
        "Share this article\n")

#: exact output lines of the runner for TEXT, taken before the runner was hardened
PINNED = {
    "entities": '"entities": [{"start": 13, "end": 26, "label": "PER"}, {"start": 31, "end": 42, "label": "PER"}, '
                '{"start": 49, "end": 57, "label": "ORG"}, {"start": 112, "end": 132, "label": "PER"}, '
                '{"start": 182, "end": 191, "label": "PER"}, {"start": 212, "end": 233, "label": "ORG"}, '
                '{"start": 291, "end": 312, "label": "ORG"}]}',
    "actors": '"actors": [{"name": "José Lindqvist", "type": "person", "aliases": ["José Lindqvist", "Lindqvist"], '
              '"mentions": 2, "quoted": true}, {"name": "Delayed Again", "type": "person", "aliases": '
              '["Delayed Again"], "mentions": 1, "quoted": false}, {"name": "Elmridge", "type": "org", '
              '"aliases": ["Elmridge"], "mentions": 1, "quoted": false}, {"name": "Elmridge Dock Company", '
              '"type": "org", "aliases": ["Elmridge Dock Company"], "mentions": 1, "quoted": false}, '
              '{"name": "Ministry of Transport", "type": "org", "aliases": ["Ministry of Transport"], '
              '"mentions": 1, "quoted": false}]}',
}


def _run(task, lines):
    out, err = io.StringIO(), io.StringIO()
    fails = predict.run(task, io.StringIO("".join(line + "\n" for line in lines)), out, err)
    return fails, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("task", sorted(predict.TASKS))
def test_valid_record_output_is_pinned(task):
    """A valid record's line is exactly ``{"id": …, <answer>}`` as json.dumps(ensure_ascii=False)
    wrote it, for string and numeric ids, and nothing goes to stderr."""
    fn = predict._resolve(predict.TASKS[task][0])
    lines = [json.dumps({"id": "pin-1", "text": TEXT}), json.dumps({"id": 42, "text": TEXT, "extra": [1]})]
    fails, out, err = _run(task, lines)
    assert fails == 0 and err == ""
    answer = json.dumps(fn(TEXT), ensure_ascii=False)[1:]
    assert out == '{"id": "pin-1", ' + answer + "\n" + '{"id": 42, ' + answer + "\n"
    if task in PINNED:
        assert answer == PINNED[task]


# ------------------------------------------------------------------ bad records
BAD = ['[1]', '"str"', 'null', '{"id": "m"}', '{"text": null}', '{"text": 7}', '{"id": "l", "text": ["a", "b"]}',
       'this is {not json', json.dumps({"id": "ok", "text": TEXT})]
#: expected id of each output line (the non-JSON line 8 is reported and skipped)
BAD_IDS = [None, None, None, "m", None, None, "l", "ok"]


@pytest.mark.parametrize("task", sorted(predict.TASKS))
def test_bad_records_get_the_fallback_and_one_message_each(task):
    predict_fn, fallback_fn = (predict._resolve(s) for s in predict.TASKS[task])
    counts = {}
    out, err = io.StringIO(), io.StringIO()
    predict.run(task, io.StringIO("\n".join(BAD) + "\n"), out, err, counts=counts)
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a.get("id") for a in answers] == BAD_IDS
    for a in answers[:-1]:            # every bad record: the documented fallback, not a str()-coerced score
        assert {k: v for k, v in a.items() if k != "id"} == fallback_fn("")
    assert answers[-1] == {"id": "ok", **predict_fn(TEXT)}
    messages = err.getvalue().splitlines()
    assert len(messages) == 8, messages                       # one line per problem, none for the valid record
    for line_no, msg in enumerate(messages, 1):
        assert msg.startswith(f"predict {task}: line {line_no}"), msg
    assert "array" in messages[0] and "not an object" in messages[0]
    assert "string" in messages[1] and "null" in messages[2]
    assert "'m'" in messages[3] and 'no "text"' in messages[3]
    assert '"text" is null' in messages[4] and '"text" is a number' in messages[5]
    assert '"text" is an array' in messages[6] and "'l'" in messages[6]
    assert "not JSON" in messages[7] and "skipped" in messages[7]
    assert counts == {"not_json": 1, "bad_record": 7, "failed": 0}


def test_failure_message_is_one_line_with_line_number(monkeypatch):
    def boom(text):
        raise ValueError("first line\nsecond line " + "x" * 5000)

    monkeypatch.setattr(predict, "_resolve", lambda spec: boom if spec.endswith("predict_record")
                        else (lambda text: {"quotes": []}))
    counts = {}
    out, err = io.StringIO(), io.StringIO()
    fails = predict.run("quotes", io.StringIO('{"id": "q", "text": "Hi."}\n'), out, err, counts=counts)
    assert fails == 1 and counts == {"not_json": 0, "bad_record": 0, "failed": 1}
    assert json.loads(out.getvalue()) == {"id": "q", "quotes": []}
    [msg] = err.getvalue().splitlines()
    assert msg.startswith("predict quotes: line 1 (id 'q'): ValueError: first line second line")
    assert len(msg) < 400


@pytest.mark.parametrize("line", ["[" * 100_000, '{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}"])
def test_pathological_json_is_reported_not_raised(line):
    fails, out, err = _run("quotes", [line, '{"id": "b", "text": "Fine."}'])
    assert fails == 1
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["b"]
    assert err.startswith("predict quotes: line 1: not JSON")


def test_output_is_valid_utf8_json_even_for_lone_surrogates_and_nan_ids():
    lines = ['{"id": "s\\ud800", "text": "Mayor Ana Ruiz said so."}', '{"id": NaN, "text": "Fine."}',
             '{"id": "t", "text": "Lone \\udc80 surrogate, Ana Ruiz said."}']
    counts = {}
    out, err = io.StringIO(), io.StringIO()
    predict.run("actors", io.StringIO("\n".join(lines)), out, err, counts=counts)
    raw = out.getvalue()
    raw.encode("utf-8")                                         # would raise on a lone surrogate
    recs = [json.loads(x, parse_constant=lambda c: pytest.fail(f"{c} in output")) for x in raw.splitlines()]
    assert [r["id"] for r in recs] == ["s\ud800", None, "t"]
    assert recs[0]["actors"] and recs[1] == {"id": None, "actors": []}
    assert counts["bad_record"] == 1 and "line 2" in err.getvalue() and "NaN" in err.getvalue()
