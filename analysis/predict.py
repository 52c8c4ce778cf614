"""``python -m analysis predict KIND IN.jsonl OUT.jsonl``: the stable prediction interface.

Each input line is ``{"id", "text"}``; each output line is one JSON object for that record,
in input order. A record that cannot be processed never stops the run: it gets the task's
fallback answer and a message on stderr. A line that is not JSON at all is not a record:
it is reported on stderr with its line number and skipped, as are blank lines. The formats are stable interfaces others rely on: extend, never
rename.

Each task is a pair (predict, fallback) living in the module that owns the analysis:
``predict(text) -> dict`` (without ``id``) and ``fallback(text) -> dict``.
"""
from __future__ import annotations

import importlib
import json
import sys
from typing import Callable, TextIO

#: task name -> "module:function" for the predictor and its fallback
TASKS: dict[str, tuple[str, str]] = {
    "segments": ("analysis.segment:predict_record", "analysis.segment:fallback_record"),
    "readability": ("analysis.readability:predict_record", "analysis.readability:fallback_record"),
    "quotes": ("analysis.quotes:predict_record", "analysis.quotes:fallback_record"),
    "entities": ("analysis.ner:predict_record", "analysis.ner:fallback_record"),
    "actors": ("analysis.actors:predict_record", "analysis.actors:fallback_record"),
}


def _resolve(spec: str) -> Callable:
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


def run(task: str, infile: TextIO, outfile: TextIO, errfile: TextIO = sys.stderr) -> int:
    """Run ``task`` over JSONL ``infile``; return the number of records that fell back."""
    predict, fallback = (_resolve(s) for s in TASKS[task])
    failures = 0
    for line_no, line in enumerate(infile, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"predict {task}: line {line_no}: not JSON ({exc}); skipped", file=errfile)
            failures += 1
            continue
        rec_id = record.get("id") if isinstance(record, dict) else None
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        try:
            answer = predict(text)
        except Exception as exc:  # noqa: BLE001 - one record must never stop the run
            print(f"predict {task}: record {rec_id!r} (line {line_no}): "
                  f"{type(exc).__name__}: {exc}; fallback answer written", file=errfile)
            answer = fallback(text)
            failures += 1
        outfile.write(json.dumps({"id": rec_id, **answer}, ensure_ascii=False) + "\n")
    return failures
