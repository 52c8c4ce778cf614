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
