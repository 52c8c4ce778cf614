"""Direct quotations, their speakers, and how much of a page is quotation.

``find_quotes(text)`` works on one whole document text; ``quotes_frame`` turns a corpus
into the ``quotes`` frame; ``quote_density`` and ``share_of_voice`` summarise it;
``predict_record``/``fallback_record`` are the prediction interface. This module
composes the parts:

- ``analysis.quote_spans``: double-quoted regions and the span convention (marks
  excluded, trimmed, a quotation open at a paragraph end ends there and the next
  paragraph's part is a separate span linked through ``group``);
- ``analysis.attribution``: the speaker of each quotation (``reporting_clauses`` finds
  the cue and mention, ``speaker_phrases`` the words naming the speaker, ``speakers``
  resolves them against the document, ``org_names`` the organisations);
- here: which regions are quotations, and the frames.

Double-quoted regions that are not quotations are dropped: markup attribute values
(``id="..."``), handles, links and numbers, capitalised title-like spans with no
reporting cue (a caption's "Friends of Syria", a show's name), and short scare quotes
with no speaker anywhere in their sentence. A short fragment inside a sentence whose
reporting verb has a named subject ("Falk said the crowd roared "like a stadium"")
is a partial quotation of that speaker and is kept, flagged ``partial``.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.attribution import attribute, find_attribution, speakers_of_groups
from analysis.progress import progress
from analysis.quote_spans import (MARK_RE, WORD_RE, Slot, paragraph_slots, paragraphs,
                                  sentence_end, sentence_start)
from analysis.reporting_clauses import Attribution, attribution_before, has_verb, verb_of
from analysis.speakers import Document

# public names of the parts that were defined here stay importable from analysis.quotes
from analysis.org_names import is_organisation_name, org_nouns, organisation_names  # noqa: F401
from analysis.quote_spans import (CLOSE_MARKS, OPEN_MARKS, paragraph_regions,  # noqa: F401
                                  quote_regions)
from analysis.reporting_clauses import reporting_verbs  # noqa: F401
from analysis.speaker_phrases import pronouns  # noqa: F401

_LOOKS_CODE_RE = re.compile(
    r"^(?:https?://\S*|www\.\S*|\S+\.(?:com|org|net|ly|co)\S*|@\w+|#\w+|<[^>]*>?\.?|"
    r"[\d\s,.:/\-]+|\w+-\w+=|[\w\-]+=)$", re.I)
_STOP_SMALL = frozenset("a an the of and or for to in on at by with from as".split())
#: how far (characters) after a quotation its sentence is searched for a reporting verb
SENTENCE_WINDOW = 400
_POSSESSIVE_END_RE = re.compile(r"\w['\u2019]s?\s*$")


# ---------------------------------------------------------------- filters


def _title_like(words: list[str]) -> bool:
    """All content words capitalised: a title, a name, an event ("Friends of Syria")."""
    content = [w for w in words if w.lower() not in _STOP_SMALL]
    if not content:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def _is_quotation(text: str, s: int, e: int, open_mark: int, quote: dict, feats: dict) -> bool:
    """Decide whether a double-quoted region is a quotation (see module docstring)."""
    inner = text[s:e]
    if open_mark > 0 and text[open_mark - 1] == "=":
        return False                       # markup attribute value
    if _LOOKS_CODE_RE.match(inner.strip()):
        return False
    n = quote["n_words"]
    title_like = n <= 8 and _title_like(WORD_RE.findall(inner))
    if title_like and feats["possessive_before"]:
        return False                       # "on ABC's "This Week"": a programme or title
    if feats["attributed"]:
        return True
    if title_like and (n <= 5 and not feats["verb_before"] or not feats["sent_verb"]):
        return False                       # a name, slogan or title nobody is said to say
    if n <= 2 and quote["speaker"] is None and not feats["sent_verb"]:
        return False                       # a scare quote: nobody said it
    return True


def _is_partial(text: str, slot: Slot, n_words: int) -> bool:
    """A fragment inside the author's sentence: words before it that do not introduce it."""
    before = slot.before
    if not before:
        return False
    introduced = before.endswith((":", ",", "\u2014", "-")) or before.lower().endswith("that")
    short = n_words <= 4 and not text[slot.s:slot.e].rstrip().endswith((".", "?", "!"))
    return not introduced or short


