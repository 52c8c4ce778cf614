"""Readable data tables in ``analysis/data/``: word lists (one entry a line) and small CSVs.

Lines starting with ``#`` are comments in both kinds of file; blank lines are skipped.
"""
from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_lines(name: str) -> list[str]:
    """The entries of ``data/name``: stripped, without blank lines and ``#`` comments."""
    with open(DATA / name, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]


def read_csv(name: str) -> list[dict[str, str]]:
    """The rows of ``data/name`` as dicts keyed by its header (``#`` lines skipped)."""
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))
