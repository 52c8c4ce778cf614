"""The thin ``Corpus`` facade notebooks use: load once, then ask for frames.

Every frame is computed on first use and cached. Each analysis runs over the whole corpus;
if it fails on some document, that document is retried alone, its failure becomes a row in
``problems`` (stage = the analysis) and the other documents keep their results.
"""
from __future__ import annotations

from functools import cached_property
from typing import Callable

import pandas as pd

from . import blocks as _blocks
from .readers import Document, Loaded, Problem, Settings, documents_from_texts, load_documents

DOCUMENT_COLUMNS = ["doc_id", "source", "format", "encoding", "title", "url", "date", "outlet",
                    "n_lines", "n_chars", "n_words"]
PROBLEM_COLUMNS = ["file", "doc_id", "stage", "message"]


def documents_frame(documents: list[Document]) -> pd.DataFrame:
    """The ``documents`` frame.

    Columns:
        doc_id: unique, stable id (file stem or id column; repeats get -2, -3, … in load order).
        source: the file (``path`` or ``path:line`` for a row of a corpus file).
        format: txt, html, jsonl, csv, tsv or text (strings given in memory).
        encoding: the detected encoding of the file (None for strings given in memory).
        title, url, date, outlet: where known (HTML meta tags, corpus columns, metadata.csv).
        n_lines: lines in the text (blank ones included).
        n_chars: characters in the text.
        n_words: whitespace-separated tokens containing a letter or digit.
    """
    rows = [
        (d.doc_id, d.source, d.format, d.encoding, d.title, d.url, d.date, d.outlet,
         _blocks.count_lines(d.text), len(d.text), _blocks.count_words(d.text))
        for d in documents
    ]
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    for col in ("n_lines", "n_chars", "n_words"):
        frame[col] = frame[col].astype("int64")
    return frame


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """The ``problems`` frame: file, doc_id (None when no document came of it), stage, message."""
    return pd.DataFrame([(p.file, p.doc_id, p.stage, p.message) for p in problems], columns=PROBLEM_COLUMNS)


