"""``python -m analysis predict KIND IN.jsonl OUT.jsonl``: the stable prediction interface.

Each input line is ``{"id", "text"}``; each output line is one JSON object for that record,
in input order. A record that cannot be processed never stops the run: it gets the task's
fallback answer and one message on stderr naming its line number and what was wrong. That
covers a record that is not a JSON object (its id is written as ``null``), one whose
``"text"`` is missing, ``null`` or not a string (it is never coerced with ``str()``), one whose
id is not valid JSON (``NaN``), and one whose analysis raised. A line that is not JSON at all
(or not UTF-8) is not a record: it is reported on stderr with its line number and skipped;
blank lines are skipped silently. The formats are stable interfaces others rely on: extend,
never rename.

Each task is a pair (predict, fallback) living in the module that owns the analysis:
``predict(text) -> dict`` (without ``id``) and ``fallback(text) -> dict``.
"""
from __future__ import annotations

import importlib
import json
import re
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

#: bytes that were not UTF-8, as the CLI reads them (``errors="surrogateescape"``)
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_JSON_TYPE = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
              int: "a number", float: "a number", type(None): "null"}
_MAX_DETAIL = 200


def _resolve(spec: str) -> Callable:
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


def _one_line(detail: str) -> str:
    """``detail`` on one line and short enough to read."""
    detail = " ".join(detail.split())
    return detail if len(detail) <= _MAX_DETAIL else detail[:_MAX_DETAIL - 1] + "…"


def _describe(value: object) -> str:
    kind = _JSON_TYPE.get(type(value), type(value).__name__)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{kind} ({_one_line(repr(value))})"
    return kind


def _parse(line: str) -> tuple[object, str | None]:
    """The JSON value of ``line``, or ``(None, why it is not JSON)``."""
    bad = _UNDECODABLE.search(line)
    if bad:
        return None, f"not UTF-8 (byte 0x{ord(bad.group()) - 0xDC00:02x} at column {bad.start() + 1})"
    try:
        return json.loads(line), None
    except RecursionError:
        return None, "not JSON (nested too deeply)"
    except ValueError as exc:  # JSONDecodeError, or an integer with too many digits
        return None, f"not JSON ({_one_line(str(exc))})"


def _writable(value: object) -> bool:
    """Whether ``value`` can be written as strict JSON (no NaN or Infinity in it)."""
    try:
        json.dumps(value, allow_nan=False)
    except ValueError:
        return False
    return True


def _problem(record: object) -> str | None:
    """Why ``record`` cannot be processed as given, or ``None`` when it can."""
    if not isinstance(record, dict):
        return f'the record is {_describe(record)}, not an object with "id" and "text"'
    if not _writable(record.get("id")):
        return f'"id" is {_one_line(repr(record.get("id")))}, which is not valid JSON (NaN or Infinity)'
    if "text" not in record:
        return 'no "text" field'
    if not isinstance(record["text"], str):
        text = record["text"]
        return '"text" is null' if text is None else f'"text" is {_describe(text)}, not a string'
    return None


def _dumps(obj: dict) -> str:
    """One output line: as ``json.dumps(ensure_ascii=False)`` always wrote it, except that a
    line holding lone surrogates (not encodable as UTF-8) is written with ``\\u`` escapes."""
    line = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, allow_nan=False)
    return line


def run(task: str, infile: TextIO, outfile: TextIO, errfile: TextIO = sys.stderr,
        counts: dict[str, int] | None = None) -> int:
    """Run ``task`` over JSONL ``infile`` and return the number of lines that failed: not JSON
    (skipped) or whose analysis raised (fallback answer written).

    Records that could not be processed as given (not an object, no string ``text``, a NaN
    id) also get the fallback answer and a message; pass a dict as ``counts`` to get all three
    numbers, ``{"not_json", "bad_record", "failed"}``: every one of them is one stderr line.
    """
    predict, fallback = (_resolve(s) for s in TASKS[task])
    tally = {"not_json": 0, "bad_record": 0, "failed": 0}

    def report(kind: str, line_no: int, where: str, detail: str, outcome: str) -> None:
        print(f"predict {task}: line {line_no}{where}: {detail}; {outcome}", file=errfile)
        tally[kind] += 1

    for line_no, line in enumerate(infile, 1):
        if line_no == 1:
            line = line.removeprefix("\ufeff")  # a UTF-8 byte-order mark is not part of the record
        if not line.strip():
            continue
        record, not_json = _parse(line)
        if not_json:
            report("not_json", line_no, "", not_json, "skipped")
            continue
        rec_id = record.get("id") if isinstance(record, dict) else None
        where = "" if rec_id is None else f" (id {_one_line(repr(rec_id))})"
        problem = _problem(record)
        if problem:
            if not _writable(rec_id):
                rec_id = None
            outcome = "fallback answer written" + ("" if rec_id is not None else " (id null)")
            report("bad_record", line_no, where, problem, outcome)
            line_out = _dumps({"id": rec_id, **fallback("")})
        else:
            text = record["text"]
            try:
                line_out = _dumps({"id": rec_id, **predict(text)})
            except Exception as exc:  # noqa: BLE001 - one record must never stop the run
                report("failed", line_no, where, _one_line(f"{type(exc).__name__}: {exc}"),
                       "fallback answer written")
                line_out = _dumps({"id": rec_id, **fallback(text)})
        outfile.write(line_out + "\n")
    if counts is not None:
        counts.update(tally)
    return tally["not_json"] + tally["failed"]
