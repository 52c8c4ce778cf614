"""Page segmentation: a kind, a zone and a readable reason for every line of a page dump.

How a page is read (see also :mod:`analysis.segment_features`, :mod:`analysis.segment_model`):
0. a page without blank lines between its paragraphs (one line per block, nothing between)
   is read as if a blank line stood around every line that reads as a paragraph
   (:func:`inferred_breaks`);

1. every line with something visible on it (a line of zero-width spaces reads as blank)
   gets line-local features (length, function words, sentence punctuation, capitals,
   dates, bylines, cue phrases, repetition); commenter lines
   (``by: … from: …``, ``NAME on DATE at TIME said:``) mark where readers' comments begin;
2. a small logistic regression scores how much each line reads like prose, and the
   densest run of prose lines above the comments is taken as the main text run (prose in
   the last 5% of the page, where legal notices sit, counts half);
3. a second regression decides, from a line's own features and its place relative to
   that run, whether it belongs to the article body; a third picks the headline among
   the title-like lines above the body (nearness, a byline or date under it, a title-like
   line right below or above it, words shared with the first paragraphs; not a line
   right above a sign-up cue, which heads a newsletter box). Rules then
   correct the body: lines repeated within a few lines are captions; nothing in the
   comment section is body; small clusters of body lines far below the main one are
   asides; lines right under a teaser heading inside the article ("Related Stories") are
   promo; a gallery counter ("1 of 6") and the lines under it are captions; a run of
   lines shaped alike (same punctuation) next to the body is a list of the article; a
   post embedded right after the body ("— NAME (@handle) DATE") is quoted by it; short
   runs of lines between body paragraphs (list items, table rows, subheads) are body,
   long runs too when no cue phrase or share button sits in them; a full-sentence
   paragraph right above the body is its opening; below the body, lines repeating the
   article's lines word for word (a menu given once per plan) carry it on, and so do
   lines right under a body line with no blank line between (a paragraph broken by
   line breaks); the product cards of a shopping article (a price, "Buy Now", an
   affiliate notice, at least three cards) and a recipe card under a cooking post
   ("Ingredients", "Instructions") are the article's content; when nothing reads as
   body, the long lines right under the headline are the article;
4. the remaining lines get a kind from readable rules: cue phrases open teaser or comment
   sections (``analysis/data/segment_cues.csv``), commenter and date lines there are
   comment metadata, repeated or credit lines near the body are captions, dates and
   bylines under the headline are datelines and bylines, runs of short lines are
   navigation and the rest is boilerplate (comment headings such as "Comments" or
   "Comment Sorting" are boilerplate, as in the seed's gold).

Kinds and zones:

==========  ===============================================================
zone        kinds
==========  ===============================================================
editorial   headline, standfirst, byline, dateline, caption, body
promotional promo
user        comment, comment_meta
boilerplate section, navigation, boilerplate
==========  ===============================================================

Blank lines get kind ``"blank"`` in :func:`segment_lines` (they are not blocks).
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from analysis.blocks import rows_by_doc
from analysis.progress import progress
from analysis.segment_features import (CLOSERS, DATE_RE, LOCAL_FEATURES, NAV_SPACES_RE, SENT_END,
                                       TIME_RE, LineTable, count_words, is_comment_meta,
                                       is_invisible, line_table)
from analysis.segment_model import SegmentModel, body_scores, headline_candidates, load_model

KINDS = ("headline", "standfirst", "byline", "dateline", "section", "caption", "body",
         "promo", "comment", "comment_meta", "navigation", "boilerplate")
ZONE_NAMES = ("editorial", "promotional", "user", "boilerplate")
ZONES: dict[str, str] = {
    "headline": "editorial", "standfirst": "editorial", "byline": "editorial",
    "dateline": "editorial", "caption": "editorial", "body": "editorial",
    "promo": "promotional",
    "comment": "user", "comment_meta": "user",
    "section": "boilerplate", "navigation": "boilerplate", "boilerplate": "boilerplate",
}
#: ordered categorical of block kinds (the order of issue 3 and data/gold.json)
KIND_DTYPE = pd.CategoricalDtype(list(KINDS), ordered=True)
#: ordered categorical of zones
ZONE_DTYPE = pd.CategoricalDtype(list(ZONE_NAMES), ordered=True)

LineKind = tuple[str, str, "int | None"]

SINGLE_MARK_RE = re.compile(r"^\W?\w?\W?$")  # "x", "X", "×", "»", "1."
BREADCRUMB_RE = re.compile(r"\S\s*[/›»>|]\s*\S")
ENUM_RE = re.compile(r"^\d{1,2}\.?$")
NEAR_DUP_MIN = 20
#: chrome cues that mark boilerplate even on a short line (others read as menu links)
STRONG_CHROME = frozenset({"©", "copyright", "all rights reserved", "advertisement",
                           "javascript", "flash player", "your browser", "cookie", "cookies"})
LEGAL_CHROME = frozenset({"©", "copyright", "all rights reserved"})
_COL = {name: j for j, name in enumerate(LOCAL_FEATURES)}
F_DATE_ONLY, F_HAS_DATE, F_ENDS = _COL["date_only"], _COL["has_date"], _COL["ends_sentence"]
F_BYLINE, F_SEPARATOR, F_CAPS = _COL["byline"], _COL["separator"], _COL["cap_share"]
F_BYLINE_ANY = _COL["byline_any"]
F_ONE_WORD, F_REPEATS = _COL["one_word"], _COL["repeats"]
F_URL = _COL["url"]
F_CUE_PROMO, F_DIGITS = _COL["cue_promo"], _COL["digit_share"]
F_CUE_TEASER = _COL["cue_teaser"]
F_LONG_PROSE = _COL["long_prose"]
LIST_RUN = 3  # alike lines that make a list
CARD_MIN = 3  # product cards (closed by shop cues: "Buy Now") that make a list
CARD_ROWS = 25  # longest product card, in rows
CARD_LINES = 4  # rows of a story card inside the article, under its label
RECIPE_ROWS = 30  # rows between a post and its recipe card, and between its headings
REPEAT_SLACK = 2  # other lines allowed between copies of body lines
OPENING_WORDS = 7  # shortest opening paragraph taken into the body
CHROME_WORDS = 20  # longest line a chrome cue of several words takes out of the body
SIGNUP_ROWS = 2  # a line this close above a sign-up cue heads the sign-up box
SKELETON_RE = re.compile(r"[\w\s]+")
#: the signature under an embedded post: "— NAME (@handle) October 9, 2018"
EMBED_SIG_RE = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)\s*.{0,40}\d{4}$")
EMBED_ROWS = 8
#: a photo gallery counter: "1 of 6", "Image 2 of 5", "3 / 12"
GALLERY_RE = re.compile(r"(?i)^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$")
HEADER_ROWS = 8  # rows under the headline searched for bylines and datelines
#: the heading of an author bio: "About Brigit Katz", "Über NAME", "About the author"
BIO_HEADING_RE = re.compile(
    r"^(?i:about|über|à propos de|a propos de|sobre|acerca de|over)\s+(?:(?i:the author)|"
    r"[^\W\d_a-zß-ÿ][\w.'’-]*(?:\s+[^\W\d_a-zß-ÿ][\w.'’-]*){1,3})$")
#: the first sentence of an author bio: "NAME (email) is a freelance writer …"
BIO_SENTENCE_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:\([^)]*\)\s+)?(?:is|was)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:writer|reporter|editor|journalist|correspondent|columnist|"
    r"author|contributor|publisher|photographer)s?\b")
BIO_ROWS = 4  # longest author bio under its heading, in rows
#: a block of at least MENU_RUN lines of at most MENU_WORDS words, none ending a
#: sentence, with no blank line between them, is a menu: it ends a teaser list
MENU_RUN, MENU_WORDS = 4, 4
#: sign-up cues that also occur in article sentences ("a former editor of the parish
#: newsletter"): a full sentence of at least eight words holding only these stays body
WEAK_SIGNUP = frozenset({"newsletter"})
MAX_GAP = [20]  # longest run of non-body rows that can be filled in as body
CLUSTER_ROWS = [10]  # body lines further apart than this belong to different clusters
CLUSTER_SHARE = [0.5]  # clusters lighter than this share of the main one are dropped
GAP_FILL = [-3.0]
CLUSTER_BEFORE = [1]  # keep prose clusters above the main one when nothing cuts them off
#: a page is read as having no blank lines between its paragraphs when fewer than this
#: share of the gaps between its lines hold a blank line (the benchmark pages: 0.16 and up)
SPACED_SHARE = 0.1
#: on such a page, a line of PARAGRAPH_WORDS words or more, or of SENTENCE_WORDS or more
#: ending a sentence, is read as a paragraph of its own (see :func:`inferred_breaks`)
PARAGRAPH_WORDS, SENTENCE_WORDS = 8, 3
#: so is a page on which at least GLUED_SHARE of its (at least GLUED_MIN) lines of
#: GLUED_CHARS characters or more run straight into the next line, with no blank between
GLUED_CHARS, GLUED_MIN, GLUED_SHARE = 80, 4, 0.7
#: a time or date alone on a line (at most STAMP_CHARS characters and STAMP_WORDS words)
#: glued above a paragraph of GLUED_CHARS or more heads it (see :func:`_stamp_breaks`)
STAMP_CHARS, STAMP_WORDS = 40, 6
STAMP_REASON = "time or date line inside the article (a live-blog post's time)"
GAP_STOP_CUES = frozenset({"promo_heading", "comment_heading", "boilerplate", "signup",
                           "app_links"})


@cache
def _phrases() -> dict[str, tuple[str, str]]:
    path = resources.files("analysis").joinpath("data", "segment_feature_phrases.csv")
    with path.open(encoding="utf-8") as fh:
        return {r["feature"]: (r["high"], r["low"]) for r in csv.DictReader(fh)}


def _feature_reason(model_part, row: np.ndarray, sign: int) -> str:
    """Readable phrase from the two features that pushed a decision most."""
    phr = _phrases()
    contrib = model_part.contributions(row) * sign
    out = []
    for j in np.argsort(-contrib):
        if contrib[j] <= 0 or len(out) == 2:
            break
        name = model_part.names[j]
        z = (row[j] - model_part.mean[j]) / model_part.scale[j]
        high, low = phr.get(name, (name, "not " + name))
        text = high if z >= 0 else low
        if text and text not in out:
            out.append(text)
    return ", ".join(out)


def _duplicates(table: LineTable) -> list[int | None]:
    """Per row: the row of an earlier identical or near-identical line, else None.
    Near-identical: one text starts with the other and the shorter has at least 45% of
    the longer's characters (a caption glued to its own copy, a truncated teaser)."""
    out: list[int | None] = list(table.first_copy)
    by_prefix: dict[str, int] = {}
    for r, nm in enumerate(table.norm):
        if len(nm) < NEAR_DUP_MIN:
            continue
        key = nm[:NEAR_DUP_MIN]
        prev = by_prefix.get(key)
        if prev is None:
            by_prefix[key] = r
            continue
        if out[r] is None:
            a, b = table.norm[prev], nm
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            if long_.startswith(short) and len(short) >= 0.45 * len(long_):
                out[r] = prev
    return out


