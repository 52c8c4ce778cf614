"""Readers' comments, rebuilt from segmented blocks (kinds ``comment`` and ``comment_meta``).

A comment starts at a ``comment_meta`` block that follows anything other than
``comment_meta`` (the ``by: NAME from: PLACE`` line and the timestamp under it form one
header), or at a ``comment`` block with no header before it. Its text is the following
``comment`` blocks, up to the next header.
"""
from __future__ import annotations

import re
import warnings

import pandas as pd

from analysis.segment_features import (COMMENT_META_RE, COMMENT_SAID_RE, COMMENT_SAYS_RE, DATE_RE,
                                       TIME_RE)

COLUMNS = ("doc_id", "comment_no", "author", "location", "posted_at", "text", "block_ids")
AUTHOR_RE = re.compile(r"(?i)^(?:posted\s+)?by\s*:?\s*(?P<author>.+?)\s*$")


def is_stamp(text: str) -> bool:
    """Does the header line hold a date or a time (a timestamp line, not an author)?"""
    low = text.lower()  # the date and time patterns are written for lower-cased lines
    return DATE_RE.search(low) is not None or TIME_RE.search(low) is not None


def parse_datetime(text: str) -> pd.Timestamp:
    """A timestamp from a comment header line (``June 23, 2013 8:27 PM``), else NaT.
    A time without a date ("9:41 PM") is NaT too: its day is unknown.

    Read by ``pd.Timestamp`` (dateutil's parser), not ``pd.to_datetime``: the latter
    guesses one format for the string and got "25 Sept 2013 9:41" wrong (00:41)."""
    if DATE_RE.search(text.lower()) is None:
        return pd.NaT
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ts = pd.Timestamp(text.strip())
        except (ValueError, OverflowError, TypeError):
            return pd.NaT
    if ts is pd.NaT or pd.isna(ts):
        return pd.NaT
    if getattr(ts, "tzinfo", None) is not None:
        ts = ts.tz_convert(None)
    return ts


def _new(doc_id, no: int) -> dict:
    return {"doc_id": doc_id, "comment_no": no, "author": None, "location": None,
            "posted_at": pd.NaT, "text": [], "block_ids": []}


def _read_meta(comment: dict, text: str) -> None:
    m = COMMENT_META_RE.match(text)
    if m:
        comment["author"] = m.group("author").strip() or None
        loc = m.group("location")
        comment["location"] = loc.strip() if loc and loc.strip() else None
        return
    says = COMMENT_SAYS_RE.match(text)
    if says and not COMMENT_SAID_RE.match(text):  # "NAME says:" (the date is the next line)
        comment["author"] = says.group("author").strip() or None
        return
    said = COMMENT_SAID_RE.match(text)
    if said:  # "NAME on DATE at TIME said:"
        comment["author"] = said.group("author").strip() or None
        text = re.sub(r"(?i)\s+at\s+", " ", said.group("when"))
    ts = parse_datetime(text)
    if not pd.isna(ts):
        if pd.isna(comment["posted_at"]):
            comment["posted_at"] = ts
        return
    if is_stamp(text):  # a time without a date: no author
        return
    if comment["author"] is None:
        a = AUTHOR_RE.match(text)
        comment["author"] = (a.group("author") if a else text).strip() or None


def comments_frame(blocks: pd.DataFrame) -> pd.DataFrame:
    """One row per reader comment.

    Columns: ``doc_id``; ``comment_no`` (1, 2, … in page order within the document);
    ``author`` and ``location`` (from ``by: NAME from: PLACE``, else None); ``posted_at``
    (pandas datetime, NaT when no header line parses as a date); ``text`` (the comment's
    blocks joined with "\\n"); ``block_ids`` (list of the comment's block ids, header
    lines included).
    """
    rows: list[dict] = []
    if len(blocks):
        user = blocks[blocks["kind"].astype(str).isin(["comment", "comment_meta"])]
        user = user.sort_values(["doc_id", "block_id"], kind="stable")
        for doc_id, g in user.groupby("doc_id", sort=False):
            current = None
            prev_kind = None
            prev_block = None
            for kind, block_id, text in zip(g["kind"].astype(str), g["block_id"], g["text"]):
                text = str(text)
                gap = prev_block is not None and int(block_id) - int(prev_block) > 8
                if current is None or gap or (kind == "comment_meta" and prev_kind != "comment_meta") or (
                        kind == "comment_meta" and COMMENT_META_RE.match(text)
                        and current["author"] is not None):
                    current = _new(doc_id, len([r for r in rows if r["doc_id"] == doc_id]) + 1)
                    rows.append(current)
                current["block_ids"].append(int(block_id))
                if kind == "comment_meta":
                    _read_meta(current, text)
                else:
                    current["text"].append(text)
                prev_kind, prev_block = kind, block_id
    for r in rows:
        r["text"] = "\n".join(r["text"])
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["comment_no"] = frame["comment_no"].astype("int64")
    frame["posted_at"] = pd.to_datetime(frame["posted_at"], errors="coerce")
    frame["author"] = frame["author"].astype(object)
    frame["location"] = frame["location"].astype(object)
    frame["text"] = frame["text"].astype(str) if len(frame) else frame["text"].astype(object)
    return frame
