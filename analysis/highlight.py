"""Show the words behind a number: document text with spans highlighted, safely escaped.

Every piece of document text goes through :func:`html.escape` before it is wrapped in
markup, so a page containing ``<script>`` shows the tag as text in a notebook or report.
Only markup this module writes itself (``<mark>``, ``<span>``, ``<div>``) is live.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from .plots import KIND_COLORS

#: highlight colours by span label (quotes, actor types); anything else gets the default
LABEL_COLORS = {
    "quote": "#fde2b8", "person": "#cfe3f6", "organisation": "#d9f0d3", "country": "#eadcf5",
    "place": "#f6e0e9", "group": "#e8e8e8", "PER": "#cfe3f6", "ORG": "#d9f0d3", "LOC": "#eadcf5", "MISC": "#e8e8e8",
}
DEFAULT_COLOR = "#fff3a3"


@dataclass
class Html:
    """A piece of HTML the kit wrote itself; notebooks display it, ``str()`` gives the markup."""

    markup: str

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup


def escape(text: object) -> str:
    """Escape any value for HTML text and attributes."""
    return html.escape("" if text is None else str(text), quote=True)


def highlight_spans(text: str, spans: Iterable[tuple[int, int, str]], offset: int = 0,
                    title: str | None = None) -> Html:
    """``text`` with each ``(start, end, label)`` span wrapped in ``<mark>``; offsets relative to
    ``offset`` (use the block's ``char_start`` when ``text`` is one block). Overlaps: the earlier
    span wins; the later one is clipped."""
    parts: list[str] = []
    pos = 0
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start - offset, pos), min(end - offset, len(text))
        if end <= start:
            continue
        parts.append(escape(text[pos:start]))
        color = LABEL_COLORS.get(str(label).split(":")[0], DEFAULT_COLOR)
        parts.append(f'<mark style="background:{color};padding:0 2px" title="{escape(label)}">'
                     f"{escape(text[start:end])}</mark>")
        pos = end
    parts.append(escape(text[pos:]))
    head = f"<div style='font-weight:bold;margin-bottom:4px'>{escape(title)}</div>" if title else ""
    body = "".join(parts).replace("\n", "<br>")
    return Html(f"<div style='line-height:1.5;max-width:60em'>{head}{body}</div>")


def highlight_blocks(blocks: pd.DataFrame, spans: pd.DataFrame | None = None, label_column: str = "label",
                     max_blocks: int = 200, max_chars: int = 3000) -> Html:
    """Blocks of one document, each prefixed with its kind (coloured) and with ``spans``
    (char_start, char_end, label columns, document offsets) highlighted. At most
    ``max_blocks`` blocks and ``max_chars`` characters of each are shown; a note says
    how much more there is (``corpus.text_of`` gives it all)."""
    rows = []
    for block in blocks.head(max_blocks).itertuples():
        inside = []
        if spans is not None and len(spans):
            hit = spans[(spans["char_start"] < block.char_end) & (spans["char_end"] > block.char_start)]
            inside = list(zip(hit["char_start"], hit["char_end"], hit[label_column].astype(str)))
        kind = str(getattr(block, "kind", ""))
        color = KIND_COLORS.get(kind, "#cccccc")
        reason = escape(getattr(block, "reason", ""))
        text = highlight_spans(block.text[:max_chars], inside, offset=block.char_start).markup
        if len(block.text) > max_chars:
            text += (f" <i>… {len(block.text) - max_chars:,} more characters (corpus.text_of("
                     f"{escape(repr(str(block.doc_id)))}, {block.char_start}, {block.char_end}))</i>")
        rows.append(f"<div style='display:flex;gap:8px;margin:2px 0'>"
                    f"<span title='{reason}' style='flex:0 0 8.5em;font-size:85%;color:white;background:{color};"
                    f"padding:1px 4px;border-radius:3px'>{block.block_id} {escape(kind)}</span>"
                    f"<div style='flex:1'>{text}</div></div>")
    if len(blocks) > max_blocks:
        rows.append(f"<div>… {len(blocks) - max_blocks} more blocks</div>")
    return Html("".join(rows))



def _page(corpus, frame: pd.DataFrame, doc_id: str | None, spans: pd.DataFrame, what: str) -> Html:
    """The editorial blocks of ``doc_id`` (default: the document with most rows in
    ``frame``) with ``spans`` (char_start, char_end, label) highlighted."""
    if doc_id is None:
        if frame.empty:
            return Html(f"<p><i>No {escape(what)} in this corpus.</i></p>")
        doc_id = frame["doc_id"].value_counts().index[0]
    blocks = corpus.blocks
    blocks = blocks[(blocks["doc_id"] == doc_id) & (blocks["zone"].astype(str) == "editorial")]
    spans = spans[spans["doc_id"] == doc_id] if len(spans) else spans
    title = Html(f"<p><b>{escape(doc_id)}</b></p>")
    return Html(title.markup + highlight_blocks(blocks, spans, label_column="label").markup)


def quotes_in_page(corpus, doc_id: str | None = None) -> Html:
    """A page's article with its quotations highlighted; hover shows the speaker.
    Default: the document with the most quotations."""
    quotes = corpus.quotes
    spans = quotes.assign(label="quote: " + quotes["speaker"].fillna("unknown").astype(str))
    return _page(corpus, quotes, doc_id, spans, "quotations")


def mentions_in_page(corpus, doc_id: str | None = None) -> Html:
    """A page's article with actor mentions highlighted; hover shows type and actor.
    Default: the document with the most mentions."""
    mentions = corpus.mentions
    spans = mentions.assign(label=mentions["type"].astype(str) + ": " + mentions["name"].astype(str))
    return _page(corpus, mentions, doc_id, spans, "actor mentions")