def _nav_runs(table: LineTable, min_run: int = 3, max_words: int = 6) -> list[bool]:
    """Per row: part of a run of at least ``min_run`` short lines (at most ``max_words``
    words, no sentence end) with no blank line between them?"""
    n = len(table.idx)
    local = table.local or [tuple(row) for row in table.x.tolist()]
    nwl = table.nwl or table.n_words.tolist()
    short = [w <= max_words and not x[F_ENDS] for w, x in zip(nwl, local)]
    idx = table.idx
    out = [False] * n
    r = 0
    while r < n:
        if not short[r]:
            r += 1
            continue
        j = r + 1
        while j < n and short[j] and idx[j] == idx[j - 1] + 1:
            j += 1
        if j - r >= min_run:
            out[r:j] = [True] * (j - r)
        r = j
    return out


def _segment_rows(table: LineTable, model: SegmentModel,
                  explain: bool = True) -> list[tuple[str, str]]:
    """(kind, reason) per non-blank row (model-based reasons only when ``explain``)."""
    n = len(table.idx)
    if n == 0:
        return []
    pl, span, ctx, bl = body_scores(table, model.prose, model.body)
    is_body = bl > model.threshold
    kinds: list[str | None] = [None] * n
    reasons: list[str] = [""] * n
    for r in np.flatnonzero(is_body).tolist():
        if is_mark(table.text[r]) or _is_button(table, r) or _chrome_phrase(table, r):
            is_body[r] = False
        elif _near_copy(table, r):
            is_body[r] = False
            kinds[r] = "caption"
            reasons[r] = "line repeated within a few lines (a photo caption)"
        else:
            kinds[r] = "body"
            reasons[r] = "body: " + ((explain and _feature_reason(model.body[-1], ctx[r], 1))
                                     or "article text")
    _cut_comment_section(table, is_body, kinds, reasons)
    _keep_main_cluster(table, is_body, kinds, reasons)
    if not is_body.any():  # a one-paragraph post: the prose lines of the main text run
        for r in range(span[0], span[1] + 1):
            if pl[r] > 0 and r < table.comments_from and not _near_copy(table, r):
                is_body[r] = True
                kinds[r] = "body"
                reasons[r] = "body: prose in the main text run (no other article text)"
    body_rows = np.flatnonzero(is_body)
    head = None
    cand_rows, hx = headline_candidates(table, body_rows)
    if cand_rows:
        hl = model.headline.logit(hx)
        for k, r in enumerate(cand_rows):  # the heading of a sign-up box is no headline
            if any("signup" in table.cues[j] for j in range(r + 1, min(r + 1 + SIGNUP_ROWS, n))):
                hl[k] = -np.inf
        best = int(np.argmax(hl))
        lone = cand_rows[best]  # the only body line is the article, not its headline,
        if kinds[lone] == "body" and len(body_rows) == 1 and (  # when it is a sentence
                table.local[lone][F_ENDS] or table.nwl[lone] > 30):  # or a long text
            hl[best] = -np.inf
        if hl[best] > -4.0:
            head = cand_rows[best]
            if kinds[head] == "body":
                body_rows = body_rows[body_rows != head]
            kinds[head] = "headline"
            reasons[head] = "headline: " + ((explain and _feature_reason(model.headline, hx[best], 1))
                                            or "title-like line above the body")
    if head is not None:
        _header_zone(table, head, kinds, reasons, is_body)
        if not is_body.any():
            _text_under_headline(table, head, is_body, kinds, reasons)
        body_rows = np.flatnonzero(is_body)
    first_row = int(body_rows[0]) if len(body_rows) else 0
    for r in body_rows.tolist():
        x = table.local[r]
        if x[F_HAS_DATE] and table.nwl[r] <= 8 and not x[F_ENDS] and r <= first_row + 1:
            is_body[r] = False
            kinds[r], reasons[r] = "dateline", "short date line opening the article"
        elif x[F_DATE_ONLY] and table.nwl[r] <= STAMP_WORDS and not x[F_ENDS]:
            is_body[r] = False
            kinds[r], reasons[r] = "dateline", STAMP_REASON
        elif "signup" in table.cues[r] and table.nwl[r] <= 25 and not (
                table.cues[r]["signup"] in WEAK_SIGNUP and x[F_ENDS] and table.nwl[r] >= 8):
            is_body[r] = False
            kinds[r] = "promo"
            reasons[r] = f"newsletter sign-up ('{table.cues[r]['signup']}') in the article"
    _opening_paragraph(table, head, is_body, kinds, reasons)
    _teaser_boxes(table, is_body, kinds, reasons)
    _galleries(table, is_body, kinds, reasons)
    _list_runs(table, is_body, kinds, reasons)
    _repeated_blocks(table, is_body, kinds, reasons)
    _broken_paragraphs(table, is_body, kinds, reasons)
    _embedded_posts(table, is_body, kinds, reasons)
    _product_cards(table, is_body, kinds, reasons)
    _recipe_card(table, is_body, kinds, reasons)
    _author_bio(table, is_body, kinds, reasons)
    body_rows = np.flatnonzero(is_body)
    first_body = int(body_rows[0]) if len(body_rows) else n
    last_body = int(body_rows[-1]) if len(body_rows) else -1
    top = head if head is not None else first_body
    gap = _gap_lengths(table, body_rows)
    mode, mode_cue = "none", ""
    nav_run = _nav_runs(table)
    menu_run = _nav_runs(table, MENU_RUN, MENU_WORDS)
    bll = bl.tolist()
    for r in range(n):
        if r == top:
            mode = "none"  # teaser or comment sections above the article end here
        if r == table.comments_from:
            mode, mode_cue = "comment", "commenter lines"
        if kinds[r] is not None:
            if kinds[r] == "body":
                mode = "none"
            continue
        kinds[r], reasons[r], mode, mode_cue = _rule_kind(
            table, r, mode, mode_cue, head, top, first_body, last_body,
            bll[r] if gap[r] <= MAX_GAP[0] else -np.inf, nav_run, menu_run)
    return list(zip(kinds, reasons))  # type: ignore[arg-type]


