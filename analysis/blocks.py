"""Documents -> blocks: one row per non-blank line, with exact character offsets.

Rules (the lossless contract every analysis relies on):

* A document's text is the decoded file text, unchanged: no newline normalisation.
* Lines end at ``\\r\\n``, ``\\r`` or ``\\n`` (nothing else: form feeds, tabs, non-breaking
  spaces and Unicode line separators stay inside the line). ``line_no`` counts from 0.
* A line is *blank* when it holds only whitespace (``str.isspace``, which includes
  non-breaking spaces). Every non-blank line is exactly one block.
* A block's ``text`` is its line without leading and trailing whitespace, and
  ``char_start``/``char_end`` are offsets into the document text of exactly that text:
  ``document_text[char_start:char_end] == text`` always holds.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

import numpy as np
import pandas as pd

LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: a word for counting purposes: a whitespace-separated token with a letter or digit
WORD = re.compile(r"[^\s]*[^\W_][^\s]*")

BLOCK_COLUMNS = ["doc_id", "block_id", "line_no", "char_start", "char_end", "text", "n_words"]


class Line(NamedTuple):
    line_no: int
    start: int  #: offset of the line's first character
    end: int  #: offset just past its last character (before the line break)


class Block(NamedTuple):
    block_id: int
    line_no: int
    char_start: int
    char_end: int
    text: str


def iter_lines(text: str) -> Iterator[Line]:
    """Every line of ``text`` (blank ones too) with its span, line breaks excluded."""
    start = 0
    line_no = 0
    for match in LINE_BREAK.finditer(text):
        yield Line(line_no, start, match.start())
        start = match.end()
        line_no += 1
    yield Line(line_no, start, len(text))


def count_lines(text: str) -> int:
    """Number of lines as :func:`iter_lines` sees them (an empty text has one empty line)."""
    return sum(1 for _ in LINE_BREAK.finditer(text)) + 1


def split_blocks(text: str) -> list[Block]:
    """The non-blank lines of ``text`` as blocks with exact offsets of their stripped text."""
    blocks: list[Block] = []
    for line_no, start, end in iter_lines(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        s = start + lead
        blocks.append(Block(len(blocks), line_no, s, s + len(stripped), stripped))
    return blocks


def count_words(text: str) -> int:
    """Whitespace-separated tokens that contain at least one letter or digit."""
    return len(WORD.findall(text))


def blocks_frame(texts: dict[str, str]) -> pd.DataFrame:
    """The ``blocks`` frame for ``{doc_id: text}``.

    Columns:
        doc_id: the document the block belongs to.
        block_id: 0-based order of the block within its document.
        line_no: 0-based line number of the block in the document text.
        char_start, char_end: offsets of ``text`` in the document text (end exclusive).
        text: the line, stripped of surrounding whitespace.
        n_words: whitespace-separated tokens containing a letter or digit.
    """
    doc_ids: list[str] = []
    rows: list[Block] = []
    for doc_id, text in texts.items():
        blocks = split_blocks(text)
        rows.extend(blocks)
        doc_ids.extend([doc_id] * len(blocks))
    if not rows:
        frame = pd.DataFrame({c: pd.Series(dtype="int64") for c in BLOCK_COLUMNS})
        frame["doc_id"] = frame["doc_id"].astype(object)
        frame["text"] = frame["text"].astype(object)
        return frame
    cols = list(zip(*rows))
    frame = pd.DataFrame(
        {
            "doc_id": pd.Series(doc_ids, dtype=object),
            "block_id": np.asarray(cols[0], dtype="int64"),
            "line_no": np.asarray(cols[1], dtype="int64"),
            "char_start": np.asarray(cols[2], dtype="int64"),
            "char_end": np.asarray(cols[3], dtype="int64"),
            "text": pd.Series(cols[4], dtype=object),
        }
    )
    frame["n_words"] = np.fromiter((count_words(t) for t in cols[4]), dtype="int64", count=len(rows))
    return frame[BLOCK_COLUMNS]


def group_rows(codes: np.ndarray) -> list[np.ndarray]:
    """Row positions of each group, from one group code per row (0, 1, 2 ... as made by
    ``pd.factorize`` or ``groupby(...).ngroup()``, every code used; -1: in no group).
    Group ``k`` is item ``k``; its rows keep frame order."""
    order = np.argsort(codes, kind="stable")
    order = order[codes[order] >= 0]
    return np.split(order, np.flatnonzero(np.diff(codes[order])) + 1) if len(order) else []


def rows_by_doc(doc_ids: pd.Series) -> dict:
    """doc_id -> positions (0-based, frame order) of its rows, documents in order of first
    appearance: what ``groupby("doc_id", sort=False)`` finds (a missing doc_id belongs to
    no document), without building a frame per document. Analyses that work document by
    document take the columns once as lists and index them with these positions."""
    codes, uniques = pd.factorize(doc_ids, sort=False)
    return dict(zip(uniques, group_rows(codes)))