def _features(text: str, slot: Slot, att: Attribution | None) -> dict:
    """What ``_is_quotation`` looks at besides the quoted words."""
    window = min(slot.p1, slot.after_lo + SENTENCE_WINDOW)
    sent_hi = sentence_end(text, slot.after_lo, window) if slot.after_lo < window else window
    return {"attributed": att is not None,
            "sent_verb": has_verb(text, slot.before_lo, slot.before_hi) or
            has_verb(text, slot.after_lo, sent_hi),
            "possessive_before": bool(_POSSESSIVE_END_RE.search(
                text, max(slot.p0, slot.before_hi - 4), slot.before_hi)),
            "verb_before": any(verb_of(t) for t in
                               text[slot.before_lo:slot.before_hi].split()[-3:])}


# ---------------------------------------------------------------- main


def find_quotes(text: str) -> list[dict]:
    """Direct quotations of one document, in text order.

    Each quotation is a dict:
      start, end     offsets of the quoted words in ``text`` (marks excluded, trimmed)
      text           ``text[start:end]``
      n_words        words in the quotation
      speaker        canonical speaker name ("John Kerry"); for a description that names
                     nobody known ("the commission", "a senior aide") the description itself;
                     None when no speaker was found
      speaker_mention the words naming the speaker in the text ("he", "President Putin")
      cue            the reporting verb as written ("said", "told", "called"), "according to",
                     ":" (a colon), "\u2014" (a dash before the name) or None
      method         explicit after | explicit before | pronoun | title only | carried | none
      partial        True when the quotation is a fragment inside the author's sentence
      group          index (into the returned list) of the first span of a multi-paragraph
                     quotation this span continues; its own index otherwise
      continues      True when the quotation was left open at its paragraph end
    Never raises on odd input: unbalanced marks end at the paragraph end.
    """
    out = [q for q in _candidates(text) if q.pop("_keep")]
    index = {id(q): i for i, q in enumerate(out)}
    for q in out:
        q["group"] = index.get(id(q.pop("_group")), index[id(q)])
        q.pop("_features")
    return out


def _candidates(text: str) -> list[dict]:
    """Every double-quoted region with its attribution, a ``_keep`` verdict and features."""
    if not text or not MARK_RE.search(text):
        return []
    doc = Document(text)
    out: list[dict] = []
    kept: list[dict] = []
    speakers: list[tuple[int, str]] = []       # (pos, speaker) of kept quotations
    prev_para_last: dict | None = None         # last quotation of the previous paragraph
    prev_para_open = False                     # ... left open at the paragraph end
    prev_para_colon: Attribution | None = None  # "Cruz continued:" ending the previous paragraph
    for p0, p1 in paragraphs(text):
        slots = paragraph_slots(text, p0, p1)
        para_quotes: list[dict] = []
        for r, slot in slots:
            s, e = slot.s, slot.e
            quote = {"start": s, "end": e, "text": text[s:e],
                     "n_words": len(WORD_RE.findall(text, s, e)),
                     "speaker": None, "speaker_mention": None, "cue": None,
                     "method": "none", "partial": False, "continues": not r.closed}
            quote["partial"] = _is_partial(text, slot, quote["n_words"])
            att = find_attribution(doc, slot, not para_quotes, prev_para_colon)
            attribute(doc, slot, quote, att, para_quotes, prev_para_last, speakers)
            feats = _features(text, slot, att)
            quote["_features"] = feats
            quote["_keep"] = _is_quotation(text, s, e, slot.open_mark, quote, feats)
            quote["_group"] = quote
            out.append(quote)
            if not quote["_keep"]:
                continue
            if quote["speaker"]:
                speakers.append((s, quote["speaker"]))
            if not para_quotes and slot.open_mark == p0 and prev_para_open and kept:
                quote["_group"] = kept[-1]["_group"]        # multi-paragraph quotation
            para_quotes.append(quote)
            kept.append(quote)
        prev_para_colon = None
        last_line = text[p0:p1].rstrip()
        if last_line.endswith(":") and (not slots or slots[-1][0].closed):
            lo = sentence_start(text, p0, p0 + len(last_line))
            prev_para_colon = attribution_before(text, lo, p0 + len(last_line))
        if para_quotes:
            prev_para_last = para_quotes[-1]
            prev_para_open = not slots[-1][0].closed and para_quotes[-1]["start"] == slots[-1][1].s
        else:
            prev_para_last = prev_para_last if not WORD_RE.search(text, p0, p1) else None
            prev_para_open = False
    speakers_of_groups(kept)
    return out