def _gap_lengths(table: LineTable, body_rows: np.ndarray) -> list[int]:
    """Per row: the length of the run of non-body rows it sits in between two body rows
    (len(rows) outside the body). A run longer than MAX_GAP counts as 0 (may be filled
    in) when nothing in it reads as page furniture (no teaser, comment or chrome cue, no
    share buttons): a long list or table between two parts of the article."""
    n = len(table.idx)
    gap = [n] * n
    br = body_rows.tolist()
    for a, b in zip(br[:-1], br[1:]):
        size = b - a - 1
        gap[a + 1:b] = [size if size <= MAX_GAP[0] or not _clean_gap(table, a, b)
                        else 0] * size
    return gap


def _text_under_headline(table: LineTable, head: int, is_body: np.ndarray, kinds: list,
                         reasons: list) -> None:
    """No line read as body: take the lines of at least 8 words right under the headline
    and its byline/date lines (at most one blank line apart, no cue phrase) as the
    article."""
    n = min(len(table.idx), table.comments_from)
    r = head + 1
    while r < n and kinds[r] in ("byline", "dateline", "navigation") and r <= head + HEADER_ROWS:
        r += 1
    while r < n and table.n_words[r] >= 8 and not table.cues[r] and not table.share[r] and \
            table.idx[r] - table.idx[r - 1] <= 2 and kinds[r] in (None, "caption", "standfirst"):
        is_body[r] = True
        kinds[r] = "body"
        reasons[r] = "body: text right under the headline (no other article text found)"
        r += 1


def _opening_paragraph(table: LineTable, head: int | None, is_body: np.ndarray,
                       kinds: list, reasons: list) -> None:
    """The article's first paragraph often scores below the rest (it sits among the
    header lines). A full sentence paragraph (at least OPENING_WORDS words, ending a
    sentence, one or two blank lines before the first body line) right
    above the body, below the line under the headline, is body; so are the full-sentence
    lines of its block right above it (a paragraph or table broken by line breaks).
    Photo captions have no blank line under them in a dump and a standfirst sits right
    under the headline."""
    rows = np.flatnonzero(is_body)
    if not len(rows) or head is None:
        return
    fb = int(rows[0])
    r = fb - 1
    taken = False
    while r > head + 1:
        step = table.idx[fb] - table.idx[r]
        x = table.local[r]
        if not (step in (2, 3) or (step == 1 and taken)) or not x[F_ENDS] or \
                table.nwl[r] < OPENING_WORDS or table.cues[r] or table.share[r] or \
                kinds[r] not in (None, "caption", "standfirst") or x[F_BYLINE_ANY] or \
                _near_copy(table, r):
            break
        is_body[r] = True
        kinds[r] = "body"
        reasons[r] = "body: full-sentence paragraph right above the article text (its opening)"
        taken = True
        fb, r = r, r - 1


def _teaser_boxes(table: LineTable, is_body: np.ndarray, kinds: list, reasons: list) -> None:
    """A teaser heading ("Related Stories") inside the article opens a box of story
    titles: the lines right under it, with no blank line between and no sentence end,
    are promo, not body."""
    n = len(table.idx)
    idx = table.idx
    for r in np.flatnonzero(table.x[:, F_CUE_PROMO]).tolist():
        cue = table.cues[r].get("promo_heading")
        if cue is None or table.n_words[r] > 8:
            continue
        h = r - 1  # "Story title" + "Read more" right under it: a teaser
        if table.n_words[r] <= 3 and h >= 0 and idx[h] == idx[r] - 1 and \
                not table.x[h, F_ENDS] and 3 <= table.n_words[h] <= 25 and not table.share[h]:
            is_body[h] = False
            kinds[h] = "promo"
            reasons[h] = f"story title over '{table.text[r]}' (a teaser)"
        j = r + 1
        while j < n and idx[j] == idx[j - 1] + 1 and not table.x[j, F_ENDS] and \
                2 <= table.n_words[j] <= 25:
            is_body[j] = False
            kinds[j] = "promo"
            reasons[j] = f"story title in the teaser box under '{table.text[r]}'"
            j += 1
    x = table.x
    for r in np.flatnonzero(x[:, F_CUE_PROMO] + x[:, F_CUE_TEASER]).tolist():
        _teaser_card(table, r, is_body, kinds, reasons)


def _teaser_card(table: LineTable, r: int, is_body: np.ndarray, kinds: list,
                 reasons: list) -> None:
    """A story card inside the article: a short teaser label ("Related story", "Read
    also"), then within CARD_LINES rows a story title, maybe its summary, and a line with
    the author and date set apart by a separator ("NAME · March 2, 2024"), which closes
    the card. Everything from the title to that line is promo."""
    cues = table.cues[r]
    label = cues.get("promo_heading") or cues.get("teaser_prefix")
    if label is None or table.nwl[r] > 4:
        return
    n, idx = len(table.idx), table.idx
    for k in range(r + 1, min(r + 1 + CARD_LINES, n)):
        if idx[k] - idx[k - 1] > 2 or table.cues[k].get("promo_heading"):
            return
        x = table.local[k]
        if x[F_SEPARATOR] and (x[F_HAS_DATE] or x[F_DATE_ONLY]) and table.nwl[k] <= 12:
            if k == r + 1:
                return
            for j in range(r + 1, k + 1):
                is_body[j] = False
                kinds[j] = "promo"
                reasons[j] = f"story card under '{table.text[r]}' (title, summary, author and date)"
            return