class Corpus:
    """A loaded corpus. ``Corpus.load(path)`` or ``analysis.load(path)``.

    Frames: ``documents``, ``blocks``, ``problems``, ``comments``, ``quotes``, ``mentions``,
    ``actors``; methods ``readability(level)``, ``cooccurrence(level)``, ``text_of(...)``.
    """

    def __init__(self, loaded: Loaded, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._documents = loaded.documents
        self._problems = list(loaded.problems)
        self._n_read_problems = len(self._problems)  # the rest come from analyses run here
        self.texts: dict[str, str] = {d.doc_id: d.text for d in loaded.documents}

    # ------------------------------------------------------------------ construction
    @classmethod
    def load(cls, source, settings: Settings | None = None, progress: bool | None = None, **columns) -> "Corpus":
        """Load a file, folder, glob or list of them. ``columns`` override Settings fields
        (``text_column="body"``, ``max_doc_bytes=…``)."""
        settings = settings or Settings()
        if columns:
            from dataclasses import replace
            settings = replace(settings, **columns)
        return cls(load_documents(source, settings, progress), settings)

    @classmethod
    def from_texts(cls, texts: dict[str, str] | list[str]) -> "Corpus":
        """A corpus from strings in memory, e.g. ``Corpus.from_texts({"a": "Headline\\nBody…"})``."""
        return cls(documents_from_texts(texts))

    def subset(self, doc_ids=None, outlet: str | None = None) -> "Corpus":
        """A new corpus with only some documents: by ``doc_ids`` and/or ``outlet``."""
        keep = self._documents
        if doc_ids is not None:
            wanted = {doc_ids} if isinstance(doc_ids, str) else set(doc_ids)
            keep = [d for d in keep if d.doc_id in wanted]
        if outlet is not None:
            keep = [d for d in keep if d.outlet == outlet]
        ids = {d.doc_id for d in keep}
        # problems met while reading; a subset runs its analyses (and finds theirs) again
        problems = [p for p in self._problems[:self._n_read_problems]
                    if p.doc_id is None or p.doc_id in ids]
        return Corpus(Loaded(keep, problems), self.settings)

    @property
    def documents_read(self) -> list[Document]:
        """The documents as read (text and provenance), before any analysis."""
        return list(self._documents)

    def __len__(self) -> int:
        return len(self._documents)

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} documents, {len(self._problems)} problems>"

    # ------------------------------------------------------------------ helpers
    def _problem(self, doc_id: str | None, stage: str, exc: BaseException | str) -> None:
        """Record a problem; an exception is shown as "TypeName: message"."""
        source = next((d.source for d in self._documents if d.doc_id == doc_id), "")
        message = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
        self._problems.append(Problem(source, doc_id, stage, message))

    def _guarded(self, stage: str, func: Callable[[pd.DataFrame], pd.DataFrame], frame: pd.DataFrame) -> pd.DataFrame:
        """Run ``func`` on the whole frame; if it raises, run it per document and record failures."""
        try:
            return func(frame)
        except Exception:  # noqa: BLE001 - isolate the failing document(s)
            parts = []
            for doc_id, part in frame.groupby("doc_id", sort=False):
                try:
                    parts.append(func(part))
                except Exception as exc:  # noqa: BLE001
                    self._problem(doc_id, stage, exc)
            if not parts:
                return func(frame.iloc[0:0])
            return pd.concat(parts, ignore_index=True)

    # ------------------------------------------------------------------ frames
    @property
    def problems(self) -> pd.DataFrame:
        """One row per thing that went wrong: file, doc_id, stage, message."""
        if "blocks" in self.__dict__:  # once segmented, stories not in English are listed too
            self._language  # noqa: B018 - records them (once)
        return problems_frame(self._problems)

    @cached_property
    def raw_blocks(self) -> pd.DataFrame:
        """Blocks before segmentation: doc_id, block_id, line_no, char_start, char_end, text, n_words."""
        return _blocks.blocks_frame(self.texts)

    @cached_property
    def blocks(self) -> pd.DataFrame:
        """One row per non-blank line, with its kind, zone, reason and duplicate_of (see README)."""
        from . import segment
        return self._guarded("segment", segment.segment_blocks, self.raw_blocks)

    @cached_property
    def documents(self) -> pd.DataFrame:
        """One row per document (see :func:`documents_frame`) plus the share of words per zone
        and how its paragraphs are set apart (``paragraph_breaks``)."""
        frame = documents_frame(self._documents)
        try:
            from . import segment
            shares = segment.zone_shares(self.blocks)
            frame = frame.merge(shares, on="doc_id", how="left")
            layout = segment.page_layout(self.raw_blocks)
            frame = frame.merge(layout, on="doc_id", how="left")
        except ImportError:
            pass
        return frame.merge(self._language, on="doc_id", how="left")

    @cached_property
    def _language(self) -> pd.DataFrame:
        """Per document: ``english_share`` and ``looks_english`` (see :mod:`analysis.language`).
        A story that does not look like English is left out of name tagging and readability
        scores, and ``problems`` says so once (stage ``language``)."""
        from . import language
        frame = language.language_frame(self.blocks)
        other = frame["looks_english"].fillna(True) == False  # noqa: E712 - a nullable column
        self._not_english = set(frame.loc[other, "doc_id"])
        for doc_id, share in zip(frame.loc[other, "doc_id"], frame.loc[other, "english_share"]):
            self._problem(doc_id, "language", f"the story does not look like English "
                          f"({share:.0%} of its words are English function words such as "
                          "'the' or 'of'): its names are not tagged and its readability "
                          "scores are left out (the tagger and the formulas are made for "
                          "English)")
        return frame

    def _english_only(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` without the rows of documents whose story does not look like English."""
        self._language  # noqa: B018 - works out self._not_english (once)
        return frame[~frame["doc_id"].isin(self._not_english)] if self._not_english else frame

    @cached_property
    def comments(self) -> pd.DataFrame:
        """Reader comments: doc_id, comment_no, author, location, posted_at, text, block_ids."""
        from . import segment
        return segment.comments_frame(self.blocks)

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """One row per direct quotation (see README)."""
        from . import quotes
        return quotes.quotes_frame(self.texts, self.blocks)

    #: block kinds whose actor mentions count: the story itself, not menus, teasers or comments
    ACTOR_KINDS = ("headline", "standfirst", "body", "caption")

    @cached_property
    def mentions(self) -> pd.DataFrame:
        """One row per actor mention in the story's blocks (``ACTOR_KINDS``): doc_id, block_id,
        char_start, char_end, text, actor_id, type (see README)."""
        from . import actors
        return actors.mentions_frame(self.texts, self._english_only(self.blocks),
                                     kinds=self.ACTOR_KINDS)

    @cached_property
    def actors(self) -> pd.DataFrame:
        """One row per actor (see README)."""
        from . import actors
        return actors.actors_frame(self.mentions, self.quotes)

    def readability(self, level: str = "document", **options) -> pd.DataFrame:
        """Readability counts and scores per ``block``, ``zone`` or ``document``. The scores of
        a document whose story does not look like English are NaN, with ``undefined_reason``
        "not English" (its counts stay)."""
        from . import readability
        frame = readability.readability_frame(self.blocks, level=level, texts=self.texts, **options)
        self._language  # noqa: B018 - works out self._not_english (once)
        other = frame["doc_id"].isin(self._not_english)
        if other.any():
            frame = frame.copy()
            frame.loc[other, list(readability.METRIC_NAMES)] = float("nan")
            frame.loc[other, "undefined_reason"] = "not English"
        return frame

    def cooccurrence(self, level: str = "document") -> pd.DataFrame:
        """Pairs of actors mentioned together in a ``block`` or ``document``, with counts."""
        from . import actors
        return actors.cooccurrence(self.mentions, level=level)

    # ------------------------------------------------------------------ tracing
    def text_of(self, doc_id: str, char_start: int | None = None, char_end: int | None = None) -> str:
        """The words behind a number: the document text, or the slice ``[char_start:char_end]``."""
        return self.texts[doc_id][char_start:char_end]

    def block(self, doc_id: str, block_id: int) -> pd.Series:
        """One block's row."""
        b = self.blocks
        return b[(b["doc_id"] == doc_id) & (b["block_id"] == block_id)].iloc[0]


def load(source, settings: Settings | None = None, progress: bool | None = None, **columns) -> Corpus:
    """Load a corpus from a file, a folder (recursive), a glob, or a list of those.

    Supported: .txt page dumps, .html/.htm saved pages, .jsonl/.csv/.tsv corpora with a text
    column (``text_column=``, ``id_column=``, ``title_column=``, ``url_column=``,
    ``date_column=``, ``outlet_column=`` rename the columns). A missing path raises
    ``FileNotFoundError`` naming it; everything else that goes wrong is a row in
    ``corpus.problems``.
    """
    return Corpus.load(source, settings, progress, **columns)
