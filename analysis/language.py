"""Does a story look like English? The kit's name tagger and readability formulas are made
for English; on other languages they give names such as "Die Daten" and meaningless
grades, so the corpus leaves such documents out of those two analyses and says so.

The test is the share of a text's words that are common English function words ("the",
"of", "and", "is", …: the ``# en`` group of ``data/segment_stopwords.txt``). Running
English prose has 25–50 % of them, even a recipe page full of ingredient lists about 12 %;
the German, Indonesian, Russian and Japanese stories of the segmentation benchmark's
pages have 0–4 % (two CJK characters count as one word, as segmentation counts them).
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from analysis.blocks import rows_by_doc
from analysis.segment_features import CJK_RE

#: a text with fewer words than this is not judged (``looks_english`` is None)
MIN_WORDS = 30
#: at least this share of English function words: the text looks like English
ENGLISH_FROM = 0.07
#: block kinds that make up the story (what the language is judged on)
STORY_KINDS = ("headline", "standfirst", "body")

_WORD_RE = re.compile(r"[^\W\d_]+")


@cache
def english_function_words() -> frozenset[str]:
    """The ``# en`` group of ``data/segment_stopwords.txt`` (lower case)."""
    text = resources.files("analysis").joinpath("data", "segment_stopwords.txt").read_text(
        encoding="utf-8")
    words, group = set(), None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            tag = line[1:].strip()
            if len(tag) <= 3 and tag.isalpha():  # "# en", "# de": a language group begins
                group = tag
            continue
        if line and group == "en":
            words.add(line.lower())
    return frozenset(words)


def english_share(text: str) -> tuple[float, int]:
    """(share of the words that are English function words, number of words). Words are
    runs of letters; CJK characters count one word per two, as in
    :func:`analysis.segment_features.count_words`."""
    cjk = len(CJK_RE.findall(text)) if not text.isascii() else 0
    words = _WORD_RE.findall(CJK_RE.sub(" ", text).lower() if cjk else text.lower())
    n = len(words) + cjk // 2
    if n == 0:
        return float("nan"), 0
    common = english_function_words()
    return sum(1 for w in words if w in common) / n, n


def looks_english(text: str) -> bool | None:
    """True when at least :data:`ENGLISH_FROM` of the words are English function words,
    False when fewer, None for a text of fewer than :data:`MIN_WORDS` words."""
    return _verdict(*english_share(text))


def _verdict(share: float, n_words: int) -> bool | None:
    return None if n_words < MIN_WORDS else share >= ENGLISH_FROM


def language_frame(blocks: pd.DataFrame, kinds=STORY_KINDS) -> pd.DataFrame:
    """Per doc_id of ``blocks``: ``english_share`` (share of the story's words that are
    English function words, NaN without words) and ``looks_english`` (nullable boolean:
    <NA> for a story of fewer than :data:`MIN_WORDS` words). The story is the blocks of
    ``kinds`` when ``blocks`` has a ``kind`` column and the document has such blocks,
    else all of its blocks."""
    rows = []
    if len(blocks):
        kind = blocks["kind"].astype(str).to_numpy() if "kind" in blocks.columns else None
        texts = blocks["text"].astype(str).to_numpy(dtype=object)
        for doc_id, pos in rows_by_doc(blocks["doc_id"]).items():
            story = pos if kind is None else pos[np.isin(kind[pos], kinds)]
            share, n = english_share("\n".join(texts[story if len(story) else pos]))
            rows.append((doc_id, share, _verdict(share, n)))
    frame = pd.DataFrame(rows, columns=["doc_id", "english_share", "looks_english"])
    frame["english_share"] = frame["english_share"].astype(float)
    frame["looks_english"] = frame["looks_english"].astype("boolean")
    return frame