def _galleries(table: LineTable, is_body: np.ndarray, kinds: list, reasons: list) -> None:
    """A photo gallery: a counter line ("1 of 6", "Image 2 of 5") and the lines right
    under it (at most one blank line after the counter, none after that) are captions."""
    n = len(table.idx)
    idx = table.idx
    maybe = (table.n_words <= 4) & (table.x[:, F_DIGITS] > 0)  # counters hold digits
    shown: list[tuple[int, int]] = []  # (counter row, last caption row) of each photo
    for r in np.flatnonzero(maybe).tolist():
        if not GALLERY_RE.match(table.text[r]):
            continue
        is_body[r] = False
        kinds[r], reasons[r] = "caption", "photo gallery counter"
        j = r + 1  # the caption may follow one blank line under the counter
        while j < n and idx[j] - idx[j - 1] <= (2 if j == r + 1 else 1) and \
                table.n_words[j] <= 40 and not GALLERY_RE.match(table.text[j]) and \
                not (j > r + 1 and table.x[j, F_LONG_PROSE]):
            is_body[j] = False
            kinds[j], reasons[j] = "caption", f"in a photo gallery ('{table.text[r]}')"
            j += 1
            if "caption" in table.cues[j - 1]:  # a photo credit closes the caption
                break
        shown.append((r, j - 1))
    _after_gallery(table, shown, is_body, kinds, reasons)


def _after_gallery(table: LineTable, shown: list[tuple[int, int]], is_body: np.ndarray,
                   kinds: list, reasons: list) -> None:
    """The article goes on around a photo gallery set into it: when the gallery starts
    within three rows under a body line, the prose paragraphs right under its last caption
    are body; when it ends within three rows over one, so are those right over its first
    counter (each within one blank line of the next, no cue phrase, no kind given yet)."""
    n = len(table.idx)
    k = 0
    while k < len(shown):
        first, last = shown[k]
        while k + 1 < len(shown) and shown[k + 1][0] <= last + 2:  # the same gallery
            k += 1
            last = shown[k][1]
        k += 1
        if is_body[max(0, first - 3):first].any():
            _gallery_prose(table, range(last + 1, n), is_body, kinds, reasons)
        if is_body[last + 1:last + 4].any():
            _gallery_prose(table, range(first - 1, -1, -1), is_body, kinds, reasons)


def _gallery_prose(table: LineTable, rows: range, is_body: np.ndarray, kinds: list,
                   reasons: list) -> None:
    """Make body the prose paragraphs met walking ``rows`` away from a gallery."""
    idx, prev = table.idx, None
    for r in rows:
        x = table.local[r]
        if (prev is not None and abs(idx[r] - idx[prev]) > 2) or table.cues[r] or \
                table.share[r] or not (x[F_LONG_PROSE] or (
                    x[F_ENDS] and table.nwl[r] >= OPENING_WORDS)):
            return
        if not is_body[r]:
            if kinds[r] is not None:
                return
            is_body[r] = True
            kinds[r], reasons[r] = "body", "body: the article goes on around a photo gallery"
        prev = r


def _embedded_posts(table: LineTable, is_body: np.ndarray, kinds: list,
                    reasons: list) -> None:
    """An embedded social-media post ends with a signature line ("— NAME (@handle) DATE").
    One that follows the body within EMBED_ROWS rows is quoted by the article: it and the
    lines between it and the body are body (unless a cue phrase or share buttons sit
    there)."""
    n = min(len(table.idx), table.comments_from)
    for r in np.flatnonzero(table.x[:n, F_HAS_DATE]).tolist():
        if not EMBED_SIG_RE.match(table.text[r]):
            continue
        lo = max(0, r - EMBED_ROWS)
        above = np.flatnonzero(is_body[lo:r])
        if not len(above):
            continue
        a = lo + int(above[-1])  # the last body row above the post
        if any(table.cues[k] or table.share[k] for k in range(a + 1, r)):
            continue
        for k in range(a + 1, r + 1):
            is_body[k] = True
            kinds[k] = "body"
            reasons[k] = ("signature of a post quoted in the article" if k == r
                          else "quoted post or its lead-in in the article")


def _product_cards(table: LineTable, is_body: np.ndarray, kinds: list,
                   reasons: list) -> None:
    """A shopping article (a list of deals) is made of product cards: a name, features, a
    price and a "Buy Now" or affiliate notice ("may receive a commission"). Shop cues at
    most three rows apart close one card. At least CARD_MIN cards, each cue at most
    CARD_ROWS rows after the one before, the first within CARD_ROWS rows under a body
    line, with no comment cue or share buttons between: the rows from that body line to
    the last shop cue are the article's list (body). The reason names the shop cue, so a
    reader sees that these are product cards with affiliate links."""
    n = min(len(table.idx), table.comments_from)
    shops = [r for r in range(n) if "shop" in table.cues[r]]
    last = _body_row_above(is_body, shops[0], CARD_ROWS) if shops else None
    if last is None:
        return
    start, end = last + 1, shops[0]
    for a, b in zip(shops, shops[1:]):
        if b - a > CARD_ROWS:
            break
        end = b
    chain = [r for r in shops if r <= end]
    cards = 1 + sum(1 for a, b in zip(chain, chain[1:]) if b - a > 3)  # cue rows per card
    if cards < CARD_MIN or any(
            table.share[r] or r in table.metas or "comment_heading" in table.cues[r]
            for r in range(start, end + 1)):
        return
    cue = table.cues[shops[0]]["shop"]
    for r in range(start, end + 1):
        if not is_body[r] and not is_mark(table.text[r]):
            is_body[r] = True
            kinds[r] = "body"
            reasons[r] = f"product card in a shopping article (cards end with '{cue}')"


def _body_row_above(is_body: np.ndarray, row: int, within: int) -> int | None:
    """The last body row above ``row`` if it is at most ``within`` rows above, else None."""
    above = np.flatnonzero(is_body[:row])
    if not len(above) or row - int(above[-1]) > within:
        return None
    return int(above[-1])


def _recipe_card(table: LineTable, is_body: np.ndarray, kinds: list, reasons: list) -> None:
    """A recipe card under a cooking post: a title, an "Ingredients" heading with its list,
    an "Instructions" (or "Method", "Directions") heading with its steps. Found when two
    recipe headings follow each other within RECIPE_ROWS rows, the first within
    RECIPE_ROWS rows under a body line: the title line right above the first heading
    (share buttons skipped), the headings and the lines under each (at most one blank
    line apart, up to a cue phrase) are body."""
    n = min(len(table.idx), table.comments_from)
    heads = [r for r in range(n) if "recipe_heading" in table.cues[r]]
    if len(heads) < 2 or heads[1] - heads[0] > RECIPE_ROWS:
        return
    heads = heads[:1] + [b for a, b in zip(heads, heads[1:]) if b - a <= RECIPE_ROWS]
    last = _body_row_above(is_body, heads[0], RECIPE_ROWS)
    if last is None:
        return
    take = []
    t = heads[0] - 1
    while t > last and table.share[t]:
        t -= 1
    if t > last and not table.cues[t] and table.nwl[t] <= 12 and \
            not table.local[t][F_ENDS]:
        take.append(t)
    idx = table.idx
    for h in heads:
        take.append(h)
        r = h + 1
        while r < n and idx[r] - idx[r - 1] <= 2 and not table.cues[r] and not table.share[r]:
            take.append(r)
            r += 1
    for r in take:
        if not is_body[r]:
            is_body[r] = True
            kinds[r] = "body"
            reasons[r] = "recipe card of the post (ingredients and steps)"