# ---------------------------------------------------------------- frames


def quotes_frame(texts: dict[str, str], blocks: pd.DataFrame) -> pd.DataFrame:
    """One row per quotation in the corpus.

    Columns: doc_id, quote_no (0-based within the document), block_id (block holding the
    first character; for a span that continues a multi-paragraph quotation, the block of
    its first span), block_ids (all blocks of a multi-paragraph quotation, as a tuple),
    char_start, char_end (offsets of the quoted words in the document text), text,
    n_words, speaker, speaker_mention, cue, method, partial, and ``kind``/``zone`` of the
    first block when ``blocks`` has those columns. A corpus of more than
    :data:`analysis.progress.PROGRESS_FROM` documents shows a progress bar.
    """
    rows = []
    doc_starts = []         # index in ``rows`` of each document's first quotation
    for doc_id, text in progress(texts.items(), "finding quotes"):
        doc_starts.append(len(rows))
        for no, q in enumerate(find_quotes(text)):
            rows.append({"doc_id": doc_id, "quote_no": no, "group": q["group"],
                         "char_start": q["start"], "char_end": q["end"], "text": q["text"],
                         "n_words": q["n_words"], "speaker": q["speaker"],
                         "speaker_mention": q["speaker_mention"], "cue": q["cue"],
                         "method": q["method"], "partial": q["partial"]})
    cols = ["doc_id", "quote_no", "block_id", "block_ids", "char_start", "char_end", "text",
            "n_words", "speaker", "speaker_mention", "cue", "method", "partial"]
    extra = [c for c in ("kind", "zone") if c in blocks.columns]
    if not rows:
        return pd.DataFrame(columns=cols + extra)
    q = pd.DataFrame(rows)
    first_block, all_blocks = _group_blocks(_block_of(q, blocks).tolist(),
                                            q["group"].tolist(), doc_starts + [len(rows)])
    q["block_id"] = np.array(first_block, dtype=np.int64)
    q["block_ids"] = all_blocks
    if extra:
        q = q.merge(blocks[["doc_id", "block_id", *extra]], on=["doc_id", "block_id"], how="left")
    return q[cols + extra].reset_index(drop=True)


def _group_blocks(block_ids: list[int], groups: list[int], bounds: list[int]
                  ) -> tuple[list[int], list[tuple[int, ...]]]:
    """Per quotation: the block of the first span of its multi-paragraph quotation, and
    the blocks of all its spans (a tuple, in order).

    ``block_ids``: the block of each quotation; ``groups``: the quote_no of the first
    span of its quotation (``find_quotes``' ``group``); ``bounds``: where each document's
    quotations start in these lists, plus their total length.
    """
    first: list[int] = []
    spans: list[tuple[int, ...]] = []
    for lo, hi in zip(bounds, bounds[1:]):
        members: dict[int, list[int]] = {}      # group -> blocks of its spans
        for i in range(lo, hi):
            members.setdefault(groups[i], []).append(block_ids[i])
        for i in range(lo, hi):
            blocks_of_group = members[groups[i]]
            first.append(blocks_of_group[0])
            spans.append(tuple(blocks_of_group))
    return first, spans


