"""The text shown in notebooks and the report: escaped, and bounded for huge blocks."""
from __future__ import annotations

import pandas as pd

from analysis.highlight import highlight_blocks


def _blocks(text: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["d"], "block_id": [0], "char_start": [0],
                         "char_end": [len(text)], "text": [text], "kind": ["body"],
                         "reason": ["body: long line"]})


def test_a_huge_block_is_shown_cut_with_a_note():
    text = "The council met again. " * 5000  # 115,000 characters on one line
    spans = pd.DataFrame({"char_start": [4, 100_000], "char_end": [11, 100_010],
                          "label": ["actor: council", "quote: x"]})
    markup = highlight_blocks(_blocks(text), spans, max_chars=3000).markup
    assert len(markup) < 6000
    assert "112,000 more characters" in markup and "corpus.text_of(&#x27;d&#x27;, 0, 115000)" in markup
    assert markup.count("<mark") == 1  # the span past the cut is not drawn


def test_block_text_is_escaped():
    markup = highlight_blocks(_blocks("a <script>alert(1)</script> b")).markup
    assert "<script>" not in markup and "&lt;script&gt;" in markup