def _author_bio(table: LineTable, is_body: np.ndarray, kinds: list, reasons: list) -> None:
    """An author bio after the article is about the writer, not the story: a heading
    "About NAME" (two to four capitalised words, or "About the author") below the first
    body line and the sentences under it (at most one blank line apart, up to BIO_ROWS
    rows, until a cue phrase), or one of the last two body paragraphs that reads "NAME is a
    freelance writer …". They become bylines, with a reason saying so; body lines after
    such a paragraph are left to the rules for lines outside the article."""
    rows = np.flatnonzero(is_body)
    if len(rows) < 3:
        return
    n = min(len(table.idx), table.comments_from)
    first, last = int(rows[0]), int(rows[-1])
    idx = table.idx
    for h in range(first + 1, min(n, last + 2 * BIO_ROWS)):
        if table.nwl[h] > 5 or not BIO_HEADING_RE.match(table.text[h]):
            continue
        take = [h]
        r = h + 1
        while r < n and r <= h + BIO_ROWS and idx[r] - idx[r - 1] <= 2 and \
                not table.cues[r] and not table.share[r] and table.local[r][F_ENDS]:
            take.append(r)
            r += 1
        if len(take) > 1 and not is_body[r:].any():  # nothing of the article below it
            for k in take:
                is_body[k] = False
                kinds[k] = "byline"
                reasons[k] = f"author bio after the article (under '{table.text[h]}')"
            return
    for r in rows[-2:].tolist():
        if r > first + 1 and BIO_SENTENCE_RE.match(table.text[r]):
            is_body[r] = False
            kinds[r] = "byline"
            reasons[r] = "author bio after the article ('NAME is a … writer')"
            for k in range(r + 1, last + 1):  # what follows the bio is not the article
                if is_body[k]:
                    is_body[k] = False
                    kinds[k], reasons[k] = None, ""
            return


def _skeleton(s: str) -> str:
    """The punctuation of a line, in order ("England (Group A): 10th" -> "():")."""
    return SKELETON_RE.sub("", s)


def _list_runs(table: LineTable, is_body: np.ndarray, kinds: list, reasons: list) -> None:
    """A run of at least LIST_RUN lines with no blank line between them, shaped alike
    (the same punctuation, at least two marks: "Name (Group A): 10th"), next to the body
    (within three rows) is a list of the article; so is a short heading right above it."""
    n = len(table.idx)
    if n < LIST_RUN:
        return
    idx = table.idx
    starts = table.block_starts or [0] + [r for r in range(1, n) if idx[r] - idx[r - 1] > 1]
    for r, j in zip(starts, starts[1:] + [n]):
        if j - r >= LIST_RUN and not is_body[r:j].all() and \
                is_body[max(0, r - 3):min(n, j + 3)].any():
            _list_run_in(table, r, j, is_body, kinds, reasons)


def _list_run_in(table: LineTable, a: int, b: int, is_body: np.ndarray, kinds: list,
                 reasons: list) -> None:
    """Find runs of alike lines inside the block of adjacent rows a..b-1."""
    n = len(table.idx)
    sk = [_skeleton(table.text[r]) if table.n_words[r] >= 2 else "" for r in range(a, b)]
    r = a
    while r < b:
        s = sk[r - a]
        j = r + 1
        while j < b and sk[j - a] == s:
            j += 1
        if j - r >= LIST_RUN and len(s) >= 2 and not any(
                table.cues[k] or table.share[k] or table.x[k, F_URL] for k in range(r, j)) and (
                is_body[max(0, r - 3):r].any() or is_body[j:min(n, j + 3)].any()):
            for k in range(r, j):
                if not is_body[k]:
                    is_body[k] = True
                    kinds[k] = "body"
                    reasons[k] = f"list item next to the body ({j - r} lines shaped alike)"
            h = r - 1
            if h >= 0 and not is_body[h] and table.n_words[h] <= 6 and not table.x[h, F_ENDS] \
                    and not table.cues[h] and is_body[max(0, h - 3):h].any():
                is_body[h] = True
                kinds[h] = "body"
                reasons[h] = "heading of a list in the article"
        r = j


def _repeated_blocks(table: LineTable, is_body: np.ndarray, kinds: list,
                     reasons: list) -> None:
    """An article made of blocks that repeat (a menu or schedule given once per plan or
    day) goes on below the last body line while the lines there repeat lines of the
    article (between its first and last body line) word for word: such copies, and up to REPEAT_SLACK other lines between them, are body
    (at least LIST_RUN copies; a cue phrase or share buttons stop the run)."""
    rows = np.flatnonzero(is_body)
    if len(rows) < LIST_RUN:
        return
    n = min(len(table.idx), table.comments_from)
    taken: list[int] = []
    pending: list[int] = []
    copies = 0
    first, last = int(rows[0]), int(rows[-1])
    for r in range(last + 1, n):
        if table.cues[r] or table.share[r]:
            break
        fc = table.first_copy[r]
        if fc is not None and first <= fc < last and not is_mark(table.text[r]):
            taken += pending + [r]
            pending = []
            copies += 1
        else:
            pending.append(r)
            if len(pending) > REPEAT_SLACK:
                break
    if copies < LIST_RUN:
        return
    for r in taken:
        is_body[r] = True
        kinds[r] = "body"
        reasons[r] = "body: the article's repeated blocks go on (lines repeating body lines)"


def _broken_paragraphs(table: LineTable, is_body: np.ndarray, kinds: list,
                       reasons: list) -> None:
    """A paragraph broken by line breaks goes on in the lines right under a body line
    with no blank line between: such a line of at least four words, without a cue
    phrase, a date or share buttons, is body too (and so on down the block)."""
    n = min(len(table.idx), table.comments_from)
    idx = table.idx
    for r in range(1, n):
        if is_body[r] or not is_body[r - 1] or idx[r] != idx[r - 1] + 1:
            continue
        if table.nwl[r] >= 4 and not table.cues[r] and not table.share[r] and \
                not table.local[r][F_HAS_DATE] and kinds[r] in (None, "caption") and \
                not _near_copy(table, r):
            is_body[r] = True
            kinds[r] = "body"
            reasons[r] = "body: goes on from the body line right above (no blank line between)"


def _keep_main_cluster(table: LineTable, is_body: np.ndarray, kinds: list,
                       reasons: list) -> None:
    """Body lines more than CLUSTER_ROWS rows apart form separate clusters; clusters with
    less than CLUSTER_SHARE of the biggest one's characters are asides (an author bio,
    a disclaimer, a related story's summary), not the article."""
    rows = np.flatnonzero(is_body)
    if len(rows) < 2 or CLUSTER_ROWS[0] <= 0:
        return
    chars = np.exp(table.x[rows, 1]) - 1.0
    breaks = np.flatnonzero(np.diff(rows) > CLUSTER_ROWS[0] + 1) + 1
    if not len(breaks):
        return
    parts = np.split(np.arange(len(rows)), breaks)
    weight = np.array([chars[p].sum() for p in parts])
    main = int(np.argmax(weight))
    for k, (p, w) in enumerate(zip(parts, weight)):
        if k < main and CLUSTER_BEFORE[0] and _clean_gap(table, rows[p[-1]], rows[parts[main][0]]):
            continue
        if w < CLUSTER_SHARE[0] * weight.max():
            for r in rows[p]:
                is_body[r] = False
                kinds[r] = None
                reasons[r] = ""


def _clean_gap(table: LineTable, a: int, b: int) -> bool:
    """No teaser, comment or chrome cue and no share buttons between rows a and b?"""
    return not any(table.share[r] or table.cues[r].keys() & GAP_STOP_CUES
                   for r in range(a + 1, b))


def _cut_comment_section(table: LineTable, is_body: np.ndarray, kinds: list,
                         reasons: list) -> None:
    """Readers' comments read like prose: once a comment heading or a commenter line
    (``by: … from: …``) follows at least three body lines, nothing after it is body."""
    if table.comments_from < len(table.idx):
        for j in np.flatnonzero(is_body[table.comments_from:]) + table.comments_from:
            is_body[j] = False
            kinds[j] = None
            reasons[j] = ""
    seen = 0
    body = is_body.tolist()
    for r in range(len(table.idx)):
        if body[r]:
            seen += 1
            continue
        if seen >= 3 and table.nwl[r] <= 15 and (
                "comment_heading" in table.cues[r] or r in table.metas):
            for j in np.flatnonzero(is_body[r + 1:]) + r + 1:
                is_body[j] = False
                kinds[j] = None
                reasons[j] = ""
            return