def _block_of(q: pd.DataFrame, blocks: pd.DataFrame) -> np.ndarray:
    """block_id of the block holding each quotation's first character (-1 when none).

    One searchsorted over (document, char_start) keys of all blocks at once.
    """
    docs = pd.Index(pd.unique(pd.concat([blocks["doc_id"], q["doc_id"]], ignore_index=True)))
    stride = int(max(blocks["char_end"].max() if len(blocks) else 0, q["char_end"].max())) + 1
    bdoc = docs.get_indexer(blocks["doc_id"]).astype(np.int64)
    bkey = bdoc * stride + blocks["char_start"].to_numpy()
    order = np.argsort(bkey, kind="stable")
    bkey, bids = bkey[order], blocks["block_id"].to_numpy()[order]
    qdoc = docs.get_indexer(q["doc_id"]).astype(np.int64)
    pos = np.searchsorted(bkey, qdoc * stride + q["char_start"].to_numpy(), side="right") - 1
    ok = (pos >= 0) & (bkey[np.clip(pos, 0, None)] // stride == qdoc)
    return np.where(ok, bids[np.clip(pos, 0, None)], -1)


def quote_density(quotes: pd.DataFrame, blocks: pd.DataFrame, by: str = "document") -> pd.DataFrame:
    """How much of each document (or each document zone) is quotation.

    Columns: doc_id (+ zone when ``by="zone"``), n_words (words in the blocks),
    quoted_words (words inside quotations), quoted_share (quoted_words / n_words),
    n_quotes, quotes_per_1000_words, n_speakers (distinct named speakers).
    """
    keys = ["doc_id"] if by == "document" else ["doc_id", "zone"]
    if by not in ("document", "zone"):
        raise ValueError("by must be 'document' or 'zone'")
    if by == "zone" and "zone" not in quotes.columns and len(quotes):
        quotes = quotes.merge(blocks[["doc_id", "block_id", "zone"]], on=["doc_id", "block_id"],
                              how="left")
    words = blocks.groupby(keys, observed=True)["n_words"].sum().rename("n_words").reset_index()
    if len(quotes):
        qs = quotes.groupby(keys, observed=True).agg(
            quoted_words=("n_words", "sum"), n_quotes=("n_words", "size"),
            n_speakers=("speaker", "nunique")).reset_index()
        out = words.merge(qs, on=keys, how="left")
    else:
        out = words.assign(quoted_words=0, n_quotes=0, n_speakers=0)
    out = out.fillna({"quoted_words": 0, "n_quotes": 0, "n_speakers": 0})
    for c in ("quoted_words", "n_quotes", "n_speakers"):
        out[c] = out[c].astype(int)
    denom = out["n_words"].where(out["n_words"] > 0)
    out["quoted_share"] = (out["quoted_words"] / denom).fillna(0.0)
    out["quotes_per_1000_words"] = (1000 * out["n_quotes"] / denom).fillna(0.0)
    return out[keys + ["n_words", "quoted_words", "quoted_share", "n_quotes",
                                     "quotes_per_1000_words", "n_speakers"]]


def share_of_voice(quotes: pd.DataFrame) -> pd.DataFrame:
    """Words quoted per speaker per document.

    Columns: doc_id, speaker ("(unattributed)" when none was found), n_quotes,
    quoted_words, share (the speaker's quoted words over all quoted words of the document).
    """
    cols = ["doc_id", "speaker", "n_quotes", "quoted_words", "share"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    q = quotes.assign(speaker=quotes["speaker"].fillna("(unattributed)"))
    g = q.groupby(["doc_id", "speaker"]).agg(n_quotes=("n_words", "size"),
                                              quoted_words=("n_words", "sum")).reset_index()
    tot = g.groupby("doc_id")["quoted_words"].transform("sum")
    g["share"] = (g["quoted_words"] / tot.where(tot > 0)).fillna(0.0)
    g = g.sort_values(["doc_id", "quoted_words"], ascending=[True, False])
    return g[cols].reset_index(drop=True)


# ---------------------------------------------------------------- prediction interface


def predict_record(text: str) -> dict:
    """``{"quotes": [{"start", "end", "speaker"}]}`` for every quotation in ``text``."""
    return {"quotes": [{"start": q["start"], "end": q["end"], "speaker": q["speaker"]}
                       for q in find_quotes(text)]}


def fallback_record(text: str) -> dict:
    """The answer when ``predict_record`` raised: no quotations."""
    return {"quotes": []}