def _is_byline(table: LineTable, r: int) -> bool:
    """A byline: "By NAME", or a short line ending in a reporter's title ("NAME, AP Auto
    Writer") that is no photo credit ("Photo: NAME, AP")."""
    cues = table.cues[r]
    return bool(table.local[r][F_BYLINE]) or (
        "byline_title" in cues and "caption" not in cues and table.nwl[r] <= 8)


def _byline_reason(table: LineTable, r: int) -> str:
    """The reason given for a byline row (see :func:`_is_byline`)."""
    if table.local[r][F_BYLINE]:
        return "'By …' line under the headline"
    return f"reporter's name and title ('{table.cues[r]['byline_title']}') under the headline"


def _is_dateish(table: LineTable, r: int) -> bool:
    x = table.local[r]
    return bool(x[F_DATE_ONLY] or (x[F_HAS_DATE] and table.nwl[r] <= 16 and not x[F_ENDS]))


def _header_zone(table: LineTable, head: int, kinds: list, reasons: list,
                 is_body: np.ndarray) -> None:
    """Lines between the headline and the last byline or date line just under it form the
    article header: bylines, datelines, a standfirst (prose right under the headline),
    captions (other prose, or prose before a photo credit) and share menus."""
    n = min(len(table.idx), table.comments_from)
    end = None
    seen_body = 0
    for r in range(head + 1, min(head + HEADER_ROWS + 1, n)):
        if is_body[r]:
            seen_body += 1
            if seen_body == 2:  # two body paragraphs: the article has begun
                break
        if _is_byline(table, r) or _is_dateish(table, r):
            end = r
    if end is None:
        return
    for r in range(head + 1, end + 1):
        if kinds[r] not in (None, "body"):
            continue
        x, nw = table.local[r], table.nwl[r]
        is_body[r] = False
        nxt = r + 1 < n and "caption" in table.cues[r + 1]
        if _is_byline(table, r):
            kinds[r], reasons[r] = "byline", _byline_reason(table, r)
        elif _is_dateish(table, r):
            kinds[r], reasons[r] = "dateline", "date line under the headline"
        elif x[F_SEPARATOR] or table.share[r]:
            kinds[r], reasons[r] = "navigation", "share or menu links under the headline"
        elif nw >= 6 and r == head + 1 and not nxt and not x[F_HAS_DATE]:
            kinds[r], reasons[r] = "standfirst", "prose right under the headline (a standfirst)"
        elif nw >= 4:
            kinds[r], reasons[r] = "caption", "prose in the article header (a photo caption)"
        else:
            kinds[r] = None


def _rule_kind(table: LineTable, r: int, mode: str, mode_cue: str, head: int | None,
               top: int, first_body: int, last_body: int, body_logit: float,
               nav_run: list[bool], menu_run: list[bool]):
    """Kind of a line the models left open -> (kind, reason, mode, mode_cue).

    ``mode`` is the section the page is in below or above the article: "none",
    "promo" (after a teaser heading) or "comment" (after a comment heading or a
    commenter line)."""
    x = table.local[r]
    s = table.text[r]
    cues = table.cues[r]
    nw = table.nwl[r]
    outside = r < top or r > last_body
    teaser = cues.get("teaser_prefix") or cues.get("teaser_suffix")
    if teaser and first_body < r < last_body and not cues.get("teaser_prefix") and \
            x[F_ENDS] and nw >= 8:  # "… says it will hire 300 more." is article text
        teaser = None
    chrome = cues.get("boilerplate")
    if "comment_heading" in cues and nw <= 8:
        if table.metas and r > max(table.metas) and r > last_body:
            # the reply form under a thread of commenter lines: the thread is over
            return ("boilerplate", f"cue phrase '{s}' (the reply form after the comments)",
                    "none", "")
        return ("boilerplate", f"cue phrase '{s}' opens the comment section",
                "comment" if r > last_body else mode, cues["comment_heading"])
    if "app_links" in cues and nw <= 8:
        return "navigation", f"app download links ('{cues['app_links']}')", mode, mode_cue
    if table.share[r] and not is_mark(s):
        return "navigation", "share buttons", mode, mode_cue
    if "promo_heading" in cues and nw <= 8:
        return ("promo", f"cue phrase '{s}' starts a teaser list",
                "promo" if outside else mode, s)
    if nw <= 15 and r in table.metas:
        return ("comment_meta", "commenter line ('by: … from: …', '… on DATE said:', or "
                "'NAME says:' over a date)", "comment", mode_cue)
    if is_mark(s):
        return "boilerplate", "a lone mark or letter (a button such as close)", mode, mode_cue
    if mode == "comment" and outside:
        if cues.get("teaser_prefix") and nw <= 15:  # "Video: … (2:14)" under the comments
            return ("promo", f"teaser pattern '{cues['teaser_prefix']}' after the comments",
                    "promo", cues["teaser_prefix"])
        if x[F_DATE_ONLY]:
            return "comment_meta", "date line in the comment section", mode, mode_cue
        if chrome and nw <= 12:
            return "boilerplate", f"cue phrase '{chrome}' (site chrome)", mode, mode_cue
        if nw >= 4:
            return "comment", "text in the comment section", mode, mode_cue
        return "boilerplate", "short line in the comment section", mode, mode_cue
    if mode == "promo" and outside and menu_run[r] and not teaser:
        mode = "none"  # a block of menu links: the teaser list is over
    if mode == "promo" and outside:
        if chrome and (x[F_SEPARATOR] or nav_spaces(s)) and chrome not in LEGAL_CHROME:
            return "navigation", "links separated by bars or wide spaces (a menu)", mode, mode_cue
        if chrome and (nw <= 25 or x[F_ENDS]):
            return "boilerplate", f"cue phrase '{chrome}' (site chrome)", mode, mode_cue
        if nw <= 1 and not teaser and " " not in s:
            return "boilerplate", "single word outside the article (a label)", mode, mode_cue
        return "promo", f"in the teaser list under '{mode_cue}'", mode, mode_cue
    if head is not None and r < head and head - r <= 3 and nw <= 6 and not x[F_ENDS] and \
            "|" not in s and not chrome and (BREADCRUMB_RE.search(s) or r == head - 1):
        return "section", "short label just above the headline", mode, mode_cue
    if (x[F_SEPARATOR] or nav_spaces(s)) and not (chrome in LEGAL_CHROME):
        return "navigation", "links separated by bars or wide spaces (a menu)", mode, mode_cue
    # --- around the headline and inside the article
    if head is not None and head < r < first_body:
        if _is_byline(table, r):
            return "byline", _byline_reason(table, r), mode, mode_cue
        if _is_dateish(table, r):
            return "dateline", "date line under the headline", mode, mode_cue
    if not outside or head is not None and top - 2 <= r <= last_body + 2:
        if "caption" in cues:
            return "caption", f"photo credit cue '{cues['caption']}' near the article", mode, mode_cue
        if teaser:
            return "promo", f"teaser pattern '{teaser}' in the article", mode, mode_cue
    if not outside and "signup" in cues:
        return "promo", f"newsletter sign-up box ('{cues['signup']}') in the article", \
            mode, mode_cue
    if first_body <= r <= last_body and not cues and _is_button(table, r):
        return "navigation", f"one word repeated on the page (a button: '{s}')", mode, mode_cue
    if first_body < r < last_body and x[F_DATE_ONLY] and nw <= STAMP_WORDS:
        return "dateline", STAMP_REASON, mode, mode_cue
    if first_body < r < last_body and body_logit > GAP_FILL[0] and not chrome and \
            not _near_copy(table, r) and not x[F_SEPARATOR]:
        return "body", "line between body paragraphs (a list item, table row or subhead)", \
            mode, mode_cue
    if not outside and nw >= 4 and not chrome:
        if _near_copy(table, r):
            return "caption", "repeated line inside the article (a photo caption)", mode, mode_cue
        if head is not None and r == head + 1 and nw >= 8 and not x[F_HAS_DATE]:
            return "standfirst", "sentence right under the headline (a standfirst)", \
                mode, mode_cue
        if head is not None and r < first_body:
            return "caption", "prose between headline and body (a photo caption)", \
                mode, mode_cue
        if r > first_body and x[F_BYLINE_ANY]:
            return "byline", "credit line of the reporters", mode, mode_cue
        return "caption", "non-body line inside the article (caption or aside)", mode, mode_cue
    if r > last_body and r <= last_body + 3 and x[F_BYLINE_ANY] and nw <= 30:
        return "byline", "credit line of the reporters after the body", mode, mode_cue
    # --- page chrome
    if chrome in STRONG_CHROME or (chrome and x[F_ENDS]):
        return "boilerplate", f"cue phrase '{chrome}' (site notice)", mode, mode_cue
    if x[F_SEPARATOR] or nav_spaces(s):
        return "navigation", "links separated by bars or wide spaces (a menu)", mode, mode_cue
    if chrome and nw > 6:
        return "boilerplate", f"cue phrase '{chrome}' (site notice)", mode, mode_cue
    if teaser:
        return "promo", f"teaser pattern '{teaser}'", mode, mode_cue
    if chrome:
        return "navigation", f"short link '{chrome}' (site menu)", mode, mode_cue
    if nav_run[r]:
        return "navigation", "in a run of short link-like lines", mode, mode_cue
    if nw >= 4 and not x[F_ENDS] and x[F_CAPS] >= 0.5:
        return "promo", "headline-like line outside the article (a teaser)", mode, mode_cue
    if nw <= 5 and not x[F_ENDS]:
        return "navigation", "short link-like line outside the article", mode, mode_cue
    return ("boilerplate", "line outside the article" if nw > 3
            else "short line outside the article", mode, mode_cue)



def _chrome_phrase(table: LineTable, r: int) -> bool:
    """Does row ``r`` carry a site-chrome cue of several words ("Story continues",
    "Republish this story", "may contain affiliate links") on a line of at most
    CHROME_WORDS words? Such a line is never the article, wherever it sits. (One-word
    cues such as "copyright" or "cookies" also occur in article sentences.)"""
    cue = table.cues[r].get("boilerplate")
    return cue is not None and " " in cue and table.nwl[r] <= CHROME_WORDS


def _is_button(table: LineTable, r: int) -> bool:
    """A one-word line that occurs more than once on the page: a button or label
    ("Report", "Reply") repeated under embedded posts, not a subhead of the article."""
    return bool(table.local[r][F_ONE_WORD] and table.x[r, F_REPEATS])


def is_mark(s: str) -> bool:
    """A lone mark or letter ("x", "X", "×", "»")?"""
    return len(s) <= 3 and SINGLE_MARK_RE.match(s) is not None


def nav_spaces(s: str) -> bool:
    """Menu items separated by runs of spaces ("News  Sport  Business")?"""
    return "  " in s and NAV_SPACES_RE.search(s) is not None




def _near_copy(table: LineTable, r: int) -> bool:
    """Is row ``r`` repeated within a few rows (a caption shown twice)?"""
    fc = table.first_copy[r]
    return (fc is not None and r - fc <= 6) or _repeats_near(table, r)


def _repeats_near(table: LineTable, r: int) -> bool:
    """Does row ``r`` have an identical or near-identical copy later within 4 rows?"""
    nm = table.norm[r]
    if len(nm) < NEAR_DUP_MIN:
        return False
    key = nm[:NEAR_DUP_MIN]  # any copy starts with it (a quick test)
    for other in table.norm[r + 1:r + 5]:
        if other.startswith(key) and (other == nm or (
                len(other) >= NEAR_DUP_MIN and (nm.startswith(other) or other.startswith(nm)))):
            return True
    return False


def _is_blank(line: str) -> bool:
    """A line that reads as blank (nothing on it, or only invisible characters)."""
    return not line or line.isspace() or (not line.isascii() and is_invisible(line))


def _reads_as_paragraph(line: str) -> bool:
    """On a page without blank lines: is this line a paragraph (or heading) of its own?"""
    words = count_words(line)
    return words >= PARAGRAPH_WORDS or (
        words >= SENTENCE_WORDS and line.rstrip().rstrip(CLOSERS).endswith(SENT_END))


def _glued_paragraphs(lines: list[str], filled: list[int]) -> bool:
    """Are most long lines (``GLUED_CHARS`` characters or more) followed right away by
    another line, with no blank line between? Then the page sets apart its chrome but not
    its paragraphs (the benchmark pages, which leave a blank line after each paragraph:
    at most 0.50 of their long lines). A photo caption under a gallery counter ("2 of 8")
    does not count: its credit line follows it on any page."""
    long_rows = [j for j, i in enumerate(filled) if len(lines[i]) >= GLUED_CHARS]
    if len(long_rows) < GLUED_MIN:
        return False
    m = len(filled)
    glued = sum(1 for j in long_rows if j + 1 < m and filled[j + 1] == filled[j] + 1
                and not (j and GALLERY_RE.match(lines[filled[j - 1]].strip())))
    return glued >= GLUED_SHARE * len(long_rows)


def inferred_breaks(lines: list[str]) -> list[int] | None:
    """Paragraph breaks for a page that has no blank lines between its paragraphs.

    Page dumps usually set paragraphs and headings apart with a blank line, and the
    segmentation reads them that way. Some crawlers and exports write one line per block
    with nothing between, or set apart their menus and teasers but not their paragraphs.
    When fewer than ``SPACED_SHARE`` of the gaps between a page's lines hold a blank line,
    or most of its long lines run straight into the next (:func:`_glued_paragraphs`), the
    page is read as if a blank line stood before and after
    every line that reads as a paragraph (``PARAGRAPH_WORDS`` words or more, or
    ``SENTENCE_WORDS`` or more ending a sentence); blank lines it has stay, and runs of
    short lines (menus, teaser lists) stay together. Returns the row of each line in that
    re-spaced copy, or None for a page that sets its paragraphs apart (or has fewer than
    two lines).
    """
    filled = [i for i, ln in enumerate(lines)  # as _is_blank, inlined: runs on every page
              if ln and not ln.isspace() and (ln.isascii() or not is_invisible(ln))]
    if len(filled) < 2:
        return None
    gaps = sum(b - a > 1 for a, b in zip(filled, filled[1:]))
    if gaps >= SPACED_SHARE * (len(filled) - 1) and not _glued_paragraphs(lines, filled):
        return None
    para = [not _is_blank(ln) and _reads_as_paragraph(ln) for ln in lines]
    rows: list[int] = []
    row = 0
    for i, ln in enumerate(lines):
        if i and (para[i] or para[i - 1]) and not _is_blank(ln) and not _is_blank(lines[i - 1]):
            row += 1  # the blank line read between them
        rows.append(row)
        row += 1
    return rows


def _stamp_breaks(lines: list[str]) -> list[int] | None:
    """A time or date alone on a line, glued above a paragraph ("22:03" over a live-blog
    post), heads that paragraph: read it with a blank line between them (a date under a
    commenter line is left to the comment rules). -> the row of each line in that
    re-spaced copy, or None when there is none."""
    stamps = {i for i, (ln, nxt) in enumerate(zip(lines, lines[1:]))
              if 0 < len(ln) <= STAMP_CHARS and len(nxt) >= GLUED_CHARS
              and not (i and is_comment_meta(lines[i - 1].strip()))  # (a comment's date)
              and _is_stamp(ln.strip())}
    if not stamps:
        return None
    rows, row = [], 0
    for i in range(len(lines)):
        rows.append(row)
        row += 2 if i in stamps else 1
    return rows


def _is_stamp(s: str) -> bool:
    """Is ``s`` only a time or a date (at most STAMP_WORDS words)?"""
    if not any(c.isdigit() for c in s):
        return False
    low = s.lower()
    return count_words(s) <= STAMP_WORDS and (
        TIME_RE.search(low) is not None or DATE_RE.search(low) is not None)


def segment_lines(lines: list[str], model: SegmentModel | None = None,
                  explain: bool = True) -> list[LineKind]:
    """(kind, reason, duplicate_of) for every line of a page, blank lines included.

    ``kind``: one of :data:`KINDS`, or ``"blank"`` for a blank line.
    ``reason``: a short phrase saying what decided the kind.
    ``duplicate_of``: line index of an earlier identical or near-identical line, else None.
    With ``explain=False`` (the prediction command) reasons are "" and duplicates are
    not looked for, which is faster; the kinds are the same. A page without blank lines
    between its paragraphs is read with its paragraph breaks inferred
    (:func:`inferred_breaks`); indices always refer to ``lines`` as given.
    """
    model = model or load_model()
    rows_of = inferred_breaks(lines)
    if rows_of is None:
        rows_of = _stamp_breaks(lines)
    if rows_of is None:
        table = line_table(lines)
        where = table.idx  # line index of each row of the table
    else:
        spaced = [""] * (rows_of[-1] + 1)
        for i, r in enumerate(rows_of):
            spaced[r] = lines[i]
        table = line_table(spaced)
        line_at = {r: i for i, r in enumerate(rows_of)}
        where = [line_at[r] for r in table.idx]
    rows = _segment_rows(table, model, explain)
    if not explain:
        out_fast: list[LineKind] = [("blank", "", None)] * len(lines)
        for r, i in enumerate(where):
            out_fast[i] = (rows[r][0], "", None)
        return out_fast
    dups = _duplicates(table)
    out: list[LineKind] = [("blank", "blank line", None)] * len(lines)
    for r, i in enumerate(where):
        kind, reason = rows[r]
        d = dups[r]
        dup = where[d] if d is not None and not is_mark(table.text[r]) else None
        if dup is not None:
            reason = f"{reason}; repeats line {dup}"
        out[i] = (kind, reason, dup)
    return out


def _page_lines(line_nos: list[int], texts: list) -> list[str]:
    """A page's lines rebuilt from its blocks: blank lines come back as "" from the gaps
    in ``line_no``; a block of white space only is kept as "." so it stays a line."""
    lines = [""] * (max(line_nos) + 1 if line_nos else 0)
    for ln, t in zip(line_nos, texts):
        t = str(t)
        lines[ln] = t if t.strip() else "."
    return lines


def page_layout(blocks: pd.DataFrame) -> pd.DataFrame:
    """Per doc_id: ``paragraph_breaks``, "blank lines" when the page sets its paragraphs
    apart with blank lines, "inferred" when it has none and its paragraph breaks were
    inferred from line length (see :func:`inferred_breaks`), "one block" for a document
    of a single block."""
    rows = []
    line_nos = blocks["line_no"].to_numpy(dtype=int)
    texts = blocks["text"].to_numpy(dtype=object)
    for doc_id, pos in rows_by_doc(blocks["doc_id"]).items():
        lines = _page_lines(line_nos[pos].tolist(), texts[pos].tolist())
        if sum(1 for ln in lines if not _is_blank(ln)) < 2:
            layout = "one block"
        else:
            layout = "blank lines" if inferred_breaks(lines) is None else "inferred"
        rows.append((doc_id, layout))
    return pd.DataFrame(rows, columns=["doc_id", "paragraph_breaks"])


# ---------------------------------------------------------------- frames


def segment_blocks(blocks: pd.DataFrame, model: SegmentModel | None = None) -> pd.DataFrame:
    """Add ``kind``, ``zone`` (ordered categoricals), ``reason`` (str) and ``duplicate_of``
    (Int64 block_id of an earlier identical/near-identical block, else <NA>) to a copy of
    ``blocks`` (columns doc_id, block_id, line_no, text; blank lines are absent and are
    rebuilt as "" from the gaps in line_no)."""
    out = blocks.copy()
    kinds = [""] * len(out)
    reasons = [""] * len(out)
    dups: list = [pd.NA] * len(out)
    if len(out):
        all_line_nos = out["line_no"].to_numpy(dtype=int)
        all_texts = out["text"].to_numpy(dtype=object)
        all_block_ids = out["block_id"].to_numpy()
        for pos in progress(list(rows_by_doc(out["doc_id"]).values()), "segmenting pages",
                            unit="page"):
            line_nos = all_line_nos[pos].tolist()
            res = segment_lines(_page_lines(line_nos, all_texts[pos].tolist()), model)
            line_to_block = dict(zip(line_nos, all_block_ids[pos].tolist()))
            for p, ln in zip(pos.tolist(), line_nos):
                kind, reason, dup = res[ln]
                if kind == "blank":  # only invisible characters (zero-width spaces)
                    kind, reason = "boilerplate", "empty block (reads as a blank line)"
                if dup is not None and dup in line_to_block:
                    dups[p] = line_to_block[dup]
                    # in the blocks frame, name the block the student can look up
                    reason = reason.replace(f"repeats line {dup}", f"repeats block {dups[p]}")
                kinds[p] = kind
                reasons[p] = reason
    out["kind"] = pd.Categorical(kinds, dtype=KIND_DTYPE) if len(out) else pd.Categorical(
        [], dtype=KIND_DTYPE)
    out["zone"] = pd.Categorical([ZONES.get(k) for k in kinds], dtype=ZONE_DTYPE)
    out["reason"] = pd.Series(reasons, index=out.index, dtype=object).astype(str)
    out["duplicate_of"] = pd.array(dups, dtype="Int64")
    return out


def zone_shares(blocks: pd.DataFrame) -> pd.DataFrame:
    """Per doc_id: ``share_editorial``, ``share_promotional``, ``share_user``,
    ``share_boilerplate`` = share of the document's words (``n_words``) in each zone;
    the four sum to 1, or are NaN for a document without words."""
    cols = [f"share_{z}" for z in ZONE_NAMES]
    if blocks.empty:
        return pd.DataFrame(columns=["doc_id", *cols])
    zone = blocks["zone"].astype(ZONE_DTYPE)
    words = pd.to_numeric(blocks["n_words"], errors="coerce").fillna(0)
    tab = (pd.DataFrame({"doc_id": blocks["doc_id"], "zone": zone, "w": words})
           .pivot_table(index="doc_id", columns="zone", values="w", aggfunc="sum",
                        observed=False, fill_value=0, sort=False)
           .reindex(columns=list(ZONE_NAMES), fill_value=0))
    total = tab.sum(axis=1).replace(0, np.nan)
    shares = tab.div(total, axis=0)
    shares.columns = cols
    return shares.reset_index()


def comments_frame(blocks: pd.DataFrame) -> pd.DataFrame:
    """Readers' comments of segmented blocks; see :func:`analysis.comments.comments_frame`."""
    from analysis.comments import comments_frame as _cf
    return _cf(blocks)


# ---------------------------------------------------------------- prediction command


def predict_record(text: str) -> dict:
    """``{"kinds": [...]}``: one kind per element of ``text.split("\\n")``."""
    lines = text.split("\n")
    return {"kinds": [k for k, _, _ in segment_lines(lines, explain=False)]}


def fallback_record(text: str) -> dict:
    """All non-blank lines ``boilerplate``, blank lines ``blank``."""
    return {"kinds": ["boilerplate" if ln.strip() else "blank" for ln in text.split("\n")]}
